"""Benchmark (not a test): the sharded queue job at 1, 2 and 4 workers, and the journal's cost per chunk.

    python bench/bench_scale.py [--items 20000] [--shard 2500] [--workers 1,2,4] [--chunks 200]

1. items/s of `examples/queue_service` (arq on Redis, PostgreSQL journal) against a loopback sandbox in its own
   process, at each worker count (fresh sandbox, Redis and PostgreSQL per run); ratios against 1 worker.
2. journal cost per chunk: `begin` + `submitted` + `done` (500 outcomes) on SQLiteJournal (file in the temp dir,
   `synchronous=FULL`) and PostgresJournal (local server over loopback TCP, fsync on), measured in the same run.
   On a 2-core machine the sandbox (one process) and the workers share the cores: worker scaling flattens early.
Needs the Debian packages postgresql and redis-server (as `.ci/run` installs). Writes bench/results_scale.json.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import anyio
import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import CLIENT_ID, CLIENT_SECRET, base_urls, sandbox_server  # noqa: E402
from _servers import postgres_server, redis_server  # noqa: E402

from amili import AmiliClient  # noqa: E402
from amili.journal import PostgresJournal, SQLiteJournal  # noqa: E402

EXAMPLE = ROOT / "examples" / "queue_service"
RESULTS = Path(__file__).with_name("results_scale.json")
CLIENTNO = 2218
CUSTOMERS = 20


def _documents(path: Path, n: int) -> None:
    with path.open("w") as out:
        for i in range(n):
            out.write(json.dumps({"documentNo": f"D{i}", "customerNo": str(i % CUSTOMERS), "documentType": "INVOICE"}))
            out.write("\n")


async def _done_chunks(url: str) -> int:
    import asyncpg

    conn = await asyncpg.connect(url)
    try:
        try:
            return int(await conn.fetchval("SELECT count(*) FROM amili_journal_chunks WHERE state = 'done'"))
        except asyncpg.UndefinedTableError:
            return 0
    finally:
        await conn.close()


def sharded_job(items: int, shard: int, workers: int, source: Path) -> dict[str, Any]:
    with postgres_server() as pg, redis_server() as redis, sandbox_server() as root:

        async def seed() -> None:
            async with AmiliClient(CLIENT_ID, CLIENT_SECRET, base_urls=base_urls(root)) as amili:
                amili.batches.first_delay = 0.05
                customers = [{"customerNo": str(i), "name": f"C{i}"} for i in range(CUSTOMERS)]
                await (await amili.arm.customers.submit_batch(CLIENTNO, customers)).wait(timeout=60)

        anyio.run(seed)
        env = {
            **os.environ,
            "AMILI_STATE_URL": pg,
            "AMILI_QUEUE_REDIS": redis,
            "AMILI_CLIENT_ID": CLIENT_ID,
            "AMILI_CLIENT_SECRET": CLIENT_SECRET,
            "AMILI_ENVIRONMENT": "sandbox",
            "AMILI_ARM_CLIENTNO": str(CLIENTNO),
            **{f"AMILI_{api.upper()}_BASE_URL": url for api, url in base_urls(root).items()},
        }
        command = [sys.executable, str(EXAMPLE / "service.py"), "enqueue", "--input", str(source), "--job", "bench"]
        subprocess.run([*command, "--shard-size", str(shard)], env=env, check=True, capture_output=True)
        chunks = (items + 499) // 500
        procs = []
        started = time.perf_counter()
        try:
            for _ in range(workers):
                procs.append(
                    subprocess.Popen(
                        [sys.executable, "-m", "arq", "service.WorkerSettings"],
                        env=env,
                        cwd=EXAMPLE,
                        stdout=subprocess.DEVNULL,
                        stderr=subprocess.DEVNULL,
                        start_new_session=True,
                    )
                )
            while anyio.run(_done_chunks, pg) < chunks:
                if time.perf_counter() - started > 1800:
                    raise RuntimeError("sharded job did not finish in 30 min")
                time.sleep(0.2)
            seconds = time.perf_counter() - started
        finally:
            for proc in procs:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGTERM)
            for proc in procs:
                proc.wait(30)
        state = httpx.get(root + "/_sandbox/state", timeout=30).json()
        documents = state["arm"][str(CLIENTNO)]["documents"]
        assert documents == items, (documents, items)
        # Includes worker start-up (interpreter + imports), as a real deployment pays it once per job.
        return {"workers": workers, "seconds": round(seconds, 2), "items_per_second": round(items / seconds)}


async def journal_cost(journal: Any, chunks: int) -> float:
    """Milliseconds per chunk for the three journal writes of a chunk (500 outcomes)."""
    outcomes = [
        {"index": i, "key": f"D{i}", "ok": True, "status": "SUCCESS", "ids": {}, "errors": []} for i in range(500)
    ]
    owner = "bench:1:x"
    assert await journal.acquire("bench", owner)
    started = time.perf_counter()
    for index in range(chunks):
        await journal.begin("bench", index, "hash", 500, f"key-{index}", owner=owner)
        await journal.submitted("bench", index, f"batch-{index}", {"batch_id": f"batch-{index}"})
        await journal.done("bench", index, outcomes)
    elapsed = time.perf_counter() - started
    await journal.aclose()
    return elapsed / chunks * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=20000)
    parser.add_argument("--shard", type=int, default=2500)
    parser.add_argument("--workers", default="1,2,4")
    parser.add_argument("--chunks", type=int, default=200)
    args = parser.parse_args()
    results: dict[str, Any] = {"benchmark": "scale", "items": args.items, "shard": args.shard, "runs": []}
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "documents.jsonl"
        _documents(source, args.items)
        for workers in [int(w) for w in args.workers.split(",")]:
            run = sharded_job(args.items, args.shard, workers, source)
            results["runs"].append(run)
            print(f"sharded job, {workers} worker(s): {run['items_per_second']} items/s ({run['seconds']} s)")
        base = results["runs"][0]["items_per_second"]
        for run in results["runs"]:
            run["ratio_vs_first"] = round(run["items_per_second"] / base, 2)
        sqlite_ms = anyio.run(journal_cost, SQLiteJournal(Path(tmp) / "journal.db"), args.chunks)
        with postgres_server(durable=True) as pg:  # fsync on, like SQLite's synchronous=FULL
            postgres_ms = anyio.run(journal_cost, PostgresJournal(pg), args.chunks)
    results["journal_ms_per_chunk"] = {"sqlite": round(sqlite_ms, 2), "postgresql": round(postgres_ms, 2)}
    results["journal_postgres_vs_sqlite"] = round(postgres_ms / sqlite_ms, 2)
    results["cpus"] = os.cpu_count()
    results["python"] = platform.python_version()
    print(f"journal per chunk: SQLite {sqlite_ms:.2f} ms, PostgreSQL {postgres_ms:.2f} ms")
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")
    print(f"wrote {RESULTS}")


if __name__ == "__main__":
    main()
