"""The batch engine (`amili/batches.py`, `amili/journal.py`) against the in-process sandbox and a scripted poll API."""

from __future__ import annotations

import asyncio
import itertools
import sqlite3
import threading
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import anyio
import httpx
import pytest
import trio.testing

from amili import AmiliClient
from amili._transports import chosen_backend, connection_counts
from amili.batches import BatchHandle, BatchPoller, BatchState, BatchTimeoutError, ItemOutcome, Progress
from amili.errors import AmiliError
from amili.journal import Journal, JournalMismatchError
from amili.operations import Namespace, Operation, OperationMeta
from amili.sandbox import FaultKind, FaultRule, Sandbox

CLIENT = 2218


def tune(amili: AmiliClient) -> AmiliClient:
    amili.batches.first_delay = 0.01
    amili.batches.max_delay = 0.05
    amili.batches.max_polls_per_second = 1000
    return amili


@pytest.fixture
async def amili() -> AsyncIterator[AmiliClient]:
    async with tune(AmiliClient.sandbox(batch_delay=0.05)) as client:
        yield client


def sim(amili: AmiliClient) -> Sandbox:
    assert amili.simulator is not None
    return amili.simulator


def invoices(n: int, bad: set[int] = frozenset()) -> list[dict[str, Any]]:  # type: ignore[assignment]
    return [
        {"invoiceNumber": f"I{i}", "type": "NOTICE", "originalInvoiceAmount": -1 if i in bad else 100 + i}
        for i in range(n)
    ]


def documents(n: int, customers: int = 5) -> list[dict[str, Any]]:
    return [{"documentNo": f"D{i}", "customerNo": str(i % customers), "documentType": "INVOICE"} for i in range(n)]


async def make_customers(amili: AmiliClient, n: int = 5) -> None:
    handle = await amili.arm.customers.submit_batch(CLIENT, [{"customerNo": str(i), "name": f"C{i}"} for i in range(n)])
    assert (await handle.wait(timeout=10)).state is BatchState.SUCCESS


def requests(amili: AmiliClient, operation: str) -> list[Any]:
    return [r for r in sim(amili).requests if r.operation == operation]


# -- single batches -----------------------------------------------------------------------------------------------


async def test_autocollect_queued_then_success(amili: AmiliClient) -> None:
    org = str(uuid.uuid4())
    handle = await amili.autocollect.invoices.submit(org, invoices(3))
    state, result, _ = await amili.batches.poll(handle)
    assert (state, result) == (BatchState.PROCESSING, None)  # QUEUED while batch_delay runs
    result = await handle.wait(timeout=10)
    assert result.state is BatchState.SUCCESS
    assert [o.key for o in result.outcomes] == ["I0", "I1", "I2"]
    assert all(o.ok and o.ids["invoiceId"] and o.ids["caseId"] for o in result.outcomes)
    assert len(sim(amili).state.organizations[org].invoices) == 3
    assert sim(amili).state.organizations[org].batches[handle.batch_id].status == "SUCCESS"
    assert sim(amili).violations == []


async def test_autocollect_partial_maps_failures_by_index_and_key(amili: AmiliClient) -> None:
    org = str(uuid.uuid4())
    result = await (await amili.autocollect.invoices.submit(org, invoices(5, bad={1, 3}))).wait(timeout=10)
    assert result.state is BatchState.PARTIAL
    assert [(o.index, o.key) for o in result.failures] == [(1, "I1"), (3, "I3")]
    assert result.by_key()["I3"].message == "originalInvoiceAmount must be a non-negative number"
    assert [o.key for o in result.successes] == ["I0", "I2", "I4"]
    assert len(sim(amili).state.organizations[org].invoices) == 3


