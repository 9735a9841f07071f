"""Child of test_rel_crash_resume: submit_many with a journal against a loopback sandbox; writes outcomes as JSON."""

from __future__ import annotations

import json
import sys

import anyio
from _reliability_helpers import CLIENTNO, FAST_RETRIES, documents, fast_polling, invoices

from amili import AmiliClient
from amili.batches import SettlePolicy


async def main(api: str, root: str, secret: str, journal: str, n: int, out: str) -> None:
    from amili.sandbox import Sandbox

    urls = Sandbox.base_urls(None, root)  # type: ignore[arg-type]
    async with AmiliClient("sandbox", secret, base_urls=urls, retry_policy=FAST_RETRIES) as amili:
        fast_polling(amili)
        if api == "arm":
            # A chunk `submitting` when the parent killed us may never have left: its documents stay absent, so the
            # rerun opts in to resending on absence, after a settle window far longer than the sandbox's processing
            # delay (0.3 s), within which a chunk that did reach Amili is found (issue 24.1).
            run = amili.arm.documents.submit_many(
                CLIENTNO,
                documents(n),
                chunk_size=50,
                journal=journal,
                settle=SettlePolicy(window=3.0, first_delay=0.1),
                resend_on_absence=True,
            )
        else:
            run = amili.autocollect.invoices.submit_many(
                "9b2f3c4d-1e2f-4a5b-8c6d-7e8f9a0b1c2d", invoices(n), chunk_size=50, journal=journal
            )
        async with run:
            outcomes = [o.to_dict() async for o in run]
    await anyio.Path(out).write_text(json.dumps(outcomes))


if __name__ == "__main__":
    api, root, secret, journal, n, out = sys.argv[1:7]
    anyio.run(main, api, root, secret, journal, int(n), out)
