"""Issue 32.1: a retry budget per client and API — an API that is down is not sent three times the load.

Counts are taken at a loopback server (the sandbox on a real socket), on both HTTP backends."""

from __future__ import annotations

from typing import Any

import anyio
import httpx
import pytest
from _overload_helpers import CLIENT, CUSTOMER, client, sent, served

from amili import AmiliClient, AmiliError, APIConnectionError, InternalServerError, RetryPolicy, StaticToken
from amili._overload import OverloadPolicy
from amili.sandbox import FaultKind, FaultRule

CALLS = 1000
NO_BREAKER = OverloadPolicy(breaker=False)  # the budget alone (the breaker would cut it further: test_breaker.py)


async def _storm(amili: object, calls: int) -> tuple[int, list[BaseException]]:
    ok = 0
    errors: list[BaseException] = []

    async def one() -> None:
        nonlocal ok
        try:
            await amili.arm.customers.get_customer(clientno=CLIENT, customerno="77")  # type: ignore[attr-defined]
            ok += 1
        except AmiliError as exc:
            errors.append(exc)

    with anyio.fail_after(120):  # hang guard
        async with anyio.create_task_group() as tg:
            for _ in range(calls):
                tg.start_soon(one)
    return ok, errors


async def test_an_api_that_answers_503_to_everything_gets_at_most_1_2_requests_per_call(http_backend: str) -> None:
    # Before: 3,000 requests for 1,000 calls (every call retried twice).
    rule = FaultRule(FaultKind.ERROR, 1.0, status=503, operation="arm.customers.get_customer")
    with served(faults=[rule]) as (sandbox, root):
        async with client(sandbox, root, NO_BREAKER, limits=httpx.Limits(max_connections=50)) as amili:
            ok, errors = await _storm(amili, CALLS)
        assert ok == 0 and len(errors) == CALLS
        assert all(isinstance(e, InternalServerError) and e.status_code == 503 for e in errors)
        exhausted = sum(1 for e in errors if getattr(e, "retry_budget_exhausted", False))
        requests = sent(sandbox)
    assert requests <= 1.2 * CALLS, f"{requests} requests for {CALLS} calls"
    assert exhausted >= CALLS - 100  # the rest retried (the budget's floor) and ran out of retries or budget
    assert requests > CALLS  # the floor still retries some


async def test_an_api_failing_10_percent_at_random_still_succeeds_as_before(http_backend: str) -> None:
    # Retries still happen: with 2 retries per call a 10 % failure rate loses ~0.1 % of calls, budget or not.
    rule = FaultRule(FaultKind.ERROR, 0.1, status=503, operation="arm.customers.get_customer")
    with served(faults=[], seed=7) as (sandbox, root):
        async with client(sandbox, root, limits=httpx.Limits(max_connections=50)) as amili:
            await amili.arm.customers.create_customer(clientno=CLIENT, body=CUSTOMER)
            sandbox.add_fault(rule)
            ok, errors = await _storm(amili, CALLS)
            retries = amili.retries
        requests = sent(sandbox)
    # ~1 call in 1,000 loses all 3 attempts; a retry that no longer fits its deadline on a loaded machine adds a few.
    # Without retries ~100 would fail.
    assert ok >= CALLS - 10, [repr(e) for e in errors[:5]]
    assert not any(getattr(e, "retry_budget_exhausted", False) for e in errors)
    # Every retry is sent unless its attempt timed out waiting for one of the 50 connections (a loaded machine).
    assert retries >= 50 and CALLS + 50 <= requests <= CALLS + retries


async def test_the_budget_is_per_client_core_and_views_share_it(http_backend: str) -> None:
    rule = FaultRule(FaultKind.ERROR, 1.0, status=503, operation="arm.customers.get_customer")
    policy = OverloadPolicy(breaker=False, budget_max=3)
    with served(faults=[rule]) as (sandbox, root):
        async with client(sandbox, root, policy) as amili:
            view = amili.with_options(max_retries=5)
            for target in (view, amili, view):
                with pytest.raises(InternalServerError):
                    await target.arm.customers.get_customer(clientno=CLIENT, customerno="77")
            with pytest.raises(InternalServerError) as caught:
                await view.arm.customers.get_customer(clientno=CLIENT, customerno="77")
        assert caught.value.retry_budget_exhausted
        # 3 retries in all (the budget of the owner's core, shared by its view), then first attempts only.
        assert sent(sandbox) == 4 + 3


async def test_a_success_refills_the_budget(http_backend: str) -> None:
    policy = OverloadPolicy(breaker=False, budget_max=2, budget_ratio=0.5)
    with served() as (sandbox, root):
        async with client(sandbox, root, policy) as amili:
            await amili.arm.customers.create_customer(clientno=CLIENT, body=CUSTOMER)  # +0.5: still 2 (full)
            sandbox.add_fault(FaultRule(FaultKind.ERROR, 1.0, status=503, operation="arm.customers.get_customer"))
            with pytest.raises(InternalServerError) as caught:
                await amili.arm.customers.get_customer(clientno=CLIENT, customerno="77")
            assert caught.value.retry_budget_exhausted is False  # 2 retries, out of retries (budget now 0)
            with pytest.raises(InternalServerError) as caught:
                await amili.arm.customers.get_customer(clientno=CLIENT, customerno="77")
            assert caught.value.retry_budget_exhausted is True  # no retry: the budget is empty
            assert sent(sandbox) == 3 + 1
            sandbox.clear_faults()
            for _ in range(2):  # two successes: +1 token
                await amili.arm.customers.get_customer(clientno=CLIENT, customerno="77")
            sandbox.add_fault(FaultRule(FaultKind.ERROR, 1.0, status=503, operation="arm.customers.get_customer"))
            with pytest.raises(InternalServerError) as caught:
                await amili.arm.customers.get_customer(clientno=CLIENT, customerno="77")
            assert caught.value.retry_budget_exhausted is True  # one retry, then empty again
        assert sent(sandbox) == 4 + 2 + 2


def _closed_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_a_connection_failure_past_the_budget_is_raised_at_once_and_says_so(
    run: Any, http_backend: str, request: pytest.FixtureRequest
) -> None:
    # Nothing listens: every attempt fails to connect (nothing sent, so even writes may be retried) — 1 retry in all.
    if http_backend == "aiohttp" and "trio" in request.node.name:
        pytest.skip("aiohttp runs on asyncio only (trio runs with httpx's pool)")
    policy = OverloadPolicy(breaker=False, budget_max=1)

    async def main() -> list[APIConnectionError]:
        retry = RetryPolicy(base_delay=0.001, max_delay=0.002, overload=policy)
        root = f"http://127.0.0.1:{_closed_port()}/arm"
        errors = []
        async with AmiliClient(
            environment="staging", token_provider=StaticToken("t"), base_urls={"arm": root}, retry_policy=retry
        ) as amili:
            for _ in range(2):
                with pytest.raises(APIConnectionError) as caught:
                    await amili.arm.customers.get_customer(clientno=CLIENT, customerno="77")
                errors.append(caught.value)
            assert amili.retries == 1
        return errors

    first, second = run(main)
    assert first.retry_budget_exhausted and second.retry_budget_exhausted  # both stopped by the empty budget
