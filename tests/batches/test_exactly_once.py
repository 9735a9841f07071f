"""Issue 14 items 1, 2, 4 and 8 against the in-process sandbox with faults: reconciliation proves content (or resends
an upsert) instead of trusting "exists", a run's own earlier write is its success, leaving a run early stops
sending, and wait timeouts are deadlines."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import anyio
import pytest
import trio.testing

from amili import AmiliClient, RetryPolicy
from amili.batches import BatchTimeoutError, OutcomeStatus
from amili.journal import SQLiteJournal
from amili.sandbox import FaultKind, FaultRule, Sandbox, SandboxConfig

CLIENT = 2218
FAST = RetryPolicy(base_delay=0.001, max_delay=0.002)


def client(sandbox: Sandbox) -> AmiliClient:
    amili = AmiliClient(sandbox=sandbox, retry_policy=FAST)
    amili.batches.first_delay = 0.01
    amili.batches.max_delay = 0.05
    amili.batches.max_polls_per_second = 1000
    return amili


def posts(sandbox: Sandbox, operation: str) -> list[Any]:
    return [r for r in sandbox.requests if r.operation == operation]


async def seed(amili: AmiliClient, customers: list[dict[str, Any]]) -> None:
    result = await (await amili.arm.customers.submit_batch(CLIENT, customers)).wait(timeout=10)
    assert all(o.ok for o in result.outcomes)


# -- 14.1: "exists" is not "applied" ----------------------------------------------------------------------------


@pytest.mark.parametrize("kind", [FaultKind.ERROR, FaultKind.DROP])
@pytest.mark.amili_sandbox(batch_delay=0)
async def test_customer_update_run_whose_post_failed_before_processing_is_sent_not_assumed(
    kind: FaultKind, amili_sandbox: Sandbox
) -> None:
    sandbox = amili_sandbox
    async with client(sandbox) as amili:
        await seed(amili, [{"customerNo": str(i), "name": f"Old {i}"} for i in range(6)])
        sandbox.add_fault(FaultRule(kind, status=500, operation="arm.customers.create_customers_batch", times=1))
        update = [{"customerNo": str(i), "name": f"New {i}"} for i in range(6)]
        async with amili.arm.customers.submit_many(CLIENT, update, chunk_size=6) as run:
            outcomes = await run.collect()
    assert [e.kind for e in sandbox.fault_log] == [kind]  # the first POST was never processed
    assert sorted(o.index for o in outcomes) == list(range(6))
    assert all(o.ok for o in outcomes), outcomes
    customers = sandbox.state.arm_clients[CLIENT].customers
    assert {customers[str(i)]["name"] for i in range(6)} == {f"New {i}" for i in range(6)}  # the update was applied
    assert (
        len(posts(sandbox, "arm.customers.create_customers_batch")) == 3
    )  # seed, the lost one, the resend (an upsert)


@pytest.mark.amili_sandbox(batch_delay=0)
async def test_documents_existing_with_other_content_are_unknown_fate_not_success(amili_sandbox: Sandbox) -> None:
    sandbox = amili_sandbox
    async with client(sandbox) as amili:
        await seed(amili, [{"customerNo": "1", "name": "A"}])
        earlier = [{"documentNo": f"D{i}", "customerNo": "1", "documentType": "CREDITNOTE"} for i in range(3)]
        same = [{"documentNo": f"S{i}", "customerNo": "1", "documentType": "INVOICE"} for i in range(2)]
        result = await (await amili.arm.documents.submit_batch(CLIENT, earlier + same)).wait(timeout=10)
        assert all(o.ok for o in result.outcomes)
        sandbox.add_fault(
            FaultRule(FaultKind.ERROR, status=500, operation="arm.documents.create_documents_batch", times=1)
        )
        ours = [{**d, "documentType": "INVOICE"} for d in earlier] + same
        async with amili.arm.documents.submit_many(CLIENT, ours, chunk_size=5) as run:
            outcomes = {o.index: o for o in await run.collect()}
    assert {i: outcomes[i].status for i in range(3)} == dict.fromkeys(range(3), OutcomeStatus.UNKNOWN_FATE)
    assert not any(outcomes[i].ok for i in range(3))
    assert "unknown fate" in (outcomes[0].message or "")
    assert all(outcomes[i].ok and outcomes[i].ids.get("referenceNo") for i in (3, 4))  # identical content: applied
    assert run.summary.unknown_fate == 3
    docs = sandbox.state.arm_clients[CLIENT].documents
    assert {docs[f"D{i}"]["documentType"] for i in range(3)} == {"CREDITNOTE"}


@pytest.mark.amili_sandbox(batch_delay=0)
async def test_customer_update_batch_whose_post_was_dropped_is_resent_and_applied(amili_sandbox: Sandbox) -> None:
    # The neighbour of the create run: PUT update_customers_batch (`update_batch`), also idempotent by the spec.
    sandbox = amili_sandbox
    async with client(sandbox) as amili:
        await seed(amili, [{"customerNo": str(i), "name": f"Old {i}"} for i in range(4)])
        sandbox.add_fault(FaultRule(FaultKind.DROP_AFTER, operation="arm.customers.update_customers_batch", times=1))
        update = [{"customerNo": str(i), "name": f"New {i}"} for i in range(4)]
        async with amili.arm.customers.update_batch.submit_many(CLIENT, update, chunk_size=4) as run:
            outcomes = await run.collect()
    assert all(o.ok for o in outcomes)
    assert {c["name"] for c in sandbox.state.arm_clients[CLIENT].customers.values()} == {f"New {i}" for i in range(4)}
    assert len(posts(sandbox, "arm.customers.update_customers_batch")) == 2


@pytest.mark.amili_sandbox(batch_delay=0.02)
async def test_a_memory_journal_resumes_a_run_that_failed_in_the_same_process(amili_sandbox: Sandbox) -> None:
    from amili.journal import MemoryJournal

    sandbox = amili_sandbox
    org = str(uuid.uuid4())
    journal = MemoryJournal()
    items = [{"invoiceNumber": f"M{i}", "type": "NOTICE", "originalInvoiceAmount": 1 + i} for i in range(30)]
    async with client(sandbox) as amili:
        async with amili.autocollect.invoices.submit_many(org, items, chunk_size=10, journal=journal) as run:
            async for _ in run:
                break
        async with amili.autocollect.invoices.submit_many(org, items, chunk_size=10, journal=journal) as rerun:
            outcomes = await rerun.collect()
    assert sorted(o.index for o in outcomes) == list(range(30))
    assert rerun.summary.resumed_chunks >= 1
    assert len(sandbox.state.organizations[org].invoices) == 30
    assert len(sandbox.state.organizations[org].batches) == 3


# -- 14.2: a run's own earlier write is its success --------------------------------------------------------------


@pytest.mark.parametrize("resend_on_absence", [False, True])
@pytest.mark.amili_sandbox(batch_delay=1.5)
async def test_documents_created_by_this_runs_lost_attempt_are_success_with_ids(
    resend_on_absence: bool, amili_sandbox: Sandbox
) -> None:
    # The POST is processed, then answered 500; its batch is still processing when the engine first looks the items
    # up. By default the engine keeps looking (settle window) and finds them: one POST (issue 24.1). With the
    # opt-in `resend_on_absence` and a window shorter than the processing, the chunk is sent again and Amili
    # answers "already exists" for every item of the resend: the run's own earlier write, verified by content.
    from amili.batches import SettlePolicy

    sandbox = amili_sandbox
    async with client(sandbox) as amili:
        await seed(amili, [{"customerNo": "1", "name": "A"}])
        sandbox.add_fault(FaultRule(FaultKind.ERROR_AFTER, operation="arm.documents.create_documents_batch", times=1))
        docs = [{"documentNo": f"E{i}", "customerNo": "1", "documentType": "INVOICE"} for i in range(8)]
        settle = SettlePolicy(window=0.2, first_delay=0.05) if resend_on_absence else None
        async with amili.arm.documents.submit_many(
            CLIENT, docs, chunk_size=8, settle=settle, resend_on_absence=resend_on_absence
        ) as run:
            outcomes = sorted(await run.collect(), key=lambda o: o.index)
    assert len(posts(sandbox, "arm.documents.create_documents_batch")) == (2 if resend_on_absence else 1)
    assert all(o.ok and o.status == OutcomeStatus.SUCCESS for o in outcomes), outcomes
    assert all(o.ids.get("referenceNo") and o.ids.get("documentNo") == f"E{o.index}" for o in outcomes)
    assert len(sandbox.state.arm_clients[CLIENT].documents) == 8


@pytest.mark.amili_sandbox(batch_delay=0.05)
async def test_autocollect_invoices_answered_500_after_processing_are_replayed_by_key_once(
    amili_sandbox: Sandbox,
) -> None:
    sandbox = amili_sandbox
    sandbox.add_fault(FaultRule(FaultKind.ERROR_AFTER, operation="autocollect.invoices.create_invoices", times=2))
    org = str(uuid.uuid4())
    invoices = [{"invoiceNumber": f"I{i}", "type": "NOTICE", "originalInvoiceAmount": 10 + i} for i in range(20)]
    async with client(sandbox) as amili, amili.autocollect.invoices.submit_many(org, invoices, chunk_size=10) as run:
        outcomes = await run.collect()
    assert sorted(o.index for o in outcomes) == list(range(20))
    assert all(o.ok and o.ids.get("invoiceId") for o in outcomes)
    assert len(sandbox.state.organizations[org].invoices) == 20
    assert sandbox.state.duplicates["autocollect.invoice"] == 0


# -- 14.4: leaving the run stops sending -------------------------------------------------------------------------


def invoices(n: int) -> list[dict[str, Any]]:
    return [{"invoiceNumber": f"I{i}", "type": "NOTICE", "originalInvoiceAmount": 100 + i} for i in range(n)]


@pytest.mark.amili_sandbox(batch_delay=0.05)
async def test_break_out_of_the_outcomes_stops_sending_and_a_rerun_finishes_exactly_once(
    tmp_path: Path, amili_sandbox: Sandbox
) -> None:
    sandbox = amili_sandbox
    org = str(uuid.uuid4())
    path = tmp_path / "run.sqlite"
    async with client(sandbox) as amili:
        run = amili.autocollect.invoices.submit_many(org, invoices(200), chunk_size=10, concurrency=1, journal=path)
        async with run:
            async for _ in run:
                break
        sent = posts(sandbox, "autocollect.invoices.create_invoices")
        assert 1 <= len(sent) < 20  # before: __aexit__ drained the run and sent all 20 chunks
        assert len(run.handles) == len(sent)  # everything sent is known (and journalled) ...
        await anyio.sleep(0.1)
        assert len(posts(sandbox, "autocollect.invoices.create_invoices")) == len(sent)  # ... and nothing is sent later
        records = await SQLiteJournal(path).all(f"autocollect.create_invoices:{org}")
        assert {r.index for r in records} == set(range(len(sent)))
        assert all(r.batch_id for r in records)

        async with amili.autocollect.invoices.submit_many(org, invoices(200), chunk_size=10, journal=path) as rerun:
            outcomes = await rerun.collect()
    assert sorted(o.index for o in outcomes) == list(range(200))
    assert all(o.ok for o in outcomes)
    assert (
        len(posts(sandbox, "autocollect.invoices.create_invoices")) == 20
    )  # the first run's chunks were not sent again
    assert len(sandbox.state.organizations[org].invoices) == 200


@pytest.mark.amili_sandbox(batch_delay=0.05)
async def test_an_exception_in_the_loop_stops_sending_too(amili_sandbox: Sandbox) -> None:
    sandbox = amili_sandbox
    async with client(sandbox) as amili:

        async def caller_with_a_bug() -> None:
            async with amili.autocollect.invoices.submit_many(
                str(uuid.uuid4()), invoices(200), chunk_size=10, concurrency=1
            ) as run:
                async for _ in run:
                    raise KeyError("caller bug")

        with pytest.raises(KeyError):
            await caller_with_a_bug()
    assert len(posts(sandbox, "autocollect.invoices.create_invoices")) < 20


# -- 14.8: wait timeouts are deadlines (virtual time: polls that hang for 1000 s) -----------------------------------


def on_virtual_time(fn: Any) -> Any:
    return anyio.run(fn, backend="trio", backend_options={"clock": trio.testing.MockClock(autojump_threshold=0)})


def slow_polls() -> Sandbox:
    sandbox = Sandbox(SandboxConfig(batch_delay=3600))
    sandbox.add_fault(FaultRule(FaultKind.LATENCY, latency=1000.0, method="GET", path="*/batches/*"))
    return sandbox


def test_handle_wait_timeout_is_honoured_when_a_poll_hangs() -> None:
    async def main() -> tuple[float, float]:
        async with client(slow_polls()) as amili:
            amili.batches.first_delay = 0.5
            handle = await amili.autocollect.invoices.submit(str(uuid.uuid4()), invoices(2))
            start = anyio.current_time()
            with pytest.raises(BatchTimeoutError) as caught:
                await handle.wait(timeout=10)
            assert caught.value.handle == handle
            return start, anyio.current_time()

    start, end = on_virtual_time(main)
    assert end - start <= 10 + 0.5  # before: the hung poll held the caller for 1000 s


def test_submit_many_wait_timeout_is_honoured_when_a_poll_hangs() -> None:
    async def main() -> tuple[float, float]:
        async with client(slow_polls()) as amili:
            amili.batches.first_delay = 0.5
            start = anyio.current_time()
            with pytest.raises(BatchTimeoutError):
                async with amili.autocollect.invoices.submit_many(
                    str(uuid.uuid4()), invoices(30), chunk_size=10, wait_timeout=20
                ) as run:
                    await run.collect()
            return start, anyio.current_time()

    start, end = on_virtual_time(main)
    assert end - start <= 20 + 0.5 + 1  # one wait_timeout (+ one poll interval), submissions take ~no time
