"""Issue 24.1: absence is not proof while the server may still be processing.

After an ARM documents POST whose fate is unknown (a 500 after processing, a dropped connection, a worker killed
with the POST in flight) Amili may have *queued* the batch without processing it (sandbox `batch_delay`): a lookup
then finds nothing. The engine keeps looking during the settle window (`SettlePolicy`) and never sends such a chunk
again on absence alone; what is still absent when the window runs out is `UNKNOWN_FATE`, left open in the journal,
and a later run settles it. Every assertion counts the documents POSTed at the sandbox (`sandbox.requests`), never
relying on the sandbox refusing a duplicate `documentNo`.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import anyio
import pytest
from _batch_helpers import FAST, fast_client

from amili import AmiliClient
from amili.batches import OutcomeStatus, SettlePolicy
from amili.errors import JournalStorageError
from amili.journal import ChunkState, JournalStore, MemoryJournal, PostgresJournal, SQLiteJournal
from amili.sandbox import FaultKind, FaultRule, Sandbox, SandboxConfig
from amili.sandbox.arm import Arm

HERE = Path(__file__).resolve().parent
CLIENT = 2218
DOCS = "arm.documents.create_documents_batch"
QUICK = SettlePolicy(window=0.3, first_delay=0.05, max_delay=0.1)
"""A settle window far shorter than the sandbox's processing delay: the items are still queued when it ends."""


def posted(sandbox: Sandbox, operation: str = DOCS, items: str = "documents", key: str = "documentNo") -> Counter[str]:
    """How often each item was POSTed, read from the request bodies the sandbox recorded."""
    counts: Counter[str] = Counter()
    for record in sandbox.requests:
        if record.operation == operation and record.method == "POST":
            counts.update(str(item[key]) for item in json.loads(record.body)[items])
    return counts


def documents(n: int, prefix: str = "D") -> list[dict[str, Any]]:
    return [{"documentNo": f"{prefix}{i}", "customerNo": str(i % 3), "documentType": "INVOICE"} for i in range(n)]


def seed(sandbox: Sandbox) -> None:
    """The customers the documents belong to, straight into the sandbox's state (no batch to wait for)."""
    customers = sandbox.state.arm_client(CLIENT).customers
    for i in range(3):
        customers[str(i)] = {"customerNo": str(i), "name": f"C{i}", "accountNo": 500 + i, "clientNo": CLIENT}


def loopback_client(sandbox: Sandbox, root: str) -> AmiliClient:
    amili = AmiliClient(*sandbox.credentials, base_urls=sandbox.base_urls(root), retry_policy=FAST)
    amili.batches.first_delay = 0.01
    amili.batches.max_delay = 0.05
    return amili


async def until(condition: Any, what: str, timeout: float = 15.0) -> None:
    """Wait for the sandbox to reach a state; fail at once (with `what`) when it does not within `timeout`."""
    with anyio.fail_after(timeout):
        while not condition():  # noqa: ASYNC110 - the sandbox has no event to wait on
            await anyio.sleep(0.02)


async def processed(sandbox: Sandbox, n: int) -> None:
    """Let the in-process sandbox process its due batches until it holds `n` documents (fail fast otherwise)."""
    with anyio.fail_after(15):
        while len(sandbox.state.arm_clients[CLIENT].documents) < n:
            await sandbox.process_due()
            await anyio.sleep(0.05)


# -- in-run: the batch is queued, not processed, when the engine first looks ---------------------------------------


