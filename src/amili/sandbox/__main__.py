"""``python -m amili.sandbox --port 8080``: serve the sandbox on loopback and print how to reach it."""

from __future__ import annotations

import argparse
import contextlib

import anyio

from .app import Sandbox
from .config import SandboxConfig


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m amili.sandbox", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--client-id", default="sandbox")
    parser.add_argument("--client-secret", default=None, help="default: generated")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--batch-delay", type=float, default=0.0)
    parser.add_argument("--webhook-url", default=None)
    args = parser.parse_args(argv)
    config = SandboxConfig(
        client_id=args.client_id,
        client_secret=args.client_secret,
        seed=args.seed,
        batch_delay=args.batch_delay,
        webhook_url=args.webhook_url,
    )
    sandbox = Sandbox(config)

    async def run() -> None:
        async with sandbox.serve(args.host, args.port) as root:
            creds = sandbox.credentials
            print(f"Amili sandbox on {root}", flush=True)
            print(f"  client_id={creds.client_id} client_secret={creds.client_secret}", flush=True)
            for api, url in sandbox.base_urls(root).items():
                print(f"  {api:<13}{url}", flush=True)
            await anyio.sleep_forever()

    with contextlib.suppress(KeyboardInterrupt):
        anyio.run(run)


if __name__ == "__main__":
    main()
