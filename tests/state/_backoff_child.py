"""One of the worker processes of tests/state/test_backoff.py: `python _backoff_child.py <json>`.

Worker 0 makes one call (no retries: it sees the server's 429 and records the back-off in the shared state), then
writes the go file; every worker then calls the API in a loop until `until` (epoch seconds) and exits 0."""

from __future__ import annotations

import contextlib
import json
import sys
import time
from pathlib import Path
from typing import Any

import anyio

from amili import AmiliClient, AmiliError, RateLimitError, StaticToken


async def main(config: dict[str, Any]) -> None:
    go = Path(config["go"])
    async with AmiliClient(
        environment="staging",
        token_provider=StaticToken("t"),
        base_urls={"arm": config["root"]},
        state=config["state"],
    ) as amili:
        arm = amili.arm.customers
        if config["index"] == 0:
            with contextlib.suppress(RateLimitError):
                await amili.with_options(max_retries=0).arm.customers.get_customer(clientno=1, customerno="1")
            await anyio.Path(go).write_text("go")
        with anyio.fail_after(30):  # hang guard: the parent fails first if the go file never comes
            while not await anyio.Path(go).exists():  # noqa: ASYNC110 - another process writes it: no event
                await anyio.sleep(0.01)
        stop = config["stop_after"] + time.time()
        calls = 0
        while time.time() < stop:
            with contextlib.suppress(AmiliError):
                await arm.get_customer(clientno=1, customerno="1")
            calls += 1
            await anyio.sleep(0.01)
        print(json.dumps({"calls": calls}), flush=True)


if __name__ == "__main__":
    anyio.run(main, json.loads(sys.argv[1]))
