"""The PostgreSQL journal (a real server each test starts): the journal protocol's leases and fence, and
`submit_many(journal="postgresql://…")` replaying a finished run without a request."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from typing import Any

import anyio
import pytest

from amili import AmiliClient
from amili.errors import JournalLockedError, JournalStorageError
from amili.journal import ChunkState, JournalStore, PostgresJournal


def run_asyncio(fn: Any, *args: Any) -> Any:
    return anyio.run(fn, *args, backend="asyncio")


def test_is_a_journal_store(postgres_url: str) -> None:
    journal = PostgresJournal(postgres_url)
    assert isinstance(journal, JournalStore)
    assert "amili@127.0.0.1" in repr(journal)


def test_leases(postgres_url: str) -> None:
    a, b = PostgresJournal(postgres_url, lease_ttl=0.5), PostgresJournal(postgres_url, lease_ttl=0.5)

    async def main() -> None:
        try:
            assert await a.acquire("run", "host-a:1:x")
            assert await a.acquire("run", "host-a:1:x"), "the owner renews"
            assert not await b.acquire("run", "host-b:2:y"), "another live owner is refused"
            await anyio.sleep(0.7)
            assert await b.acquire("run", "host-b:2:y"), "an expired lease is taken over"
            assert not await a.acquire("run", "host-a:1:x")
            await a.release("run", "host-a:1:x")  # not the holder: no effect
            assert not await a.acquire("run", "host-a:1:x")
            await b.release("run", "host-b:2:y")
            assert await a.acquire("run", "host-a:1:x")
        finally:
            await a.aclose()
            await b.aclose()

    run_asyncio(main)


def test_lease_of_a_dead_local_process_is_taken_at_once(postgres_url: str) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    journal = PostgresJournal(postgres_url, lease_ttl=3600)

    async def main() -> None:
        try:
            assert await journal.acquire("run", f"{socket.gethostname()}:{dead.pid}:gone")
            assert await journal.acquire("run", f"{socket.gethostname()}:{os.getpid()}:me")
            assert not await journal.acquire("run", "other-host:1:alive"), "a remote owner is waited out"
        finally:
            await journal.aclose()

    run_asyncio(main)


def test_concurrent_takers_have_one_winner(postgres_url: str) -> None:
    journals = [PostgresJournal(postgres_url) for _ in range(4)]
    wins: list[str] = []

    async def main() -> None:
        try:
            async with anyio.create_task_group() as tg:
                for i in range(20):

                    async def take(i: int = i) -> None:
                        if await journals[i % 4].acquire("hot", f"remote:{i}:x"):
                            wins.append(str(i))

                    tg.start_soon(take)
        finally:
            for journal in journals:
                await journal.aclose()

    run_asyncio(main)
    assert len(wins) == 1


def test_begin_is_the_fence_and_records_round_trip(postgres_url: str) -> None:
    journal = PostgresJournal(postgres_url)

    async def main() -> None:
        try:
            with pytest.raises(JournalLockedError, match="no longer holds the lease"):
                await journal.begin("run", 0, "h", 2, "key-0", owner="remote:1:a")
            assert await journal.acquire("run", "remote:1:a")
            await journal.begin("run", 0, "h", 2, "key-0", owner="remote:1:a")
            with pytest.raises(JournalLockedError, match="begun by another"):
                await journal.begin("run", 0, "h", 2, "key-0", owner="remote:1:a")
            record = await journal.get("run", 0)
            assert record is not None
            assert (record.state, record.idempotency_key, record.item_count) == (ChunkState.SUBMITTING, "key-0", 2)
            await journal.submitted("run", 0, "batch-1", {"batch_id": "batch-1", "keys": ["a", "b"]})
            await journal.done("run", 0, [{"index": 0, "ok": True}, {"index": 1, "ok": False}])
            record = await journal.get("run", 0)
            assert record is not None
            assert record.state == ChunkState.DONE
            assert record.batch_id == "batch-1"
            assert record.handle == {"batch_id": "batch-1", "keys": ["a", "b"]}
            assert record.outcomes == [{"index": 0, "ok": True}, {"index": 1, "ok": False}]
            assert await journal.get("run", 1) is None
            assert [r.index for r in await journal.all("run")] == [0]
        finally:
            await journal.aclose()

    run_asyncio(main)


def test_unreachable_database_is_a_typed_error() -> None:
    from _servers import free_port

    journal = PostgresJournal(f"postgresql://amili:pw-not-shown@127.0.0.1:{free_port()}/x")

    async def main() -> None:
        with pytest.raises(JournalStorageError) as info:
            await journal.acquire("run", "me")
        assert "pw-not-shown" not in str(info.value)

    run_asyncio(main)


def test_submit_many_with_a_postgres_journal_replays_a_finished_run(postgres_url: str) -> None:
    amili = AmiliClient.sandbox()
    sandbox = amili.simulator
    assert sandbox is not None
    documents = [{"documentNo": f"D{i}", "customerNo": "1", "documentType": "INVOICE"} for i in range(120)]

    async def main() -> tuple[list[Any], list[Any], int]:
        async with amili:
            amili.batches.first_delay = 0.01
            await (await amili.arm.customers.submit_batch(2218, [{"customerNo": "1", "name": "C"}])).wait(timeout=60)
            run = amili.arm.documents.submit_many(2218, documents, chunk_size=50, journal=postgres_url, run_name="r1")
            async with run:
                first = [o async for o in run]
            requests = len(sandbox.requests)
            again = amili.arm.documents.submit_many(2218, documents, chunk_size=50, journal=postgres_url, run_name="r1")
            async with again:
                second = [o async for o in again]
            return first, second, len(sandbox.requests) - requests

    first, second, new_requests = run_asyncio(main)
    assert len(first) == len(second) == 120
    assert all(o.ok for o in first)
    assert sorted(o.key for o in first) == sorted(o.key for o in second)
    assert new_requests == 0, "the rerun replayed every chunk from PostgreSQL"
    assert sandbox.state.duplicates.get("arm.documentNo", 0) == 0
