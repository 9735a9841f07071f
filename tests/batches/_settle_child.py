"""Child of test_recovery: submit_many of ARM documents (one chunk) with a journal; writes the outcomes as JSON."""

from __future__ import annotations

import json
import sys

import anyio

from amili import AmiliClient, RetryPolicy


async def main(root: str, journal: str, n: int, out: str) -> None:
    from amili.sandbox import Sandbox, SandboxConfig

    sandbox = Sandbox(SandboxConfig())
    urls = sandbox.base_urls(root)
    documents = [{"documentNo": f"D{i}", "customerNo": str(i % 3), "documentType": "INVOICE"} for i in range(n)]
    policy = RetryPolicy(max_retries=10, base_delay=0.001, max_delay=0.01)
    async with AmiliClient(*sandbox.credentials, base_urls=urls, retry_policy=policy) as amili:
        amili.batches.first_delay = 0.01
        amili.batches.max_delay = 0.05
        async with amili.arm.documents.submit_many(2218, documents, chunk_size=n, journal=journal) as run:
            outcomes = [o.to_dict() async for o in run]
    await anyio.Path(out).write_text(json.dumps(outcomes))


if __name__ == "__main__":
    root, journal, n, out = sys.argv[1:5]
    anyio.run(main, root, journal, int(n), out)
