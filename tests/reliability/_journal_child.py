"""Child of test_rel_journal_processes: submit_many of ARM documents with a shared journal; exit 3 on
JournalLockedError (printed as JSON), else write the outcomes as JSON."""

from __future__ import annotations

import json
import sys

import anyio
from _reliability_helpers import CLIENTNO, FAST_RETRIES, documents, fast_polling

from amili import AmiliClient
from amili.journal import JournalLockedError


async def main(root: str, secret: str, journal: str, n: int, out: str, lock_timeout: float) -> int:
    from amili.sandbox import Sandbox

    urls = Sandbox.base_urls(None, root)  # type: ignore[arg-type]
    async with AmiliClient("sandbox", secret, base_urls=urls, retry_policy=FAST_RETRIES) as amili:
        fast_polling(amili)
        run = amili.arm.documents.submit_many(
            CLIENTNO, documents(n), chunk_size=25, concurrency=2, journal=journal, lock_timeout=lock_timeout
        )
        try:
            async with run:
                outcomes = [o.to_dict() async for o in run]
        except JournalLockedError as exc:
            print(json.dumps({"locked": str(exc)}))
            return 3
    await anyio.Path(out).write_text(json.dumps({"outcomes": outcomes, "resumed": run.summary.resumed_chunks}))
    return 0


if __name__ == "__main__":
    root, secret, journal, n, out, lock_timeout = sys.argv[1:7]
    sys.exit(anyio.run(main, root, secret, journal, int(n), out, float(lock_timeout)))
