"""A full disk under the SQLite journal (for real: `RLIMIT_FSIZE` in a child process, see `_disk_full_child.py`),
and the run's exit paths (`BulkRun.__aexit__`, the lease) on memory, SQLite and PostgreSQL journals: whatever fails,
the run gives back what it holds — the lease, the connection of a journal it built — and the FIRST error is the one
raised; a rerun in the same process is not refused for the lease the failed run could not release."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import anyio
import pytest

from amili import AmiliClient, RetryPolicy
from amili.errors import JournalStorageError
from amili.journal import JournalStore, MemoryJournal, PostgresJournal, SQLiteJournal

CHILD = Path(__file__).with_name("_disk_full_child.py")


def _child(tmp_path: Path, when: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, str(CHILD), str(tmp_path), when], capture_output=True, text=True, timeout=90, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_disk_full_while_taking_the_lease_closes_the_journal_it_built(tmp_path: Path) -> None:
    result = _child(tmp_path, "lease")
    assert result["first"]["error"] == "JournalStorageError"
    assert "taking the lease" in result["first"]["message"]
    assert result["fds"] == []  # was: journal.sqlite, -wal and -shm held (3 descriptors, the mount busy)
    assert result["rerun"] == {"ok": 6, "resumed": 0}
    assert result["fds_after_rerun"] == []


def test_disk_full_mid_run_keeps_the_first_error_and_frees_the_lease_for_a_rerun(tmp_path: Path) -> None:
    result = _child(tmp_path, "midrun")
    first = result["first"]
    assert first["error"] == "JournalStorageError"
    assert "recording chunk 0" in first["message"]  # the first error, not the release's
    assert any("releasing the lease" in note for note in first["notes"])  # which is kept as a note
    assert result["fds"] == []
    # was: JournalLockedError for the 30 s lease; now the same process resumes at once
    assert result["rerun"]["ok"] == 6 and result["rerun"]["resumed"] >= 1
    assert result["fds_after_rerun"] == []


# -- the exit paths, on every journal (a lent journal whose writes start failing) -----------------------------------


class Failing:
    """A lent journal: `fail` names the methods that raise `JournalStorageError` (the disk filled)."""

    def __init__(self, store: JournalStore) -> None:
        self._store = store
        self.fail: set[str] = set()
        self.closed = 0

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._store, name)
        if name in self.fail:

            async def broken(*args: Any, **kwargs: Any) -> Any:
                raise JournalStorageError(f"{name}: could not write (database or disk is full)")

            return broken
        return attr

    async def aclose(self) -> None:
        self.closed += 1


@pytest.fixture(params=["memory", "sqlite", "postgres"])
async def journal(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Failing]:
    if request.param == "memory":
        store: JournalStore = MemoryJournal()
    elif request.param == "sqlite":
        store = SQLiteJournal(tmp_path / "lent.sqlite")
    else:
        store = PostgresJournal(request.getfixturevalue("postgres_url"))
    try:
        yield Failing(store)
    finally:
        await store.aclose()


def _client() -> AmiliClient:
    amili = AmiliClient.sandbox(batch_delay=0.01, retry_policy=RetryPolicy(base_delay=0.001, max_delay=0.002))
    amili.batches.first_delay = 0.01
    amili.batches.max_delay = 0.02
    return amili


def _items(n: int = 4) -> list[dict[str, Any]]:
    return [{"invoiceNumber": f"I{i}", "type": "NOTICE", "originalInvoiceAmount": 1 + i} for i in range(n)]


async def _run(amili: AmiliClient, org: str, journal: Any, name: str) -> int:
    with anyio.fail_after(30):
        async with amili.autocollect.invoices.submit_many(
            org, _items(), chunk_size=2, concurrency=1, journal=journal, run_name=name
        ) as run:
            return sum(o.ok for o in await run.collect())


async def test_the_first_error_is_raised_and_the_lease_freed_when_release_fails_too(journal: Failing) -> None:
    org, name = str(uuid.uuid4()), f"run-{uuid.uuid4().hex[:8]}"
    journal.fail = {"done", "release"}
    async with _client() as amili:
        with pytest.raises(JournalStorageError, match=r"^done: ") as info:
            await _run(amili, org, journal, name)
        assert any("release: could not write" in note for note in getattr(info.value, "__notes__", []))
        journal.fail = set()
        assert await _run(amili, org, journal, name) == 4  # not refused for the lease left behind
    assert journal.closed == 0  # lent: never closed by the run


async def test_a_release_failure_after_a_clean_run_is_raised(journal: Failing) -> None:
    org, name = str(uuid.uuid4()), f"run-{uuid.uuid4().hex[:8]}"
    journal.fail = {"release"}
    async with _client() as amili:
        with pytest.raises(JournalStorageError, match=r"^release: "):
            await _run(amili, org, journal, name)
        journal.fail = set()
        assert await _run(amili, org, journal, name) == 4  # replayed from the journal, the lease taken over


async def test_the_callers_own_error_stays_the_one_raised(journal: Failing) -> None:
    org, name = str(uuid.uuid4()), f"run-{uuid.uuid4().hex[:8]}"
    async with _client() as amili:

        async def leave_with_my_error() -> None:
            async with amili.autocollect.invoices.submit_many(
                org, _items(), chunk_size=2, journal=journal, run_name=name
            ) as run:
                async for _ in run:
                    journal.fail = {"release"}
                    raise KeyError("mine")

        with anyio.fail_after(30), pytest.raises(KeyError, match="mine"):
            await leave_with_my_error()
        journal.fail = set()
        assert await _run(amili, org, journal, name) == 4


def test_the_exit_paths_hold_under_asyncio_and_trio(run: Any, tmp_path: Path) -> None:
    async def main() -> None:
        journal = Failing(SQLiteJournal(tmp_path / f"{uuid.uuid4().hex}.sqlite"))
        org, name = str(uuid.uuid4()), "both-backends"
        journal.fail = {"submitted", "release"}
        try:
            async with _client() as amili:
                with pytest.raises(JournalStorageError, match=r"^submitted: "):
                    await _run(amili, org, journal, name)
                journal.fail = set()
                assert await _run(amili, org, journal, name) == 4
        finally:
            await journal._store.aclose()

    run(main)