@pytest.mark.parametrize("api", ["arm", "autocollect"])
async def test_batch_failure_fault_gives_failed(api: str) -> None:
    operation = "arm.documents.create_documents_batch" if api == "arm" else "autocollect.invoices.create_invoices"
    fault = FaultRule(kind=FaultKind.BATCH_FAILURE, operation=operation)
    async with tune(AmiliClient.sandbox(batch_delay=0.02, faults=[fault])) as amili:
        if api == "arm":
            await make_customers(amili)
            handle = await amili.arm.documents.submit_batch(CLIENT, documents(4))
        else:
            handle = await amili.autocollect.invoices.submit(str(uuid.uuid4()), invoices(4))
        result = await handle.wait(timeout=10)
    assert result.state is BatchState.FAILED
    assert len(result.failures) == 4
    assert all(o.status == "FAILED" and o.message for o in result.outcomes)


async def test_arm_202_then_206_with_per_item_failures(amili: AmiliClient) -> None:
    await make_customers(amili, 2)
    items = [
        {"documentNo": "D1", "customerNo": "0"},
        {"documentNo": "D2", "customerNo": "99"},  # unknown customer
        {"documentNo": "D3", "customerNo": "1"},
        {"documentNo": "D1", "customerNo": "1"},  # duplicate documentNo
    ]
    handle = await amili.arm.documents.submit_batch(CLIENT, items)
    result = await handle.wait(timeout=10)
    statuses = [r.status for r in requests(amili, "arm.batches.get_batch") if handle.batch_id in r.path]
    assert statuses[0] == 202
    assert statuses[-1] == 206
    assert result.state is BatchState.PARTIAL
    by_index = {o.index: o for o in result.outcomes}
    assert by_index[0].ok
    assert by_index[0].ids["referenceNo"]
    assert not by_index[1].ok
    assert by_index[1].message == "Customer 99 does not exist"
    assert by_index[2].ok
    assert not by_index[3].ok
    assert by_index[3].message == "Document D1 already exists"
    assert by_index[3].key == "D1"


@pytest.mark.amili_sandbox(batch_delay=3600)
async def test_timeout_then_resume_from_serialised_handle(amili_sandbox: Sandbox) -> None:
    sandbox = amili_sandbox
    async with tune(AmiliClient(environment="sandbox", sandbox=sandbox)) as first:
        handle = await first.autocollect.invoices.submit(str(uuid.uuid4()), invoices(2))
        with pytest.raises(BatchTimeoutError) as caught:
            await handle.wait(timeout=0.05)
        assert caught.value.handle == handle
        saved = caught.value.handle.to_json()
    sandbox.advance(3601)  # the batch is due now; nothing slept
    with pytest.raises(AmiliError, match="not bound"):
        await BatchHandle.from_dict(__import__("json").loads(saved)).wait()
    async with tune(AmiliClient(environment="sandbox", sandbox=sandbox)) as second:  # a new client (process)
        resumed = second.batches.handle(saved)
        assert resumed == handle
        result = await resumed.wait(timeout=10)
    assert result.state is BatchState.SUCCESS
    assert [o.key for o in result.outcomes] == ["I0", "I1"]
    assert len(requests_of(sandbox, "autocollect.invoices.create_invoices")) == 1


def requests_of(sandbox: Sandbox, operation: str) -> list[Any]:
    return [r for r in sandbox.requests if r.operation == operation]


# -- submit_many --------------------------------------------------------------------------------------------------


async def test_250_items_in_chunks_of_100_make_three_batches(amili: AmiliClient) -> None:
    await make_customers(amili)
    async with amili.arm.documents.submit_many(CLIENT, documents(250), chunk_size=100, concurrency=2) as run:
        outcomes = [o async for o in run]
    assert sorted(o.index for o in outcomes) == list(range(250))
    assert all(o.ok for o in outcomes)
    batches = [b for b in sim(amili).state.arm_clients[CLIENT].batches.values() if b.kind == "documents"]
    assert sorted(len(b.items) for b in batches) == [50, 100, 100]
    assert len(requests(amili, "arm.documents.create_documents_batch")) == 3
    assert run.summary.batches == 3
    assert run.summary.succeeded == 250
    assert len(sim(amili).state.arm_clients[CLIENT].documents) == 250


