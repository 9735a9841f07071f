"""`ConnectionGate`: pool-capacity admission, bearer token attached on admission, token grants on their own pool."""

from __future__ import annotations

from collections import Counter

import anyio
import httpx
import pytest

from amili import AmiliClient
from amili.sandbox import FaultKind, FaultRule, Sandbox

CLIENTNO = 2218


async def _seed(amili: AmiliClient) -> None:
    await amili.arm.customers.create_customer(
        clientno=CLIENTNO, body={"metadata": {"userId": "u"}, "customer": {"customerNo": "1", "name": "One"}}
    )


def _ops(sandbox: Sandbox) -> Counter[str]:
    return Counter(r.operation for r in sandbox.requests)


@pytest.mark.parametrize("loop", ["asyncio", "trio"])
def test_token_expired_server_side_under_1000_queued_calls_costs_at_most_one_pool_of_replays(
    loop: str, amili_sandbox: Sandbox
) -> None:
    """1,000 calls queue for 100 connections; the token is revoked server-side. Only requests already admitted carry
    the old token: at most 100 replays (before: every queued request got a 401 and was sent twice, ~2,000)."""

    async def main() -> Counter[str]:
        limits = httpx.Limits(max_connections=100)
        async with AmiliClient(environment="sandbox", sandbox=amili_sandbox, limits=limits) as amili:
            await _seed(amili)
            sandbox = amili.simulator
            assert sandbox is not None
            sandbox.revoke_tokens()
            before = _ops(sandbox)
            async with anyio.create_task_group() as tg:
                for _ in range(1000):
                    tg.start_soon(lambda: amili.arm.customers.get_customer(clientno=CLIENTNO, customerno="1"))
            after = _ops(sandbox)
            return after - before

    sent = anyio.run(main, backend=loop)
    assert sent["identity.tokens.create_token"] == 1  # single flight
    assert 1000 <= sent["arm.customers.get_customer"] <= 1100


@pytest.mark.parametrize("loop", ["asyncio", "trio"])
def test_after_a_server_side_expiry_the_httpx_pool_hands_no_connection_twice(
    loop: str, served_sandbox: tuple[Sandbox, str], httpcore_second_rounds: list[int]
) -> None:
    """Over a real socket on httpx's pool: a token revoked server-side sends every connection idle at once while the
    grant is fetched, the moment httpcore handed one idle connection to several requests (each loser scanned the
    pool again: 2,045 second rounds in a 1,000-call burst with 5-connection shards). Now none, and still one grant
    and at most one pool of replays."""
    sandbox, root = served_sandbox

    async def main() -> Counter[str]:
        async with AmiliClient(
            *sandbox.credentials,
            base_urls=sandbox.base_urls(root),
            http_backend="httpx",
            limits=httpx.Limits(max_connections=20),
        ) as amili:
            await _seed(amili)
            with anyio.fail_after(30):
                async with anyio.create_task_group() as tg:
                    for _ in range(200):
                        tg.start_soon(lambda: amili.arm.customers.get_customer(clientno=CLIENTNO, customerno="1"))
                sandbox.revoke_tokens()
                before = _ops(sandbox)
                async with anyio.create_task_group() as tg:
                    for _ in range(200):
                        tg.start_soon(lambda: amili.arm.customers.get_customer(clientno=CLIENTNO, customerno="1"))
            return _ops(sandbox) - before

    sent = anyio.run(main, backend=loop)
    assert sent["identity.tokens.create_token"] == 1
    assert 200 <= sent["arm.customers.get_customer"] <= 220
    assert httpcore_second_rounds == [0]


@pytest.mark.parametrize("loop", ["asyncio", "trio"])
def test_token_grant_never_waits_behind_the_requests_that_need_it(loop: str, amili_sandbox: Sandbox) -> None:
    """One connection, fifty calls, no token yet: the admitted call waits for a token whose grant must not queue
    behind it (on one shared gate this deadlocks; the guard below turns that into a failure, not a hang)."""

    async def main() -> int:
        limits = httpx.Limits(max_connections=1)
        async with AmiliClient(environment="sandbox", sandbox=amili_sandbox, limits=limits) as amili:
            with anyio.fail_after(10):
                async with anyio.create_task_group() as tg:
                    for _ in range(50):
                        tg.start_soon(lambda: amili.arm.customers.list_customers(clientno=CLIENTNO))
            assert amili.simulator is not None
            return _ops(amili.simulator)["identity.tokens.create_token"]

    assert anyio.run(main, backend=loop) == 1


@pytest.mark.parametrize("loop", ["asyncio", "trio"])
@pytest.mark.amili_sandbox(faults=[FaultRule(FaultKind.LATENCY, 1.0, latency=0.3, method="GET")])
def test_a_queue_waits_for_a_free_connection_no_longer_than_the_pool_timeout(loop: str, amili_sandbox: Sandbox) -> None:
    # The attempt's own cancel scope enforces the pool timeout (its deadline brought forward while it waits).
    async def main() -> None:
        async with AmiliClient(
            environment="sandbox",
            sandbox=amili_sandbox,
            limits=httpx.Limits(max_connections=1),
            timeout=httpx.Timeout(10.0, pool=0.05),
            max_retries=0,
        ) as amili:
            await amili.autocollect.system.ping()  # token fetched
            results: list[BaseException | None] = []

            async def ping() -> None:
                try:
                    await amili.autocollect.system.ping()
                    results.append(None)
                except Exception as exc:
                    results.append(exc)

            async with anyio.create_task_group() as tg:
                tg.start_soon(ping)
                tg.start_soon(ping)
            assert results.count(None) == 1
            (error,) = [e for e in results if e is not None]
            assert "PoolTimeout" in str(error)
            assert "0.05 s pool timeout" in str(error.__cause__ or error.__context__)

    anyio.run(main, backend=loop)