@pytest.mark.parametrize("kind", [FaultKind.ERROR_AFTER, FaultKind.DROP_AFTER])
@pytest.mark.amili_sandbox(batch_delay=3.0)
async def test_documents_queued_behind_a_lost_answer_are_found_not_sent_twice(
    served_sandbox: tuple[Sandbox, str], http_backend: str, kind: FaultKind
) -> None:
    # Before: 10 of 10 documents POSTed twice (the first lookups came back 404 while the batch was queued).
    sandbox, root = served_sandbox
    async with loopback_client(sandbox, root) as amili:
        seed(sandbox)
        sandbox.add_fault(FaultRule(kind, operation=DOCS, times=1))
        async with amili.arm.documents.submit_many(CLIENT, documents(10), chunk_size=10) as run:
            outcomes = sorted(await run.collect(), key=lambda o: o.index)
        assert amili.options.http_backend == http_backend
    assert [e.kind for e in sandbox.fault_log] == [kind]
    assert posted(sandbox) == Counter({f"D{i}": 1 for i in range(10)})  # each document POSTed once
    assert all(o.status == OutcomeStatus.SUCCESS for o in outcomes), outcomes
    assert all(o.ids.get("referenceNo") and o.ids.get("documentNo") == f"D{o.index}" for o in outcomes)
    assert run.summary.unknown_fate == run.summary.unsettled == 0


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_in_process_documents_queued_behind_a_lost_answer_are_found_on_each_event_loop(backend: str) -> None:
    async def main() -> None:
        sandbox = Sandbox(SandboxConfig(batch_delay=2.5))
        seed(sandbox)
        sandbox.add_fault(FaultRule(FaultKind.ERROR_AFTER, operation=DOCS, times=1))
        async with (
            fast_client(sandbox) as amili,
            amili.arm.documents.submit_many(CLIENT, documents(10), chunk_size=5, concurrency=2) as run,
        ):
            outcomes = await run.collect()
        assert posted(sandbox) == Counter({f"D{i}": 1 for i in range(10)})
        assert sorted(o.index for o in outcomes) == list(range(10))
        assert all(o.status == OutcomeStatus.SUCCESS for o in outcomes), outcomes

    anyio.run(main, backend=backend)


@pytest.mark.amili_sandbox(batch_delay=3.0)
async def test_autocollect_invoices_queued_behind_a_lost_answer_are_found_by_key_not_posted_again(
    served_sandbox: tuple[Sandbox, str], http_backend: str
) -> None:
    # The neighbour style: the batch is listed (QUEUED) under the chunk's own idempotency key at once.
    sandbox, root = served_sandbox
    org = str(uuid.uuid4())
    invoices = [{"invoiceNumber": f"I{i}", "type": "NOTICE", "originalInvoiceAmount": 10 + i} for i in range(6)]
    sandbox.add_fault(FaultRule(FaultKind.DROP_AFTER, operation="autocollect.invoices.create_invoices", times=1))
    async with loopback_client(sandbox, root) as amili:
        async with amili.autocollect.invoices.submit_many(org, invoices, chunk_size=6) as run:
            outcomes = await run.collect()
        assert amili.options.http_backend == http_backend
    # The retry engine repeats the POST under the same IdempotencyKey (Amili deduplicates by it): every invoice was
    # sent under one key only, i.e. as one request to Amili, and exists once.
    keys: dict[str, set[str | None]] = {}
    for record in sandbox.requests:
        if record.operation == "autocollect.invoices.create_invoices":
            for item in json.loads(record.body)["invoices"]:
                keys.setdefault(item["invoiceNumber"], set()).add(record.idempotency_key)
    assert {number: len(k) for number, k in keys.items()} == {f"I{i}": 1 for i in range(6)}
    assert all(None not in k for k in keys.values())
    numbers = Counter(i["invoiceNumber"] for i in sandbox.state.organizations[org].invoices.values())
    assert numbers == Counter({f"I{i}": 1 for i in range(6)})
    assert all(o.status == OutcomeStatus.SUCCESS and o.ids.get("invoiceId") for o in outcomes), outcomes


@pytest.mark.amili_sandbox(batch_delay=3.0)
async def test_the_opt_in_resends_what_is_absent_when_the_window_ends(amili_sandbox: Sandbox) -> None:
    # resend_on_absence=True is the old behaviour, now explicit: absent after the window → sent again; the
    # server's "already exists" for the run's own queued write is then verified by content (SUCCESS).
    sandbox = amili_sandbox
    async with fast_client(sandbox) as amili:
        seed(sandbox)
        sandbox.add_fault(FaultRule(FaultKind.ERROR_AFTER, operation=DOCS, times=1))
        async with amili.arm.documents.submit_many(
            CLIENT, documents(6), chunk_size=6, settle=QUICK, resend_on_absence=True
        ) as run:
            outcomes = await run.collect()
    assert posted(sandbox) == Counter({f"D{i}": 2 for i in range(6)})
    assert all(o.ok for o in outcomes), outcomes
    assert len(sandbox.state.arm_clients[CLIENT].documents) == 6


