"""Issue 32.3: an outage fails fast — a circuit breaker per API, half-open probes, closing on success.

Counted at a loopback server (the sandbox on a real socket), both HTTP backends; no timing assertions: "fast" is
"without contacting the server"."""

from __future__ import annotations

from typing import Any

import anyio
import pytest
from _overload_helpers import CLIENT, CUSTOMER, client, sent, served

from amili import AmiliError, APIConnectionError, APIUnavailableError, InternalServerError
from amili._overload import OverloadPolicy
from amili.sandbox import FaultKind, FaultRule

INTERVAL = 0.3
POLICY = OverloadPolicy(
    breaker_failures=5, breaker_window=0.0, breaker_interval=INTERVAL, breaker_max_interval=INTERVAL
)


async def _get(amili: object) -> object:
    return await amili.arm.customers.get_customer(clientno=CLIENT, customerno="77")  # type: ignore[attr-defined]


async def _burst(amili: object, calls: int) -> list[BaseException | None]:
    results: list[BaseException | None] = []

    async def one() -> None:
        try:
            await _get(amili)
            results.append(None)
        except AmiliError as exc:
            results.append(exc)

    with anyio.fail_after(30):
        async with anyio.create_task_group() as tg:
            for _ in range(calls):
                tg.start_soon(one)
    return results


async def test_an_outage_opens_the_breaker_then_traffic_resumes_within_one_probe_interval(http_backend: str) -> None:
    outage = FaultRule(FaultKind.ERROR, 1.0, status=503, operation="arm.customers.get_customer")
    with served() as (sandbox, root):
        async with client(sandbox, root, POLICY) as amili:
            await amili.arm.customers.create_customer(clientno=CLIENT, body=CUSTOMER)
            sandbox.add_fault(outage)
            # The outage: calls fail (503 after their retries) until the breaker opens.
            opened: APIUnavailableError | None = None
            for _ in range(20):  # hang guard: 5 failed attempts open it, so within 2 calls of 3 attempts
                try:
                    await _get(amili)
                except APIUnavailableError as exc:
                    opened = exc
                    break
                except InternalServerError:
                    continue
            assert opened is not None, "the breaker never opened"
            assert isinstance(opened, APIConnectionError) and opened.retry_in is not None
            # Open: 200 concurrent calls fail at once; the server sees at most the one half-open probe.
            before = sent(sandbox)
            results = await _burst(amili, 200)
            assert all(isinstance(r, APIUnavailableError | InternalServerError) for r in results)
            assert sum(isinstance(r, APIUnavailableError) for r in results) >= 199
            assert sent(sandbox) - before <= 1
            # Recovery: the next probe (at most one interval away) succeeds and closes the breaker.
            sandbox.clear_faults()
            waits: list[float | None] = []
            with anyio.fail_after(10):
                while True:
                    try:
                        await _get(amili)
                        break
                    except APIUnavailableError as exc:
                        waits.append(exc.retry_in)
                        await anyio.sleep((exc.retry_in or 0.0) + 0.01)
            unavailable = len(waits)
            assert all(w is not None and w <= INTERVAL for w in waits)
            assert unavailable <= 2  # at most one wait for the probe (plus one if a probe was then in flight)
            results = await _burst(amili, 100)
            assert results == [None] * 100


def test_a_failed_probe_reopens_for_a_longer_interval(
    run: Any, http_backend: str, request: pytest.FixtureRequest
) -> None:
    if http_backend == "aiohttp" and "trio" in request.node.name:
        pytest.skip("aiohttp runs on asyncio only (trio runs with httpx's pool)")
    policy = OverloadPolicy(breaker_failures=3, breaker_window=0.0, breaker_interval=0.05, breaker_max_interval=10.0)
    with served(faults=[FaultRule(FaultKind.ERROR, 1.0, status=502, operation="arm.customers.get_customer")]) as (
        sandbox,
        root,
    ):

        async def main() -> None:
            async with client(sandbox, root, policy, max_retries=0) as amili:
                for _ in range(3):
                    with pytest.raises(InternalServerError):
                        await _get(amili)
                with pytest.raises(APIUnavailableError) as first:
                    await _get(amili)
                assert first.value.retry_in is not None
                await anyio.sleep(first.value.retry_in + 0.01)
                before = sent(sandbox)
                with pytest.raises(InternalServerError):  # the probe: sent, failed
                    await _get(amili)
                assert sent(sandbox) == before + 1
                with pytest.raises(APIUnavailableError) as second:
                    await _get(amili)
                assert second.value.retry_in is not None and second.value.retry_in > 0.05  # doubled to 0.1

        run(main)


async def test_a_short_burst_of_5xx_does_not_open_the_breaker_by_default(http_backend: str) -> None:
    # The default needs failures spanning 2 s: the sandbox's fault tests (fast retries) never trip it.
    rule = FaultRule(FaultKind.ERROR, 1.0, status=500, operation="arm.customers.get_customer")
    with served(faults=[rule]) as (sandbox, root):
        async with client(sandbox, root) as amili:
            for _ in range(10):
                with pytest.raises(InternalServerError):
                    await _get(amili)
        assert sent(sandbox) == 30  # every call retried twice: no breaker, no budget in the way


async def test_the_breaker_can_be_turned_off(http_backend: str) -> None:
    rule = FaultRule(FaultKind.ERROR, 1.0, status=503, operation="arm.customers.get_customer")
    policy = OverloadPolicy(breaker=False, breaker_failures=1, breaker_window=0.0)
    with served(faults=[rule]) as (sandbox, root):
        async with client(sandbox, root, policy) as amili:
            for _ in range(5):
                with pytest.raises(InternalServerError):
                    await _get(amili)
        assert sent(sandbox) == 15
