"""Chaos: 5,000 ARM documents and 5,000 AutoCollect invoices through submit_many with 20 % injected faults.

Afterwards the sandbox holds every item exactly once and every item has exactly one outcome.
"""

from __future__ import annotations

import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import anyio
import anyio.lowlevel
import httpx
import pytest
from _reliability_helpers import (
    CLIENTNO,
    FAST_RETRIES,
    TimeoutAfter,
    documents,
    fast_polling,
    invoices,
    seed_customers,
)

from amili import AmiliClient, PermissionDeniedError
from amili._transports import chosen_backend
from amili.batches import SettlePolicy
from amili.sandbox import FaultKind, FaultRule, Sandbox, SandboxConfig

N = 5000
SEED = 20240611

# Idempotent traffic: every GET (polls, lookups) and AutoCollect's writes, which carry an IdempotencyKey.
IDEMPOTENT = [
    {"method": "GET"},
    {"method": "POST", "path": "/collection/v1/*"},
]


def absorbable_faults() -> list[FaultRule]:
    """20 % of requests get a fault the SDK must absorb inside one call (no rerun): 503/429 anywhere (never
    processed), other 5xx, drops, slow answers that time out and failures after processing only where a retry is
    safe; the token expires on the server every 25th request."""
    rules = [
        FaultRule(FaultKind.ERROR, 0.07, status=503),
        FaultRule(FaultKind.RATE_LIMIT, 0.06, retry_after=0),
    ]
    for where in IDEMPOTENT:
        rules += [
            FaultRule(FaultKind.ERROR, 0.02, status=502, **where),
            FaultRule(FaultKind.DROP, 0.02, **where),
            FaultRule(FaultKind.LATENCY, 0.02, latency=0.5, **where),
            FaultRule(FaultKind.ERROR_AFTER, 0.02, **where),
            FaultRule(FaultKind.DROP_AFTER, 0.01, **where),
        ]
    # Each kind also fires once at a fixed point, so the assertion that every kind happened never depends on luck.
    for i, kind in enumerate([FaultKind.DROP, FaultKind.LATENCY, FaultKind.ERROR_AFTER, FaultKind.DROP_AFTER]):
        rules.append(FaultRule(kind, 1.0, method="GET", after=5 + 7 * i, times=1, latency=0.5))
    # Server-side token expiry at fixed request counts. Not random: a second expiry that lands while the refreshed
    # request is in flight makes its replay fail with 401 too, which by design (refresh once, replay once) raises.
    rules += [FaultRule(FaultKind.EXPIRE_TOKEN, 1.0, after=70 * k, times=1) for k in range(1, 8)]
    return rules


def assert_exactly_once(outcomes: list[Any], n: int) -> None:
    counts = Counter(o.index for o in outcomes)
    assert sorted(counts) == list(range(n))
    assert max(counts.values()) == 1
    failed = [o for o in outcomes if not o.ok]
    assert failed == []


def test_chaos_one_run_absorbs_faults() -> None:
    async def main() -> None:
        sandbox = Sandbox(SandboxConfig(seed=SEED))
        transport = TimeoutAfter(sandbox.transport(), 0.4, only_idempotent=True)
        async with AmiliClient(sandbox=sandbox, transport=transport, retry_policy=FAST_RETRIES) as amili:
            fast_polling(amili)
            await seed_customers(amili)
            for rule in absorbable_faults():
                sandbox.add_fault(rule)
            org = str(uuid.uuid4())
            async with amili.arm.documents.submit_many(CLIENTNO, documents(N), chunk_size=100) as run:
                arm_outcomes = [o async for o in run]
            async with amili.autocollect.invoices.submit_many(org, invoices(N), chunk_size=100) as run:
                ac_outcomes = [o async for o in run]
            retries = amili.retries

        assert_exactly_once(arm_outcomes, N)
        assert_exactly_once(ac_outcomes, N)
        counts = sandbox.state.counts()
        assert counts["arm"][str(CLIENTNO)]["documents"] == N
        assert counts["autocollect"][org]["invoices"] == N
        assert counts["duplicates"].get("arm.documentNo", 0) == 0
        assert counts["duplicates"].get("autocollect.invoice", 0) == 0
        # The faults really happened: about 20 % of all requests, every kind.
        fired = Counter(e.kind for e in sandbox.fault_log)
        assert set(fired) == {
            FaultKind.ERROR,
            FaultKind.RATE_LIMIT,
            FaultKind.DROP,
            FaultKind.LATENCY,
            FaultKind.ERROR_AFTER,
            FaultKind.DROP_AFTER,
            FaultKind.EXPIRE_TOKEN,
        }
        # ~13 % of ARM's batch POSTs (503/429 only), ~23 % of everything else.
        assert sum(fired.values()) >= 0.12 * len(sandbox.requests)
        assert transport.timeouts > 0
        assert retries > 0
        assert sandbox.violations == []

    anyio.run(main)


def full_faults() -> list[FaultRule]:
    """20 %, every kind on every route, including failures after processing of ARM's non-idempotent batch POST."""
    return [
        FaultRule(FaultKind.ERROR, 0.04, status=503),
        FaultRule(FaultKind.ERROR, 0.02, status=500),
        FaultRule(FaultKind.RATE_LIMIT, 0.03, retry_after=0),
        FaultRule(FaultKind.DROP, 0.03),
        FaultRule(FaultKind.LATENCY, 0.02, latency=0.5),
        FaultRule(FaultKind.ERROR_AFTER, 0.02),
        FaultRule(FaultKind.DROP_AFTER, 0.02),
        FaultRule(FaultKind.EXPIRE_TOKEN, 0.02),
    ]