@pytest.mark.amili_sandbox(batch_delay=3.0)
async def test_items_missing_when_the_window_ends_are_unknown_and_never_resent(amili_sandbox: Sandbox) -> None:
    sandbox = amili_sandbox
    async with fast_client(sandbox) as amili:
        seed(sandbox)
        sandbox.add_fault(FaultRule(FaultKind.DROP_AFTER, operation=DOCS, times=1))
        async with amili.arm.documents.submit_many(CLIENT, documents(6), chunk_size=6, settle=QUICK) as run:
            outcomes = await run.collect()
        assert posted(sandbox) == Counter({f"D{i}": 1 for i in range(6)})
        assert sorted(o.index for o in outcomes) == list(range(6))
        assert {o.status for o in outcomes} == {OutcomeStatus.UNKNOWN_FATE}
        assert not any(o.ok for o in outcomes)
        assert "settle window" in (outcomes[0].message or "")
        assert (run.summary.unknown_fate, run.summary.unsettled, run.summary.succeeded) == (6, 6, 0)
        # The batch really was accepted: it is processed after the run gave up looking; nothing was sent again.
        await processed(sandbox, 6)
    assert posted(sandbox) == Counter({f"D{i}": 1 for i in range(6)})


@pytest.mark.amili_sandbox(batch_delay=0)
async def test_a_chunk_never_accepted_is_unknown_too_unless_the_caller_opts_in(amili_sandbox: Sandbox) -> None:
    # A 500 before processing looks exactly like a 500 after it: without the opt-in nothing is resent, and the
    # items are UNKNOWN_FATE (honest), not FAILED and not SUCCESS.
    sandbox = amili_sandbox
    async with fast_client(sandbox) as amili:
        seed(sandbox)
        sandbox.add_fault(FaultRule(FaultKind.ERROR, status=500, operation=DOCS, times=1))
        async with amili.arm.documents.submit_many(CLIENT, documents(4), chunk_size=4, settle=QUICK) as run:
            outcomes = await run.collect()
        assert {o.status for o in outcomes} == {OutcomeStatus.UNKNOWN_FATE}
        sandbox.add_fault(FaultRule(FaultKind.ERROR, status=500, operation=DOCS, times=1))
        async with amili.arm.documents.submit_many(
            CLIENT, documents(4, "E"), chunk_size=4, settle=QUICK, resend_on_absence=True
        ) as run:
            opted = await run.collect()
    assert all(o.ok for o in opted)
    assert posted(sandbox) == Counter({**{f"D{i}": 1 for i in range(4)}, **{f"E{i}": 2 for i in range(4)}})
    assert set(sandbox.state.arm_clients[CLIENT].documents) == {f"E{i}" for i in range(4)}


@pytest.mark.amili_sandbox(batch_delay=60.0)
async def test_leaving_the_run_while_it_looks_does_not_wait_out_the_window(amili_sandbox: Sandbox) -> None:
    # Looking is only reading: a stop ends it at once (the chunk stays `submitting`; a rerun reconciles it).
    sandbox = amili_sandbox

    def lookups() -> int:
        return sum(1 for r in sandbox.requests if r.operation == "arm.documents.get_document")

    async with fast_client(sandbox) as amili:
        seed(sandbox)
        sandbox.add_fault(FaultRule(FaultKind.ERROR_AFTER, operation=DOCS, times=1))

        async def drive() -> None:
            settle = SettlePolicy(window=45.0, first_delay=0.05)
            async with amili.arm.documents.submit_many(CLIENT, documents(3), chunk_size=3, settle=settle) as run:
                await run.collect()
            raise AssertionError("the run ended before it was stopped")

        with anyio.fail_after(10):  # hang guard: the window is 45 s, the batch is processed after 60 s
            async with anyio.create_task_group() as tg:
                tg.start_soon(drive)
                await until(lambda: lookups() >= 3, "the engine looks the documents up")
                tg.cancel_scope.cancel()
    assert posted(sandbox) == Counter({f"D{i}": 1 for i in range(3)})


# -- on resume: the previous run stopped with the POST accepted but not journalled --------------------------------


