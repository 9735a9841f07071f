"""Large ARM document imports as jobs of an existing task queue (arq on Redis), exactly once across N workers.

    python service.py enqueue --input documents.jsonl --job import-2026-12 --shard-size 5000
    arq service.WorkerSettings            # as many worker processes, on as many machines, as you like
    python service.py status --job import-2026-12

The input (one JSON document per line, on storage every worker can read) is split into shards; each shard is one
arq job whose id names it, so enqueueing twice queues nothing twice. A worker runs a shard with
`submit_many(journal=PostgresJournal, run_name=<job>:<shard>)`: the journal (shared by every worker through
PostgreSQL) records each chunk before it is sent, and the shard's lease says which worker drives it. arq runs a job
at least once (a job whose worker died is run again by another worker once its in-progress marker expires); the
journal turns that into *exactly once per chunk*: the new worker replays the chunks already done, reconciles the one
in flight, and sends only the rest. Outcomes stay in the journal (`status`).

The chunk in flight when a worker died may or may not have reached Amili, and ARM offers no proof either way: the new
worker looks its documents up for `AMILI_SETTLE_WINDOW` seconds (default 60; set it above the longest time Amili
takes to process a batch of yours) and only then sends what is still absent (`resend_on_absence=True`). Without
that opt-in such documents would be reported `UNKNOWN_FATE` and the shard left open for `amili batches resolve`.

Configuration (environment): `AMILI_STATE_URL` (postgresql://…, the journal), `AMILI_QUEUE_REDIS` (redis://…),
`AMILI_CLIENT_ID` / `AMILI_CLIENT_SECRET` / `AMILI_ENVIRONMENT` / `AMILI_<API>_BASE_URL` (the client, via
`AmiliClient.from_env`), `AMILI_ARM_CLIENTNO`, `AMILI_SETTLE_WINDOW` (above), `AMILI_SHARD_TIMEOUT` (seconds one
run of a shard job may take, default 120; it must exceed the settle window, and a worker refuses to start otherwise: a
longer shard is cancelled and queued again, and the rerun resumes from the journal, so a short timeout costs
little; a dead worker's shard is picked up this + 10 s later).
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
from collections import Counter
from collections.abc import Iterator
from typing import Any

import anyio
import anyio.to_thread
from arq import Retry, create_pool
from arq.connections import RedisSettings

from amili import AmiliClient
from amili.batches import SettlePolicy
from amili.errors import JournalLockedError, JournalStorageError
from amili.journal import PostgresJournal

CHUNK_SIZE = 500
SHARD_TIMEOUT = float(os.environ.get("AMILI_SHARD_TIMEOUT", "120"))
SETTLE_WINDOW = float(os.environ.get("AMILI_SETTLE_WINDOW", "60"))


def redis_settings() -> RedisSettings:
    return RedisSettings.from_dsn(os.environ.get("AMILI_QUEUE_REDIS", "redis://127.0.0.1:6379/0"))


def journal_url() -> str:
    url = os.environ.get("AMILI_STATE_URL", "")
    if not url.startswith(("postgresql://", "postgres://")):
        raise SystemExit("AMILI_STATE_URL must be a postgresql:// URL: every worker shares the journal")
    return url


def shard_run(job: str, shard: int) -> str:
    return f"{job}:shard-{shard:05d}"


def read_shard(path: str, start: int, stop: int) -> Iterator[dict[str, Any]]:
    """Lines [start, stop) of the input: what one shard submits (one shard in memory, never the whole file)."""
    with open(path, encoding="utf-8") as lines:
        for line in itertools.islice(lines, start, stop):
            yield json.loads(line)


# -- the worker ---------------------------------------------------------------------------------------------------


async def startup(ctx: dict[str, Any]) -> None:
    if SHARD_TIMEOUT <= SETTLE_WINDOW + 30:
        # A shard cancelled while it is still settling would be rerun and settle again, forever.
        raise SystemExit(f"AMILI_SHARD_TIMEOUT ({SHARD_TIMEOUT:g} s) must exceed AMILI_SETTLE_WINDOW + 30 s")
    ctx["journal"] = PostgresJournal(journal_url())  # checked first: a worker without a shared journal must not start
    ctx["amili"] = await AmiliClient.from_env().__aenter__()


async def shutdown(ctx: dict[str, Any]) -> None:
    # Close what startup opened, also when startup failed half-way.
    if "journal" in ctx:
        await ctx["journal"].aclose()
    if "amili" in ctx:
        await ctx["amili"].aclose()


async def run_shard(ctx: dict[str, Any], job: str, shard: int, path: str, start: int, stop: int) -> dict[str, int]:
    """Submit one shard (resuming it if another worker died driving it); returns its outcome counts."""
    amili: AmiliClient = ctx["amili"]
    clientno = int(os.environ.get("AMILI_ARM_CLIENTNO", "0"))
    items = await anyio.to_thread.run_sync(lambda: list(read_shard(path, start, stop)))  # no file I/O on the loop
    run = amili.arm.documents.submit_many(
        clientno,
        items,
        chunk_size=CHUNK_SIZE,
        journal=ctx["journal"],
        run_name=shard_run(job, shard),
        # A dead worker on another machine holds the shard's lease until it expires: wait for it.
        lock_timeout=ctx["journal"].lease_ttl + 5,
        # A chunk whose POST may never have left (its worker died): looked for during the window, then resent.
        settle=SettlePolicy(window=SETTLE_WINDOW),
        resend_on_absence=True,
    )
    counts: Counter[str] = Counter()
    try:
        async with run:
            async for outcome in run:
                counts["ok" if outcome.ok else "failed"] += 1
    except JournalLockedError:
        raise Retry(defer=5) from None  # another live worker drives it: try later (it will be replayed)
    except JournalStorageError:
        # The journal's database hiccupped (restart, failover, pool exhausted): transient, so run the shard again
        # later; the journal replays what is done and reconciles what was in flight.
        raise Retry(defer=5) from None
    return dict(counts)


class WorkerSettings:
    """`arq service.WorkerSettings`."""

    functions = [run_shard]
    on_startup = startup
    on_shutdown = shutdown
    redis_settings = redis_settings()
    job_timeout = SHARD_TIMEOUT
    max_tries = 20
    max_jobs = 2  # shards in parallel per worker (each sends `concurrency` chunks at a time)
    keep_result = 24 * 3600


# -- enqueue and status -------------------------------------------------------------------------------------------


def count_lines(path: str) -> int:
    with open(path, encoding="utf-8") as lines:
        return sum(1 for _ in lines)


async def enqueue(path: str, total: int, job: str, shard_size: int) -> int:
    """Queue one arq job per shard of the input (`total` lines at absolute `path`); idempotent (job ids name the
    shards). Returns the shard count."""
    redis = await create_pool(redis_settings())
    try:
        shards = range((total + shard_size - 1) // shard_size)
        for shard in shards:
            start = shard * shard_size
            stop = min(total, start + shard_size)
            await redis.enqueue_job("run_shard", job, shard, path, start, stop, _job_id=shard_run(job, shard))
        return len(shards)
    finally:
        await redis.aclose()


async def status(job: str, shards: int) -> dict[str, Any]:
    """Per-shard chunk states and outcome counts, read from the journal (works while workers run)."""
    journal = PostgresJournal(journal_url())
    try:
        summary: dict[str, Any] = {"shards_done": 0, "outcomes": Counter()}
        for shard in range(shards):
            records = await journal.all(shard_run(job, shard))
            states = Counter(r.state for r in records)
            if records and set(states) == {"done"}:
                summary["shards_done"] += 1
            for record in records:
                for outcome in record.outcomes or ():
                    summary["outcomes"]["ok" if outcome.get("ok") else "failed"] += 1
        summary["outcomes"] = dict(summary["outcomes"])
        return summary
    finally:
        await journal.aclose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    e = sub.add_parser("enqueue")
    e.add_argument("--input", required=True)
    e.add_argument("--job", required=True)
    e.add_argument("--shard-size", type=int, default=5000)
    s = sub.add_parser("status")
    s.add_argument("--job", required=True)
    s.add_argument("--shards", type=int, required=True)
    args = parser.parse_args()
    if args.command == "enqueue":
        path = os.path.abspath(args.input)
        shards = asyncio.run(enqueue(path, count_lines(path), args.job, args.shard_size))
        print(f"queued {shards} shard job(s)")
    else:
        print(json.dumps(asyncio.run(status(args.job, args.shards)), indent=2))


if __name__ == "__main__":
    main()
