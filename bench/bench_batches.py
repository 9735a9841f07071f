"""Benchmark (not a test): N ARM documents through `submit_many` against the in-process sandbox.

    python bench/bench_batches.py [--items 100000] [--chunk-size 500] [--concurrency 4] [--first-delay 0.5]
                                  [--no-sandbox-validation]

The sandbox processes batches instantly (`batch_delay=0`), so this measures the SDK and the simulator: requests
per batch (POST + polls), items/s and peak RSS. Writes a JSON fragment to bench/results_batches.json.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path
from typing import Any

import anyio

from amili import AmiliClient

CLIENT = 2218
CUSTOMERS = 100
RESULTS = Path(__file__).with_name("results_batches.json")


sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import peak_rss_mb  # noqa: E402 - VmHWM of this process (ru_maxrss is inherited from the parent)


async def bench(items: int, chunk_size: int, concurrency: int, first_delay: float, validate: bool) -> dict[str, Any]:
    async with AmiliClient.sandbox(batch_delay=0, validate=validate) as amili:
        amili.batches.first_delay = first_delay
        customers = [{"customerNo": str(i), "name": f"Customer {i}"} for i in range(CUSTOMERS)]
        await (await amili.arm.customers.submit_batch(CLIENT, customers)).wait()
        assert amili.simulator is not None
        requests_before, polls_before = len(amili.simulator.requests), amili.batches.polls

        documents = (
            {
                "documentNo": f"D{i}",
                "customerNo": str(i % CUSTOMERS),
                "documentType": "INVOICE",
                "currencyAmounts": {"inclVat": 100 + i % 900},
            }
            for i in range(items)
        )
        started = time.perf_counter()
        async with amili.arm.documents.submit_many(
            CLIENT, documents, chunk_size=chunk_size, concurrency=concurrency
        ) as run:
            async for _ in run:
                pass
        elapsed = time.perf_counter() - started

        summary = run.summary
        polls = amili.batches.polls - polls_before
        requests = len(amili.simulator.requests) - requests_before
        assert summary.total == items, summary
        assert len(amili.simulator.state.arm_clients[CLIENT].documents) == summary.succeeded
        return {
            "benchmark": "batches.submit_many",
            "items": items,
            "chunk_size": chunk_size,
            "concurrency": concurrency,
            "first_delay_s": first_delay,
            "sandbox_validates_requests": validate,
            "max_polls_per_second": amili.batches.max_polls_per_second,
            "batches": summary.batches,
            "succeeded": summary.succeeded,
            "failed": summary.failed,
            "requests": requests,
            "polls": polls,
            "polls_per_batch": round(polls / summary.batches, 2),
            "requests_per_batch": round(requests / summary.batches, 2),
            "seconds": round(elapsed, 2),
            "items_per_second": round(items / elapsed),
            "peak_rss_mb": round(peak_rss_mb(), 1),
            "python": platform.python_version(),
            "machine": platform.machine(),
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--chunk-size", type=int, default=500)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--first-delay", type=float, default=0.5, help="poller first_delay (SDK default 0.5 s)")
    parser.add_argument(
        "--no-sandbox-validation",
        action="store_true",
        help="skip the sandbox's JSON-schema check of every request (a simulator cost, not an SDK one)",
    )
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    result = anyio.run(
        bench, args.items, args.chunk_size, args.concurrency, args.first_delay, not args.no_sandbox_validation
    )
    print(
        f"{result['items']} documents in {result['batches']} batches: {result['seconds']} s, "
        f"{result['items_per_second']} items/s, {result['polls_per_batch']} polls/batch "
        f"({result['requests_per_batch']} requests/batch incl. the POST), peak RSS {result['peak_rss_mb']} MB"
    )
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