class LosesTheBatchId:
    """The caller's journal, failing to record the first accepted batch (disk full right after the POST): the
    chunk stays `submitting` while Amili holds the batch, queued."""

    def __init__(self, store: JournalStore) -> None:
        self._store = store
        self.failed = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    async def submitted(self, run: str, index: int, batch_id: str, handle: dict[str, Any]) -> None:
        if not self.failed:
            self.failed += 1
            raise JournalStorageError("disk full (test)")
        await self._store.submitted(run, index, batch_id, handle)


@pytest.mark.parametrize("api", ["arm", "autocollect"])
@pytest.mark.amili_sandbox(batch_delay=2.0)
async def test_a_rerun_finds_the_queued_batch_of_a_run_that_stopped_after_sending(
    http_backend: str, store: JournalStore, api: str, amili_sandbox: Sandbox
) -> None:
    # Before (ARM): the rerun looked the documents up while the batch was queued and sent all of them again.
    sandbox = amili_sandbox
    seed(sandbox)
    org = str(uuid.uuid4())
    if api == "arm":
        items, operation, field, key = documents(8), DOCS, "documents", "documentNo"
    else:
        operation, field, key = "autocollect.invoices.create_invoices", "invoices", "invoiceNumber"
        items = [{"invoiceNumber": f"I{i}", "type": "NOTICE", "originalInvoiceAmount": 10 + i} for i in range(8)]
    journal = LosesTheBatchId(store)
    with sandbox.run_in_thread() as root:
        async with loopback_client(sandbox, root) as amili:
            namespace: Any = amili.arm.documents if api == "arm" else amili.autocollect.invoices
            scope: Any = CLIENT if api == "arm" else org
            with pytest.raises(JournalStorageError):
                async with namespace.submit_many(scope, items, chunk_size=8, journal=journal, run_name="r") as run:
                    await run.collect()
            assert posted(sandbox, operation, field, key) == Counter({item[key]: 1 for item in items})
            record = await store.get("r", 0)
            assert record is not None and record.state == ChunkState.SUBMITTING
            async with namespace.submit_many(scope, items, chunk_size=8, journal=journal, run_name="r") as rerun:
                outcomes = await rerun.collect()
            assert amili.options.http_backend == http_backend
    assert posted(sandbox, operation, field, key) == Counter({item[key]: 1 for item in items})
    assert sorted(o.index for o in outcomes) == list(range(8))
    assert all(o.status == OutcomeStatus.SUCCESS for o in outcomes), outcomes
    record = await store.get("r", 0)
    assert record is not None and record.state == ChunkState.DONE


async def unsettled_then_settled(journal: JournalStore) -> None:
    """Run 1 gives up looking before Amili processed the batch (UNKNOWN_FATE, chunk left open); once the batch is
    processed, run 2 on the same journal settles every item without a POST; run 3 replays. The batch waits 3 s, ten
    times the settle window, so a loaded machine cannot make the window outlast it."""
    sandbox = Sandbox(SandboxConfig(batch_delay=3.0))
    seed(sandbox)
    items = documents(12)
    async with fast_client(sandbox) as amili:
        sandbox.add_fault(FaultRule(FaultKind.DROP_AFTER, operation=DOCS, times=1))
        async with amili.arm.documents.submit_many(
            CLIENT, items, chunk_size=6, journal=journal, run_name="r", settle=QUICK
        ) as run:
            first = {o.index: o for o in await run.collect()}
        unknown = sorted(i for i, o in first.items() if o.status == OutcomeStatus.UNKNOWN_FATE)
        assert len(unknown) == 6  # one chunk's POST lost its answer; the other chunk is known
        assert run.summary.unsettled == 6
        lost = unknown[0] // 6
        assert [(await journal.get("r", i)).state for i in (0, 1)] == [  # type: ignore[union-attr]
            ChunkState.SUBMITTING if i == lost else ChunkState.DONE for i in (0, 1)
        ]
        await processed(sandbox, 12)

        async with amili.arm.documents.submit_many(CLIENT, items, chunk_size=6, journal=journal, run_name="r") as run:
            second = {o.index: o for o in await run.collect()}
        assert sorted(second) == list(range(12))
        assert all(o.status == OutcomeStatus.SUCCESS for o in second.values()), second
        assert all(second[i].ids.get("referenceNo") for i in unknown)
        assert run.summary.resumed_chunks == 2
        assert [(await journal.get("r", i)).state for i in (0, 1)] == [ChunkState.DONE] * 2  # type: ignore[union-attr]

        before = len(sandbox.requests)
        async with amili.arm.documents.submit_many(CLIENT, items, chunk_size=6, journal=journal, run_name="r") as run:
            third = await run.collect()
        assert all(o.ok for o in third)
        assert len(sandbox.requests) == before  # replayed from the journal
    assert posted(sandbox) == Counter({d["documentNo"]: 1 for d in items})


