"""The one sandbox launcher behind ``python -m amili.sandbox`` and ``amili sandbox serve``: same flags, same
defaults (the default credentials the CLI also assumes), and a banner with base URLs and an ``export`` block."""

from __future__ import annotations

import argparse
import contextlib
import shlex
from typing import IO

import anyio

from .._argtypes import integer, seconds
from .app import Sandbox
from .config import SandboxConfig
from .pipeline import PREFIXES

DEFAULTS = SandboxConfig()


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=integer(minimum=0, maximum=65535), default=8080, help="0 picks a free port")
    parser.add_argument("--client-id", default=DEFAULTS.client_id)
    parser.add_argument("--client-secret", default=None, help="default: the sandbox default the CLI also assumes")
    parser.add_argument("--seed", type=int, default=DEFAULTS.seed, help="fault sequence and generic answers")
    parser.add_argument(
        "--batch-delay", type=seconds(strict=False), default=DEFAULTS.batch_delay, help="seconds before processing"
    )
    parser.add_argument("--token-lifetime", type=integer(minimum=1), default=DEFAULTS.token_lifetime)
    parser.add_argument("--webhook-url", default=None, help="deliver AutoCollect webhooks here")


def config(args: argparse.Namespace) -> SandboxConfig:
    return SandboxConfig(
        client_id=args.client_id,
        client_secret=args.client_secret or DEFAULTS.client_secret,
        seed=args.seed,
        batch_delay=args.batch_delay,
        token_lifetime=args.token_lifetime,
        webhook_url=args.webhook_url,
    )


def banner(sandbox: Sandbox, root: str) -> str:
    """What to paste: base URLs, the web UI, and the environment for the CLI (a secret you chose is not echoed)."""
    default_secret = sandbox.credentials.client_secret == DEFAULTS.client_secret
    secret = "(the sandbox default)" if default_secret else "(the --client-secret you passed; not shown)"
    lines = [f"Amili sandbox on {root} (Ctrl-C to stop)"]
    lines += [f"  {api:<13}{url}" for api, url in sandbox.base_urls(root).items()]
    lines += [f"  web UI       {root}/_sandbox/ui", f"  client_id    {sandbox.credentials.client_id}"]
    lines += [f"  secret       {secret}", "", "export AMILI_ENVIRONMENT=sandbox"]
    lines += [f"export AMILI_BASE_URL={shlex.quote(root)}"]
    lines += [f"export AMILI_{api.upper()}_BASE_URL={shlex.quote(root + p)}" for api, p in PREFIXES.items()]
    lines += [f"export AMILI_CLIENT_ID={shlex.quote(sandbox.credentials.client_id)}"]
    if not default_secret:
        lines += ["export AMILI_CLIENT_SECRET='…'  # the --client-secret you passed"]
    lines += ["", f"use it:  amili --base-url {root} token   (with the exports above: amili token)"]
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace, out: IO[str]) -> int:
    """Serve until interrupted."""
    sandbox = Sandbox(config(args))

    async def serve() -> None:
        async with sandbox.serve(args.host, args.port) as root:
            out.write(banner(sandbox, root))
            out.flush()
            await anyio.sleep_forever()

    with contextlib.suppress(KeyboardInterrupt):
        anyio.run(serve)
    return 0