async def test_invalid_items_are_reported_and_never_sent(amili: AmiliClient) -> None:
    await make_customers(amili)
    items: list[dict[str, Any]] = documents(10)
    for i in (2, 7):
        del items[i]["documentNo"]
    async with amili.arm.documents.submit_many(CLIENT, items, chunk_size=4) as run:
        outcomes = {o.index: o for o in await run.collect()}
    assert len(outcomes) == 10
    assert {i for i, o in outcomes.items() if o.status == "INVALID"} == {2, 7}
    assert not outcomes[2].ok
    assert "documentNo" in (outcomes[2].message or "")
    assert outcomes[3].ok
    assert outcomes[3].key == "D3"
    sent = [
        item for b in sim(amili).state.arm_clients[CLIENT].batches.values() if b.kind == "documents" for item in b.items
    ]
    assert len(sent) == 8
    assert all("documentNo" in item for item in sent)
    assert run.summary.invalid == 2
    assert run.summary.succeeded == 8


async def test_progress_is_monotonic(amili: AmiliClient) -> None:
    seen: list[Progress] = []
    async with amili.autocollect.invoices.submit_many(
        str(uuid.uuid4()), invoices(45, bad={4}), chunk_size=10, concurrency=3, on_progress=seen.append
    ) as run:
        await run.collect()
    assert len(seen) > 5
    assert all(a != b for a, b in itertools.pairwise(seen))  # only changes are reported
    for before, after in itertools.pairwise(seen):
        for field in ("submitted", "processed", "succeeded", "failed"):
            assert getattr(after, field) >= getattr(before, field), (before, after)
    assert seen[-1] == Progress(submitted=45, processed=45, succeeded=44, failed=1, total=45)


@pytest.mark.amili_sandbox(batch_delay=3600)
async def test_cancellation_leaves_no_tasks_or_connections(
    tmp_path: Path, http_backend: str, amili_sandbox: Sandbox
) -> None:
    sandbox = amili_sandbox
    with sandbox.run_in_thread() as root:
        creds = sandbox.credentials
        amili = tune(
            AmiliClient(
                environment="staging",
                base_urls=sandbox.base_urls(root),
                client_id=creds.client_id,
                client_secret=creds.client_secret,
            )
        )
        before = asyncio.all_tasks()
        journal = Journal(tmp_path / "j.sqlite")
        scope = anyio.CancelScope()

        def cancel_once_all_are_waiting(progress: Progress) -> None:
            if progress.submitted == 40:  # every chunk accepted, every waiter polling (batch_delay is an hour)
                scope.cancel()

        with scope:
            async with amili.autocollect.invoices.submit_many(
                str(uuid.uuid4()), invoices(40), chunk_size=10, journal=journal, on_progress=cancel_once_all_are_waiting
            ) as run:
                await run.collect()
        assert scope.cancelled_caught
        await asyncio.sleep(0)
        assert asyncio.all_tasks() == before
        core = amili._core_ref[0]
        assert core is not None
        pool = core.retry._inner
        assert chosen_backend(pool) == http_backend
        assert connection_counts(pool)[1] == 0  # no request left in flight
        assert journal._conn is not None  # a journal the caller lent stays open: closing it is the caller's job
        await journal.aclose()
        await amili.aclose()
        assert connection_counts(pool) == (0, 0)
    assert len(requests_of(sandbox, "autocollect.invoices.create_invoices")) == 4


# -- journal, crash and resume --------------------------------------------------------------------------------------


