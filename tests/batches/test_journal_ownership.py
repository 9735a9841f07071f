"""Issue 24.5: a journal the caller lends to `submit_many` stays the caller's. Two runs sharing one journal (two
shards in one worker) both finish, the journal is still usable afterwards, and only a journal the run built itself
(from a path or URL) is closed by the run. Memory, SQLite and PostgreSQL; ARM and AutoCollect batch styles."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import anyio
import pytest

from amili import AmiliClient, RetryPolicy
from amili.journal import JournalStore, MemoryJournal, PostgresJournal, SQLiteJournal

CLIENT = 2218


@pytest.fixture(params=["memory", "sqlite", "postgres"])
async def journal(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[JournalStore]:
    if request.param == "memory":
        store: JournalStore = MemoryJournal()
    elif request.param == "sqlite":
        store = SQLiteJournal(tmp_path / "shared.sqlite")
    else:
        store = PostgresJournal(request.getfixturevalue("postgres_url"))
    lent = _Lent(store)
    try:
        yield lent  # type: ignore[misc]
    finally:
        assert lent.closed_by_others == 0, "a run closed a journal it was lent"
        await store.aclose()


class _Lent:
    """The caller's journal, counting `aclose()` calls made by anyone but the caller."""

    def __init__(self, store: JournalStore) -> None:
        self._store = store
        self.closed_by_others = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    async def aclose(self) -> None:
        self.closed_by_others += 1
        await self._store.aclose()


def client() -> AmiliClient:
    amili = AmiliClient.sandbox(batch_delay=0.02, retry_policy=RetryPolicy(base_delay=0.001, max_delay=0.002))
    amili.batches.first_delay = 0.01
    amili.batches.max_delay = 0.05
    return amili


async def run_shard(amili: AmiliClient, api: str, scope: Any, journal: JournalStore, name: str, n: int) -> int:
    if api == "arm":
        items: list[dict[str, Any]] = [{"documentNo": f"{name}-{i}", "customerNo": str(i % 3)} for i in range(n)]
        namespace: Any = amili.arm.documents
    else:
        items = [{"invoiceNumber": f"{name}-{i}", "type": "NOTICE", "originalInvoiceAmount": 100 + i} for i in range(n)]
        namespace = amili.autocollect.invoices
    ok = 0
    async with namespace.submit_many(scope, items, chunk_size=5, journal=journal, run_name=name) as run:
        async for outcome in run:
            ok += outcome.ok
    return ok


@pytest.mark.parametrize("api", ["arm", "autocollect"])
async def test_two_runs_sharing_a_lent_journal_both_finish_and_it_stays_open(journal: JournalStore, api: str) -> None:
    results: dict[str, int] = {}
    async with client() as amili:
        scope: Any = CLIENT if api == "arm" else str(uuid.uuid4())
        if api == "arm":
            customers = [{"customerNo": str(i), "name": f"C{i}"} for i in range(3)]
            assert all(
                o.ok for o in (await (await amili.arm.customers.submit_batch(CLIENT, customers)).wait(10)).outcomes
            )

        async def shard(name: str, n: int) -> None:
            results[name] = await run_shard(amili, api, scope, journal, name, n)

        async with anyio.create_task_group() as tg:
            tg.start_soon(shard, "shard-0", 7)  # finishes first
            tg.start_soon(shard, "shard-1", 23)
        assert results == {"shard-0": 7, "shard-1": 23}
        # The journal is still open and usable: a third run on it works, and the records are readable.
        assert await run_shard(amili, api, scope, journal, "shard-2", 3) == 3
    records = [await journal.get("shard-1", i) for i in range(5)]
    assert [r.state if r else None for r in records] == ["done"] * 5


async def test_a_journal_given_as_a_path_is_opened_and_closed_by_the_run(tmp_path: Path) -> None:
    closed: list[str] = []
    original = SQLiteJournal.aclose

    async def spy(self: SQLiteJournal) -> None:
        closed.append(str(self.path))
        await original(self)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(SQLiteJournal, "aclose", spy)
        async with client() as amili:
            items = [{"invoiceNumber": f"I{i}", "type": "NOTICE", "originalInvoiceAmount": 1} for i in range(3)]
            async with amili.autocollect.invoices.submit_many(
                str(uuid.uuid4()), items, journal=tmp_path / "own.sqlite", run_name="own"
            ) as run:
                assert len(await run.collect()) == 3
    assert closed == [str(tmp_path / "own.sqlite")]
