"""The one sandbox launcher behind ``python -m amili.sandbox`` and ``amili sandbox serve``: same flags, same
defaults (the default credentials the CLI also assumes), and a banner with base URLs and an ``export`` block."""

from __future__ import annotations

import argparse
import contextlib
import json
import shlex
import sys
from typing import IO, Any

import anyio

from .._argtypes import integer, seconds
from .app import Sandbox
from .config import SandboxConfig
from .drift import DriftRule

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
    parser.add_argument(
        "--drift",
        action="append",
        default=[],
        type=drift_rule,
        metavar="KIND:OPERATION[:ARG]",
        help="answer differently from the spec on purpose (repeatable): extra_field:arm.get_customer:loyaltyTier=gold, "
        "enum_value:OP:data.status=ON_HOLD, rename:OP:name=fullName, omit:OP:name, header:OP:X-Name=value, "
        "status:OP:203 (a value is JSON when it parses, else text)",
    )
    parser.add_argument(
        "-o",
        "--output",
        choices=("table", "json", "jsonl"),
        default=argparse.SUPPRESS,  # `amili -o json sandbox serve` keeps the flag given before the command
        help="table (the banner, the default even when piped) | json | jsonl: the same facts as one JSON object",
    )
    parser.add_argument(
        "--json", dest="output", action="store_const", const="json", default=argparse.SUPPRESS, help="= --output json"
    )


def drift_rule(text: str) -> DriftRule:
    """``KIND:OPERATION[:ARG]`` -> a ``DriftRule`` (``argparse`` reports a ``ValueError`` as a usage error)."""
    kind, _, rest = text.partition(":")
    operation, _, arg = rest.partition(":")
    name, _, raw = arg.partition("=")
    makers = {
        "extra_field": lambda: DriftRule.extra_field(operation, name, _value(raw)),
        "enum_value": lambda: DriftRule.enum_value(operation, name, _value(raw)),
        "rename": lambda: DriftRule.rename(operation, name, raw),
        "omit": lambda: DriftRule.omit(operation, name),
        "header": lambda: DriftRule.header(operation, name, raw),
        "status": lambda: DriftRule.status(operation, int(name)),
    }
    needs_value = kind in ("extra_field", "enum_value", "rename", "header")
    if kind not in makers or not operation or not name or (needs_value and not raw):
        raise argparse.ArgumentTypeError(
            f"--drift {text!r}: expected KIND:OPERATION:ARG with KIND one of {', '.join(makers)} "
            "(e.g. extra_field:arm.get_customer:loyaltyTier=gold, omit:arm.get_customer:name, status:OP:203)"
        )
    try:
        return makers[kind]()
    except ValueError:
        raise argparse.ArgumentTypeError(f"--drift {text!r}: the status must be a number") from None


def _value(raw: str) -> Any:
    try:
        return json.loads(raw)
    except ValueError:
        return raw


def config(args: argparse.Namespace) -> SandboxConfig:
    return SandboxConfig(
        client_id=args.client_id,
        client_secret=args.client_secret or DEFAULTS.client_secret,
        seed=args.seed,
        batch_delay=args.batch_delay,
        token_lifetime=args.token_lifetime,
        webhook_url=args.webhook_url,
        drift=list(getattr(args, "drift", None) or []),
    )


def banner(sandbox: Sandbox, root: str) -> str:
    """What to paste: base URLs, the web UI, and the environment for the CLI (a secret you chose is not echoed)."""
    default_secret = sandbox.credentials.client_secret == DEFAULTS.client_secret
    secret = "(the sandbox default)" if default_secret else "(the --client-secret you passed; not shown)"
    urls = sandbox.base_urls(root)
    width = max(len(name) for name in [*urls, "client_id"]) + 2
    lines = [f"Amili sandbox on {root} (Ctrl-C to stop)"]
    lines += [f"  {api:<{width}}{url}" for api, url in urls.items()]
    lines += [f"  {'web UI':<{width}}{root}/_sandbox/ui", f"  {'client_id':<{width}}{sandbox.credentials.client_id}"]
    lines += [f"  {'secret':<{width}}{secret}", "", "export AMILI_ENVIRONMENT=sandbox"]
    lines += [f"export AMILI_BASE_URL={shlex.quote(root)}"]
    lines += [f"export AMILI_{key.upper().replace('.', '_')}_BASE_URL={shlex.quote(url)}" for key, url in urls.items()]
    lines += [f"export AMILI_CLIENT_ID={shlex.quote(sandbox.credentials.client_id)}"]
    # always set: a real secret left in the shell would otherwise be sent to the sandbox (and refused)
    if default_secret:
        lines += [
            "# the public sandbox default:",
            f"export AMILI_CLIENT_SECRET={shlex.quote(DEFAULTS.client_secret or '')}",
        ]
    else:
        lines += ["export AMILI_CLIENT_SECRET='…'  # the --client-secret you passed"]
    lines += ["", f"use it:  amili --base-url {root} token   (with the exports above: amili token)"]
    return "\n".join(lines) + "\n"


def banner_data(sandbox: Sandbox, root: str) -> dict[str, Any]:
    """The banner as one JSON object (`-o json|jsonl`): the same facts, no secret you chose."""
    urls = sandbox.base_urls(root)
    default_secret = sandbox.credentials.client_secret == DEFAULTS.client_secret
    env = {"AMILI_ENVIRONMENT": "sandbox", "AMILI_BASE_URL": root}
    env |= {f"AMILI_{key.upper().replace('.', '_')}_BASE_URL": url for key, url in urls.items()}
    env["AMILI_CLIENT_ID"] = sandbox.credentials.client_id
    if default_secret:
        env["AMILI_CLIENT_SECRET"] = DEFAULTS.client_secret or ""
    return {"root": root, "baseUrls": urls, "ui": f"{root}/_sandbox/ui", "environment": env}


async def _serve_forever() -> None:
    await anyio.sleep_forever()


def run(args: argparse.Namespace, out: IO[str]) -> int:
    """Serve until interrupted; a drift rule naming no operation is refused before anything is served.

    `--output table` (default) prints the banner, `json`/`jsonl` the same as one JSON object (indented for json)."""
    fmt = getattr(args, "output", None) or "table"
    try:
        sandbox = Sandbox(config(args))
    except ValueError as exc:
        sys.stderr.write(f"amili sandbox: {exc}\n")
        return 2

    async def serve() -> None:
        async with sandbox.serve(args.host, args.port) as root:
            if fmt == "table":
                out.write(banner(sandbox, root))
            else:
                out.write(json.dumps(banner_data(sandbox, root), indent=2 if fmt == "json" else None) + "\n")
            out.flush()
            await _serve_forever()

    with contextlib.suppress(KeyboardInterrupt):
        anyio.run(serve)
    return 0