async def test_rerun_of_finished_journal_sends_nothing(amili: AmiliClient, tmp_path: Path) -> None:
    org = str(uuid.uuid4())
    path = tmp_path / "run.sqlite"
    items = invoices(25, bad={7})
    async with amili.autocollect.invoices.submit_many(org, items, chunk_size=10, journal=path) as run:
        first = sorted(await run.collect(), key=lambda o: o.index)
    sent = len(sim(amili).requests)
    async with amili.autocollect.invoices.submit_many(org, items, chunk_size=10, journal=path) as rerun:
        second = sorted(await rerun.collect(), key=lambda o: o.index)
    assert len(sim(amili).requests) == sent
    assert second == first
    assert len(second) == 25
    assert rerun.summary.resumed_chunks == 3
    assert rerun.summary.failed == 1
    with pytest.raises(JournalMismatchError):  # other input under the same journal is refused
        async with amili.autocollect.invoices.submit_many(org, invoices(25), chunk_size=10, journal=path) as run:
            await run.collect()


class Crash(RuntimeError):
    pass


@pytest.fixture
def crash_after_post(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The process "dies" after Amili accepted a chunk but before the journal recorded the batch id."""

    async def submitted(self: Journal, *args: Any) -> None:
        raise Crash("killed between POST and journal write")

    with monkeypatch.context() as patch:
        patch.setattr(Journal, "submitted", submitted)
        yield


async def test_crash_after_submit_autocollect_reconciles_by_idempotency_key(
    amili: AmiliClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    org = str(uuid.uuid4())
    path = tmp_path / "run.sqlite"
    items = invoices(20)

    async def crash(self: Journal, *args: Any) -> None:
        raise Crash("killed between POST and journal write")

    with monkeypatch.context() as patch:
        patch.setattr(Journal, "submitted", crash)
        with pytest.raises(Crash):
            async with amili.autocollect.invoices.submit_many(
                org, items, chunk_size=10, concurrency=1, journal=path
            ) as r:
                await r.collect()
    accepted = {b.idempotency_key for b in sim(amili).state.organizations[org].batches.values()}
    assert accepted  # at least the chunk whose journal write "crashed" reached Amili
    first_run = len(sim(amili).requests)
    async with amili.autocollect.invoices.submit_many(org, items, chunk_size=10, concurrency=1, journal=path) as run:
        outcomes = await run.collect()
    assert sorted(o.index for o in outcomes) == list(range(20))
    assert all(o.ok for o in outcomes)
    lookups = requests(amili, "autocollect.batches.list_batches")
    assert lookups
    assert all("IdempotencyKey=" in r.query for r in lookups)
    state = sim(amili).state
    assert len(state.organizations[org].batches) == 2  # one per chunk, never a second one
    assert len(state.organizations[org].invoices) == 20
    assert state.duplicates["autocollect.invoice"] == 0
    # Chunks that reached Amili before the crash were never sent again (not even as an idempotent replay).
    resent = {
        r.idempotency_key
        for r in sim(amili).requests[first_run:]
        if r.operation == "autocollect.invoices.create_invoices"
    }
    assert accepted.isdisjoint(resent)
    assert state.duplicates["autocollect.idempotent_replay"] == 0


async def test_crash_after_submit_arm_reconciles_by_looking_items_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with tune(AmiliClient.sandbox(batch_delay=0)) as amili:
        await make_customers(amili)
        path = tmp_path / "run.sqlite"
        items = documents(12)

        async def crash(self: Journal, *args: Any) -> None:
            raise Crash("killed between POST and journal write")

        with monkeypatch.context() as patch:
            patch.setattr(Journal, "submitted", crash)
            with pytest.raises(Crash):
                async with amili.arm.documents.submit_many(CLIENT, items, chunk_size=12, journal=path) as r:
                    await r.collect()
        assert len(requests(amili, "arm.documents.create_documents_batch")) == 1
        async with amili.arm.documents.submit_many(CLIENT, items, chunk_size=12, journal=path) as run:
            outcomes = await run.collect()
        assert sorted(o.index for o in outcomes) == list(range(12))
        assert all(o.ok for o in outcomes)
        assert {o.message for o in outcomes} == {"already present with this run's content (reconciled)"}
        assert len(requests(amili, "arm.documents.create_documents_batch")) == 1  # nothing sent twice
        assert len(requests(amili, "arm.documents.get_document")) == 12
        assert sim(amili).state.duplicates["arm.documentNo"] == 0
        assert len(sim(amili).state.arm_clients[CLIENT].documents) == 12
        # ... and the reconciled outcomes are journalled: a third run replays them without a request.
        sent = len(sim(amili).requests)
        async with amili.arm.documents.submit_many(CLIENT, items, chunk_size=12, journal=path) as again:
            assert sorted(await again.collect(), key=lambda o: o.index) == sorted(outcomes, key=lambda o: o.index)
        assert len(sim(amili).requests) == sent


async def test_journal_work_runs_off_the_event_loop(
    amili: AmiliClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: set[int] = set()

    class Recording(sqlite3.Connection):
        def execute(self, *args: Any, **kwargs: Any) -> sqlite3.Cursor:
            threads.add(threading.get_ident())
            return super().execute(*args, **kwargs)

    connect = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect", lambda *a, **k: connect(*a, **k, factory=Recording))
    async with amili.autocollect.invoices.submit_many(
        str(uuid.uuid4()), invoices(30), chunk_size=10, journal=tmp_path / "j.sqlite"
    ) as run:
        await run.collect()
    assert threads
    assert threading.get_ident() not in threads


def test_submit_many_with_journal_under_trio(tmp_path: Path) -> None:
    async def main() -> tuple[list[ItemOutcome], int]:
        async with tune(AmiliClient.sandbox(batch_delay=0.02)) as amili:
            org = str(uuid.uuid4())
            async with amili.autocollect.invoices.submit_many(
                org, invoices(30, bad={5}), chunk_size=10, journal=tmp_path / "t.sqlite"
            ) as run:
                outcomes = await run.collect()
            return outcomes, len(sim(amili).state.organizations[org].batches)

    outcomes, batches = anyio.run(main, backend="trio")
    assert batches == 3
    assert sorted(o.index for o in outcomes) == list(range(30))
    assert [o.key for o in outcomes if not o.ok] == ["I5"]


# -- the poller, on virtual time (trio's MockClock) against a scripted batch API ----------------------------------


class ScriptedOperation(Operation[Any, Any]):
    def __init__(self, name: str, raw: Any = None, **meta: Any) -> None:
        path_params = ("clientno", "batchuuid") if raw is not None else ("clientno",)
        super().__init__(
            None,  # type: ignore[arg-type]
            OperationMeta(
                api="arm",
                tag="batches",
                name=name,
                method="GET",
                path="/",
                success=(200,),
                path_params=path_params,
                **meta,
            ),
        )
        if raw is not None:
            self.raw = raw  # type: ignore[method-assign]
            self.raw_json = raw  # type: ignore[method-assign]  # what the styles poll with


class ScriptedArm:
    """An ARM namespace whose `batches.get_batch.raw(...)` answers 202 `pending` times (with optional Retry-After),
    then 200; the write `x` names it as its poll operation (`x-amili-batch`)."""

    def __init__(self, pending: int, retry_after: str | None = None) -> None:
        self.pending = pending
        self.retry_after = retry_after
        self.polled_at: list[tuple[str, float]] = []
        self.batches = Namespace(SimpleNamespace(name="arm"))  # type: ignore[arg-type]
        self.batches.get_batch = ScriptedOperation("get_batch", self.raw)  # type: ignore[attr-defined]
        self.batches.x = ScriptedOperation(  # type: ignore[attr-defined]
            "x", batch={"style": "arm", "poll": "get_batch", "items": "items", "id_field": "batchUuid"}
        )

    async def raw(self, *, clientno: int, batchuuid: str) -> Any:
        self.polled_at.append((batchuuid, anyio.current_time()))
        done = sum(1 for b, _ in self.polled_at if b == batchuuid) > self.pending
        headers = httpx.Headers({"Retry-After": self.retry_after} if self.retry_after and not done else {})
        return SimpleNamespace(status_code=200 if done else 202, headers=headers, parsed=SimpleNamespace(items=[]))

    def times(self, batch: str = "b") -> list[float]:
        return [t for b, t in self.polled_at if b == batch]


def on_virtual_time(fn: Any) -> Any:
    return anyio.run(fn, backend="trio", backend_options={"clock": trio.testing.MockClock(autojump_threshold=0)})


def poller(api: ScriptedArm, **kwargs: Any) -> BatchPoller:
    return BatchPoller(lambda name: api, **{"jitter": 0.0, "max_polls_per_second": 1000.0, **kwargs})


def arm_handle(p: BatchPoller, batch_id: str = "b") -> BatchHandle:
    return p.handle({"api": "arm", "operation": "x", "scope": "1", "batch_id": batch_id, "item_count": 1})


def test_first_poll_after_first_delay_then_backoff_grows_to_the_cap() -> None:
    api = ScriptedArm(pending=5)

    async def main() -> float:
        p = poller(api, first_delay=1.0, factor=2.0, max_delay=5.0)
        start = anyio.current_time()
        assert (await arm_handle(p).wait(timeout=100)).state is BatchState.SUCCESS
        return start

    start = on_virtual_time(main)
    offsets = [round(t - start, 3) for t in api.times()]
    assert offsets == [1.0, 3.0, 7.0, 12.0, 17.0, 22.0]  # pauses 2, 4, then capped at 5


def test_retry_after_on_202_is_honoured() -> None:
    api = ScriptedArm(pending=2, retry_after="7")

    async def main() -> float:
        p = poller(api, first_delay=1.0, factor=2.0)
        start = anyio.current_time()
        await arm_handle(p).wait(timeout=100)
        return start

    start = on_virtual_time(main)
    assert [round(t - start, 3) for t in api.times()] == [1.0, 8.0, 15.0]


def test_polls_share_one_global_rate_bound() -> None:
    api = ScriptedArm(pending=2)

    async def main() -> None:
        p = poller(api, first_delay=0.0, factor=1.0, max_delay=0.0, max_polls_per_second=4.0)
        async with anyio.create_task_group() as tg:
            for i in range(8):
                tg.start_soon(arm_handle(p, f"b{i}").wait)

    on_virtual_time(main)
    times = sorted(t for _, t in api.polled_at)
    assert len(times) == 24
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert min(gaps) >= 0.25 - 1e-9  # 4 polls per second, across all waiters


def test_notify_completed_makes_a_waiter_poll_at_once() -> None:
    api = ScriptedArm(pending=0)

    async def main() -> tuple[float, float]:
        p = poller(api, first_delay=100.0)
        start = anyio.current_time()
        async with anyio.create_task_group() as tg:
            tg.start_soon(arm_handle(p).wait)
            await anyio.sleep(1.0)
            p.notify_completed("b")
        # A webhook that arrives before anybody waits makes the first poll immediate too.
        fresh = poller(api, first_delay=100.0)
        fresh.notify_completed("early")
        before = anyio.current_time()
        await arm_handle(fresh, "early").wait()
        return start, before

    start, before = on_virtual_time(main)
    assert api.times() == [start + 1.0]
    assert api.times("early") == [before]


def test_timeout_raises_with_handle_on_virtual_time() -> None:
    api = ScriptedArm(pending=1000)

    async def main() -> float:
        p = poller(api, first_delay=1.0, factor=2.0, max_delay=4.0)
        handle = arm_handle(p)
        start = anyio.current_time()
        with pytest.raises(BatchTimeoutError) as caught:
            await handle.wait(timeout=10)
        assert caught.value.handle is handle
        return start

    start = on_virtual_time(main)
    assert [round(t - start, 3) for t in api.times()] == [1.0, 3.0, 7.0, 10.0]  # the last poll at the deadline


async def test_arm_chunk_whose_post_fate_is_unknown_is_reconciled_not_duplicated() -> None:
    from amili import RetryPolicy
    from amili.sandbox import FaultKind, FaultRule

    amili = AmiliClient.sandbox(
        batch_delay=0,
        faults=[FaultRule(kind=FaultKind.DROP_AFTER, operation="arm.documents.create_documents_batch", times=1)],
        retry_policy=RetryPolicy(base_delay=0.001, max_delay=0.002),
    )
    async with amili:
        amili.batches.first_delay = 0.001
        sandbox = amili.simulator
        assert sandbox is not None
        await amili.arm.customers.create_customer(
            clientno=2218, body={"metadata": {"userId": "u"}, "customer": {"customerNo": "c1", "name": "A"}}
        )
        docs = [{"documentNo": f"U{i}", "customerNo": "c1", "documentType": "INVOICE"} for i in range(20)]
        async with amili.arm.documents.submit_many(2218, docs, chunk_size=10) as run:
            outcomes = [o async for o in run]
    assert sorted(o.index for o in outcomes) == list(range(20))
    assert all(o.ok for o in outcomes), [o for o in outcomes if not o.ok]
    assert [e.kind for e in sandbox.fault_log] == [FaultKind.DROP_AFTER]  # the first POST was processed, then lost
    posts = [r for r in sandbox.requests if r.operation == "arm.documents.create_documents_batch"]
    assert len(posts) == 2  # one per chunk: the lost one was reconciled by lookup, not sent again
    counts = sandbox.state.counts()
    assert counts["arm"]["2218"]["documents"] == 20
    assert not counts["duplicates"]


# -- the bulk path's costs (issue 19.5) --------------------------------------------------------------------------


def test_poll_budget_scales_with_the_batches_waited_on_and_stays_bounded() -> None:
    api = ScriptedArm(pending=3)

    async def main() -> None:
        p = poller(api, first_delay=1.0, factor=1.0, max_delay=1.0, max_polls_per_second=100.0)
        p.min_polls_per_second = 20.0
        async with anyio.create_task_group() as tg:
            for i in range(200):
                tg.start_soon(arm_handle(p, f"b{i}").wait)

    on_virtual_time(main)
    times = sorted(t for _, t in api.polled_at)
    assert len(times) == 800
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert min(gaps) >= 1 / 100 - 1e-9  # never above the ceiling
    assert len(times) / (times[-1] - times[0]) > 60  # far above the old fixed 20/s: 200 batches in flight


async def test_validated_dict_items_are_sent_without_a_model_round_trip(
    amili: AmiliClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from amili_arm.models import DocumentBatchRequest

    await make_customers(amili)

    def no_round_trip(self: Any) -> dict[str, Any]:
        raise AssertionError("the chunk's body model was dumped again")

    monkeypatch.setattr(DocumentBatchRequest, "to_dict", no_round_trip)
    items = documents(30)
    items[4] = {"customerNo": "1"}  # one invalid item: the per-item path is taken for that chunk
    async with amili.arm.documents.submit_many(CLIENT, items, chunk_size=10) as run:
        outcomes = await run.collect()
    assert sum(o.ok for o in outcomes) == 29
    sent = [i for b in sim(amili).state.arm_clients[CLIENT].batches.values() if b.kind == "documents" for i in b.items]
    assert sorted(sent, key=lambda d: int(d["documentNo"][1:])) == [d for d in items if "documentNo" in d]


async def test_finished_handles_keep_no_per_item_keys_and_reasons_are_bounded(
    amili: AmiliClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    import amili.batches.bulk as bulk

    monkeypatch.setattr(bulk, "_MAX_REASONS", 2)
    await make_customers(amili)
    items = [{"documentNo": f"X{i}", "customerNo": f"missing-{i}"} for i in range(6)] + documents(14)
    async with amili.arm.documents.submit_many(CLIENT, items, chunk_size=5) as run:
        outcomes = await run.collect()
    assert len(outcomes) == 20
    assert len(run.handles) == 4
    assert all(h.keys == () for h in run.handles)
    assert len(run.summary.by_reason) == 3
    assert sum(run.summary.by_reason.values()) == 6
    assert run.summary.by_reason["(other reasons)"] == 4