async def _until_done(make_run: Any, attempts: int = 25) -> tuple[list[Any], int]:
    """Rerun with the same journal until a run completes (the documented recovery after a failed run).

    Each attempt runs in its own task so a failed run cannot leave the caller's task cancelled."""
    for attempt in range(1, attempts + 1):
        outcomes: list[Any] = []

        async def one() -> None:
            async with make_run() as run:
                outcomes.extend([o async for o in run])  # noqa: B023

        try:
            async with anyio.create_task_group() as tg:
                tg.start_soon(one)
        except BaseException as exc:
            if isinstance(exc, KeyboardInterrupt):
                raise
            continue
        return outcomes, attempt
    raise AssertionError(f"no run completed in {attempts} attempts")


@pytest.mark.slow
def test_chaos_all_faults_with_journal_reruns(tmp_path: Path) -> None:
    async def main() -> None:
        sandbox = Sandbox(SandboxConfig(seed=SEED + 1))
        transport = TimeoutAfter(sandbox.transport(), 0.4)
        async with AmiliClient(sandbox=sandbox, transport=transport, retry_policy=FAST_RETRIES) as amili:
            fast_polling(amili)
            await seed_customers(amili)
            for rule in full_faults():
                sandbox.add_fault(rule)
            org = str(uuid.uuid4())
            docs, invs = documents(N), invoices(N)
            journal = tmp_path / "journal.sqlite"
            # ARM's 500 *before* processing looks like one after it: an absent chunk is resent only by opting in
            # (the sandbox processes at once, so a short settle window finds whatever it accepted).
            settle = SettlePolicy(window=0.5, first_delay=0.05)
            arm_outcomes, _ = await _until_done(
                lambda: amili.arm.documents.submit_many(
                    CLIENTNO, docs, chunk_size=100, journal=journal, settle=settle, resend_on_absence=True
                )
            )
            ac_outcomes, _ = await _until_done(
                lambda: amili.autocollect.invoices.submit_many(org, invs, chunk_size=100, journal=journal)
            )
        assert_exactly_once(arm_outcomes, N)
        assert_exactly_once(ac_outcomes, N)
        counts = sandbox.state.counts()
        assert counts["arm"][str(CLIENTNO)]["documents"] == N
        assert counts["autocollect"][org]["invoices"] == N
        assert counts["duplicates"].get("arm.documentNo", 0) == 0
        assert counts["duplicates"].get("autocollect.invoice", 0) == 0

    anyio.run(main)


def test_rejected_chunk_fails_its_items_and_other_errors_surface_as_themselves() -> None:
    async def main() -> None:
        rule = FaultRule(FaultKind.ERROR, 1.0, status=400, operation="arm.documents.create_documents_batch")
        async with AmiliClient.sandbox(faults=[rule], max_retries=0) as amili:
            fast_polling(amili)
            async with amili.arm.documents.submit_many(CLIENTNO, documents(10), chunk_size=5) as run:
                outcomes = [o async for o in run]
            assert sorted(o.index for o in outcomes) == list(range(10))  # a 400 fails its items, the run goes on
            assert not any(o.ok for o in outcomes)
            assert all("rejected" in (o.message or "") for o in outcomes)

        forbidden = FaultRule(FaultKind.ERROR, 1.0, status=403, operation="arm.documents.create_documents_batch")
        async with AmiliClient.sandbox(faults=[forbidden], max_retries=0) as amili:
            fast_polling(amili)
            with pytest.raises(PermissionDeniedError):  # the real error, not a CancelledError or a group
                async with amili.arm.documents.submit_many(CLIENTNO, documents(10), chunk_size=5) as run:
                    [o async for o in run]
            await anyio.lowlevel.checkpoint()  # the caller's task is not left cancelled

    anyio.run(main)


N_LOOPBACK = 500


def test_chaos_over_loopback_absorbs_faults_on_each_backend(http_backend: str) -> None:
    """The same absorbable faults over real sockets (uvicorn on 127.0.0.1), so drops and timeouts come from the
    sending transport under test: every item exactly once, no duplicate write on either backend."""

    async def main() -> None:
        sandbox = Sandbox(SandboxConfig(seed=SEED + 2))
        with sandbox.run_in_thread() as root:
            async with AmiliClient(
                *sandbox.credentials,
                base_urls=sandbox.base_urls(root),
                retry_policy=FAST_RETRIES,
                timeout=httpx.Timeout(10.0, read=0.4),
            ) as amili:
                fast_polling(amili)
                await seed_customers(amili)
                for rule in absorbable_faults():
                    sandbox.add_fault(rule)
                org = str(uuid.uuid4())
                async with amili.arm.documents.submit_many(CLIENTNO, documents(N_LOOPBACK), chunk_size=25) as run:
                    arm_outcomes = [o async for o in run]
                async with amili.autocollect.invoices.submit_many(org, invoices(N_LOOPBACK), chunk_size=25) as run:
                    ac_outcomes = [o async for o in run]
                assert chosen_backend(amili._core().retry._inner) == http_backend
                retries = amili.retries

        assert_exactly_once(arm_outcomes, N_LOOPBACK)
        assert_exactly_once(ac_outcomes, N_LOOPBACK)
        counts = sandbox.state.counts()
        assert counts["arm"][str(CLIENTNO)]["documents"] == N_LOOPBACK
        assert counts["autocollect"][org]["invoices"] == N_LOOPBACK
        assert counts["duplicates"].get("arm.documentNo", 0) == 0
        assert counts["duplicates"].get("autocollect.invoice", 0) == 0
        fired = Counter(e.kind for e in sandbox.fault_log)
        assert {FaultKind.DROP, FaultKind.DROP_AFTER, FaultKind.LATENCY, FaultKind.EXPIRE_TOKEN} <= set(fired)
        assert retries > 0
        assert sandbox.violations == []

    anyio.run(main)
