"""The journal directly: the `JournalStore` protocol on both stores (records, leases, the `begin` fence) and the
SQLite store's faults (corrupt file, disk full, unreadable records) as typed `AmiliError`s — plus, end to end,
that a run meeting those faults sends nothing twice."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import anyio
import pytest

from amili import AmiliClient, AmiliError
from amili.journal import (
    ChunkState,
    JournalCorruptError,
    JournalLockedError,
    JournalMismatchError,
    JournalStorageError,
    JournalStore,
    MemoryJournal,
    SQLiteJournal,
)
from amili.journal.protocol import new_owner
from amili.sandbox import Sandbox


@pytest.fixture(params=["sqlite", "memory"])
async def journal(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[JournalStore]:
    store: JournalStore = (
        SQLiteJournal(tmp_path / "j.sqlite", lease_ttl=0.3)
        if request.param == "sqlite"
        else MemoryJournal(lease_ttl=0.3)
    )
    yield store
    await store.aclose()


async def test_stores_follow_the_protocol(journal: JournalStore) -> None:
    assert isinstance(journal, JournalStore)
    me = new_owner()
    assert await journal.acquire("run", me)
    assert await journal.get("run", 0) is None
    await journal.begin("run", 0, "hash", 2, "key-0", owner=me)
    record = await journal.get("run", 0)
    assert record is not None
    assert (record.state, record.content_hash, record.item_count, record.idempotency_key) == (
        ChunkState.SUBMITTING,
        "hash",
        2,
        "key-0",
    )
    await journal.submitted("run", 0, "batch-1", {"batch_id": "batch-1", "positions": [0, 1]})
    record = await journal.get("run", 0)
    assert record is not None
    assert (record.state, record.batch_id, record.handle) == (
        "submitted",
        "batch-1",
        {"batch_id": "batch-1", "positions": [0, 1]},
    )
    outcomes = [{"index": 0, "ok": True, "status": "SUCCESS"}]
    await journal.done("run", 0, outcomes)
    record = await journal.get("run", 0)
    assert record is not None
    assert (record.state, record.outcomes) == ("done", outcomes)
    with pytest.raises(JournalLockedError, match="chunk 0"):  # a chunk is begun once, ever
        await journal.begin("run", 0, "hash", 2, "key-again", owner=me)


async def test_one_lease_per_run_renewed_by_its_owner_and_expiring_without_heartbeat(journal: JournalStore) -> None:
    first, second = "otherhost:1:first", "otherhost:2:second"  # owners elsewhere: only time can free their lease
    assert await journal.acquire("run", first)
    assert not await journal.acquire("run", second)
    assert await journal.acquire("other-run", second)  # leases are per run
    with pytest.raises(JournalLockedError, match="lease"):  # the fence: only the owner begins chunks
        await journal.begin("run", 0, "h", 1, "k", owner=second)
    await anyio.sleep(0.2)
    assert await journal.acquire("run", first)  # a heartbeat renews ...
    await anyio.sleep(0.2)
    assert not await journal.acquire("run", second)  # ... so the lease is still held 0.4 s after it was taken
    await anyio.sleep(0.35)
    assert await journal.acquire("run", second)  # no heartbeat for longer than lease_ttl: expired, taken over
    with pytest.raises(JournalLockedError):
        await journal.begin("run", 0, "h", 1, "k", owner=first)  # the old owner can no longer send
    await journal.release("run", second)
    assert await journal.acquire("run", first)


async def test_sqlite_lease_of_a_dead_local_process_is_taken_at_once(tmp_path: Path) -> None:
    import socket
    import sys

    child = await anyio.run_process([sys.executable, "-c", "import os; print(os.getpid())"])
    dead_pid = int(child.stdout)
    journal = SQLiteJournal(tmp_path / "j.sqlite", lease_ttl=3600)
    assert await journal.acquire("run", f"{socket.gethostname()}:{dead_pid}:x")
    assert await journal.acquire("run", new_owner())  # no need to wait an hour for a crashed owner
    await journal.aclose()


# -- faults --------------------------------------------------------------------------------------------------------


async def test_a_file_that_is_not_a_journal_is_a_typed_error(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    path.write_bytes(b"this is not a database, it is a shopping list" * 100)
    journal = SQLiteJournal(path)
    with pytest.raises(JournalCorruptError, match="not a readable SQLite journal") as caught:
        await journal.acquire("run", new_owner())
    assert isinstance(caught.value, AmiliError)
    assert str(path) in str(caught.value)


async def test_unreadable_stored_records_are_a_typed_error(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    journal = SQLiteJournal(path)
    me = new_owner()
    await journal.acquire("run", me)
    await journal.begin("run", 0, "h", 1, "k", owner=me)
    await journal.aclose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE chunks SET state = 'done', outcomes = '[{\"index\": ' WHERE idx = 0")
    with pytest.raises(JournalCorruptError, match="chunk 0 of run 'run' is unreadable"):
        await journal.get("run", 0)
    await journal.aclose()


def test_journal_errors_are_amili_errors() -> None:
    for cls in (JournalCorruptError, JournalLockedError, JournalMismatchError, JournalStorageError):
        assert issubclass(cls, AmiliError)
    assert issubclass(JournalMismatchError, ValueError)  # as before


class TinyDisk(SQLiteJournal):
    """A journal whose "disk" holds no more pages than it has after `pages` are allotted (SQLITE_FULL after)."""

    def __init__(self, path: Path, pages: int) -> None:
        super().__init__(path)
        self.pages = pages

    def _connect(self) -> sqlite3.Connection:
        conn = super()._connect()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute(f"PRAGMA max_page_count = {self.pages}")
        return conn


def invoices(n: int) -> list[dict[str, Any]]:
    big = "x" * 2000  # large outcomes/handles fill the tiny disk quickly
    return [{"invoiceNumber": f"I{i}-{big}", "type": "NOTICE", "originalInvoiceAmount": 100 + i} for i in range(n)]


async def run_all(amili: AmiliClient, org: str, journal: Any) -> list[Any]:
    async with amili.autocollect.invoices.submit_many(
        org, invoices(40), chunk_size=10, concurrency=1, journal=journal
    ) as run:
        return await run.collect()


@pytest.mark.parametrize("pages", [4, 12, 20])  # fails recording: a batch, a later batch, outcomes
@pytest.mark.amili_sandbox(batch_delay=0.02)
async def test_disk_full_is_a_typed_error_and_the_rerun_sends_nothing_twice(
    tmp_path: Path, pages: int, amili_sandbox: Sandbox
) -> None:
    sandbox = amili_sandbox
    org = str(uuid.uuid4())
    path = tmp_path / "j.sqlite"
    async with AmiliClient(sandbox=sandbox) as amili:
        amili.batches.first_delay = 0.01
        with pytest.raises(JournalStorageError, match="could not write") as caught:
            await run_all(amili, org, TinyDisk(path, pages))
        assert isinstance(caught.value, AmiliError)
        outcomes = await run_all(amili, org, SQLiteJournal(path))  # space freed: the same journal resumes
    assert sorted(o.index for o in outcomes) == list(range(40))
    assert all(o.ok for o in outcomes)
    assert len(sandbox.state.organizations[org].invoices) == 40
    assert len(sandbox.state.organizations[org].batches) == 4  # one per chunk, never a second one
    assert sandbox.state.duplicates["autocollect.invoice"] == 0
    assert sandbox.state.duplicates["autocollect.idempotent_replay"] <= 1


@pytest.mark.amili_sandbox(batch_delay=0.02)
async def test_corrupt_stored_outcomes_stop_the_rerun_before_anything_is_sent(
    tmp_path: Path, amili_sandbox: Sandbox
) -> None:
    sandbox = amili_sandbox
    org = str(uuid.uuid4())
    path = tmp_path / "j.sqlite"
    async with AmiliClient(sandbox=sandbox) as amili:
        amili.batches.first_delay = 0.01
        await run_all(amili, org, path)
        with sqlite3.connect(path) as conn:
            conn.execute('UPDATE chunks SET outcomes = \'[{"index": "one", "ok": 1, "status": "??"}]\'')
        sent = len(sandbox.requests)
        with pytest.raises(JournalCorruptError, match="stored outcomes of chunk"):
            await run_all(amili, org, path)
    assert len(sandbox.requests) == sent


@pytest.mark.amili_sandbox(batch_delay=0.02)
async def test_a_corrupt_journal_file_stops_the_run_before_anything_is_sent(
    tmp_path: Path, amili_sandbox: Sandbox
) -> None:
    sandbox = amili_sandbox
    path = tmp_path / "j.sqlite"
    path.write_bytes(b"\x00garbage" * 4096)
    async with AmiliClient(sandbox=sandbox) as amili:
        with pytest.raises(JournalCorruptError):
            await run_all(amili, str(uuid.uuid4()), path)
    assert [r for r in sandbox.requests if r.operation == "autocollect.invoices.create_invoices"] == []


@pytest.mark.amili_sandbox(batch_delay=0.3)
async def test_a_second_run_on_a_held_journal_is_refused_or_waits(tmp_path: Path, amili_sandbox: Sandbox) -> None:
    sandbox = amili_sandbox
    org = str(uuid.uuid4())
    path = tmp_path / "j.sqlite"
    items = invoices(20)
    async with AmiliClient(sandbox=sandbox) as amili:
        amili.batches.first_delay = 0.01
        started = anyio.Event()
        results: dict[str, list[Any]] = {}

        async def first() -> None:
            async with amili.autocollect.invoices.submit_many(org, items, chunk_size=10, journal=path) as run:
                started.set()
                results["first"] = await run.collect()

        async with anyio.create_task_group() as tg:
            tg.start_soon(first)
            await started.wait()
            with pytest.raises(JournalLockedError, match="another live process"):
                async with amili.autocollect.invoices.submit_many(org, items, chunk_size=10, journal=path):
                    pass
            waiting = amili.autocollect.invoices.submit_many(org, items, chunk_size=10, journal=path, lock_timeout=30)
            async with waiting:
                results["second"] = await waiting.collect()
    assert sorted(o.index for o in results["first"]) == list(range(20))
    assert sorted(o.index for o in results["second"]) == list(range(20))  # waited, then replayed from the journal
    assert waiting.summary.resumed_chunks == 2
    assert len(sandbox.state.organizations[org].batches) == 2
