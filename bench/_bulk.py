"""Child process of `bench/run.py` section 4: N ARM documents via submit_many (`facade`; `facade-httpx` on the httpx
backend) or a hand-written httpx loop (`httpx`, the baseline) with the same chunking, concurrency and poll schedule.
Prints one JSON line."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

import anyio
import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import CLIENT_ID, CLIENT_SECRET, base_urls, fetch_token, peak_rss_mb

from amili import AmiliClient

CLIENTNO = 2218
CHUNK = 500
CONCURRENCY = 4
CUSTOMERS = 50


def documents(n: int) -> Any:
    return ({"documentNo": f"D{i}", "customerNo": str(i % CUSTOMERS), "documentType": "INVOICE"} for i in range(n))


def server_requests(root: str) -> int:
    counts = httpx.get(root + "/_sandbox/state").json()["requests"]
    return sum(v for k, v in counts.items() if k.startswith("arm."))


async def run_facade(root: str, n: int, backend: str = "auto") -> tuple[float, float, int, int]:
    async with AmiliClient(CLIENT_ID, CLIENT_SECRET, base_urls=base_urls(root), http_backend=backend) as amili:  # type: ignore[arg-type]
        customers = [{"customerNo": str(i), "name": f"C{i}"} for i in range(CUSTOMERS)]
        await (await amili.arm.customers.submit_batch(CLIENTNO, customers)).wait()
        before = server_requests(root)
        t0, c0 = time.perf_counter(), time.process_time()
        count = 0
        async with amili.arm.documents.submit_many(
            CLIENTNO, documents(n), chunk_size=CHUNK, concurrency=CONCURRENCY
        ) as run:
            async for _ in run:
                count += 1
        return time.perf_counter() - t0, time.process_time() - c0, count, server_requests(root) - before


async def run_httpx(root: str, n: int) -> tuple[float, float, int, int]:
    arm = base_urls(root)["arm"]
    token = fetch_token(root)
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(base_url=arm, headers=headers, timeout=60) as http:
        customers = [{"customerNo": str(i), "name": f"C{i}"} for i in range(CUSTOMERS)]
        r = await http.post(
            f"/clients/{CLIENTNO}/customers/batches", json={"metadata": {"userId": "bench"}, "customers": customers}
        )
        r.raise_for_status()
        await anyio.sleep(0.5)
        before = server_requests(root)
        submit = anyio.CapacityLimiter(CONCURRENCY)
        window = anyio.Semaphore(CONCURRENCY * 4)
        count = 0

        async def chunk_task(chunk: list[dict[str, Any]]) -> None:
            nonlocal count
            try:
                async with submit:
                    r = await http.post(
                        f"/clients/{CLIENTNO}/documents/batches",
                        json={"metadata": {"userId": "bench"}, "documents": chunk},
                    )
                    r.raise_for_status()
                batch = r.json()["batchUuid"]
                delay = 0.5
                while True:
                    await anyio.sleep(delay)
                    r = await http.get(f"/clients/{CLIENTNO}/batches/{batch}")
                    if r.status_code != 202:
                        r.raise_for_status()
                        break
                    delay = min(30.0, delay * 1.6)
                count += len(r.json().get("items") or chunk)
            finally:
                window.release()

        t0, c0 = time.perf_counter(), time.process_time()
        async with anyio.create_task_group() as tg:
            chunk: list[dict[str, Any]] = []
            for doc in documents(n):
                chunk.append(doc)
                if len(chunk) == CHUNK:
                    await window.acquire()
                    tg.start_soon(chunk_task, chunk)
                    chunk = []
            if chunk:
                await window.acquire()
                tg.start_soon(chunk_task, chunk)
        return time.perf_counter() - t0, time.process_time() - c0, count, server_requests(root) - before


def main() -> None:
    mode, root, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    if mode == "httpx":
        wall, cpu, count, requests = anyio.run(run_httpx, root, n)
    else:  # "facade" (the default backend: aiohttp when the `fast` extra is installed) or "facade-httpx"
        wall, cpu, count, requests = anyio.run(run_facade, root, n, "httpx" if mode == "facade-httpx" else "auto")
    rss_mb = peak_rss_mb()
    print(
        json.dumps(
            {
                "mode": mode,
                "items": n,
                "outcomes": count,
                "wall_s": wall,
                "items_per_s": n / wall,
                "cpu_s": cpu,
                "peak_rss_mb": rss_mb,
                "requests": requests,
            }
        )
    )


if __name__ == "__main__":
    main()
