"""A separate process for the scale tests: `python _child.py token <json>` / `python _child.py wait <json>`."""

from __future__ import annotations

import hashlib
import json
import sys
import time
from typing import Any

import anyio

from amili import AmiliClient


async def token(config: dict[str, Any]) -> None:
    """Start at the agreed instant (all processes at once), get a token through the shared cache, print its digest."""
    await anyio.sleep(max(0.0, config["start_at"] - time.time()))
    async with AmiliClient(
        config["client_id"], config["client_secret"], base_urls=config["base_urls"], state=config["state"]
    ) as amili:
        provider = amili.token_provider
        assert provider is not None
        value = (await provider.get_token()).value
        print(json.dumps({"token": hashlib.sha256(value.encode()).hexdigest()}), flush=True)


def main() -> None:
    mode, raw = sys.argv[1], sys.argv[2]
    anyio.run({"token": token}[mode], json.loads(raw))


if __name__ == "__main__":
    main()