async def test_a_later_run_settles_what_the_window_left_unknown(store: JournalStore) -> None:
    await unsettled_then_settled(store)


@pytest.mark.parametrize("kind", ["memory", "sqlite"])
def test_a_later_run_settles_what_the_window_left_unknown_on_trio(tmp_path: Path, kind: str) -> None:
    async def main() -> None:
        journal = MemoryJournal() if kind == "memory" else SQLiteJournal(tmp_path / "j.sqlite")
        try:
            await unsettled_then_settled(journal)
        finally:
            await journal.aclose()

    anyio.run(main, backend="trio")


# -- on resume after SIGKILL: the worker died with the POST in flight ---------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("journal_kind", ["sqlite", "postgres"])
def test_a_worker_killed_with_the_post_in_flight_is_resumed_without_a_second_post(
    tmp_path: Path,
    http_backend: str,
    journal_kind: str,
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The run: 148-200 of 600 documents POSTed twice on resume. Here one chunk of 60: the worker is killed
    # while its POST is in flight, after Amili accepted it (queued for 5 s) and before the answer arrived.
    n = 60
    original = Arm.create_batch

    async def slow_answer(self: Arm, http: Any) -> Any:
        response = await original(self, http)
        await anyio.sleep(1.5)  # accepted and queued; the answer is still on its way when the worker dies
        return response

    monkeypatch.setattr(Arm, "create_batch", slow_answer)
    # built after the patch above: the sandbox binds its handlers when it is built
    sandbox = Sandbox(SandboxConfig(batch_delay=5.0))  # longer than a new worker process takes to start and look
    seed(sandbox)
    journal = str(tmp_path / "j.sqlite") if journal_kind == "sqlite" else request.getfixturevalue("postgres_url")
    out = tmp_path / "outcomes.json"

    async def state() -> str | None:
        store = SQLiteJournal(journal) if journal_kind == "sqlite" else PostgresJournal(journal)
        try:
            record = await store.get(f"arm.create_documents_batch:{CLIENT}", 0)  # the journal's run key
        finally:
            await store.aclose()
        return record.state if record is not None else None

    with sandbox.run_in_thread() as root:

        def child() -> subprocess.Popen[bytes]:
            env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(HERE), os.environ.get("PYTHONPATH")]))}
            args = [sys.executable, str(HERE / "_settle_child.py"), root, journal, str(n), str(out)]
            return subprocess.Popen(args, env=env, stderr=subprocess.PIPE)

        worker = child()
        deadline = time.monotonic() + 60
        while not sandbox.state.arm_client(CLIENT).batches:  # the POST was accepted; its answer is held 1.5 s
            assert worker.poll() is None, worker.communicate()[1].decode()[-2000:]
            assert time.monotonic() < deadline, "the worker never sent the chunk"
            time.sleep(0.005)
        worker.send_signal(signal.SIGKILL)
        _, stderr = worker.communicate(timeout=30)
        assert worker.returncode == -signal.SIGKILL, stderr.decode()[-2000:]
        assert not out.exists()
        assert anyio.run(state) == ChunkState.SUBMITTING  # died with the POST's fate unknown

        rerun = child()
        _, stderr = rerun.communicate(timeout=120)
        assert rerun.returncode == 0, stderr.decode()[-3000:]
    outcomes = json.loads(out.read_text())
    assert sorted(o["index"] for o in outcomes) == list(range(n))
    assert all(o["status"] == "SUCCESS" for o in outcomes), [o for o in outcomes if not o["ok"]][:3]
    assert posted(sandbox) == Counter({f"D{i}": 1 for i in range(n)})  # before: sent again by the rerun
