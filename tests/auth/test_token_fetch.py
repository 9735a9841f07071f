"""Issue 25.3 and 25.4: a token fetch belongs to no caller. Callers giving up (their deadline) never cancel it, a failed
fetch is answered to every caller that was waiting for it (one request, however many callers and whatever the
connection limit), and exactly one token request is in flight per credential at a time.

Counted at a loopback token endpoint, under asyncio and trio, on both HTTP backends (aiohttp runs on asyncio only),
for the identity token (client credentials) and the Partner API's own token."""

from __future__ import annotations

from typing import Any

import anyio
import pytest
from _token_endpoint import TokenEndpoint, call

from amili import AmiliClient, APITimeoutError, AuthenticationError, RetryPolicy

LOOPS = [("asyncio", "aiohttp"), ("asyncio", "httpx"), ("trio", "httpx")]
APIS = ["identity", "partner"]
FAST = RetryPolicy(max_retries=2, base_delay=0.05, max_delay=0.1)


def _run(loop: str, main: Any) -> None:
    anyio.run(main, backend=loop)


async def _crowd(endpoint: TokenEndpoint, amili: AmiliClient, api: str, n: int) -> list[BaseException | None]:
    """`n` concurrent calls; each one's outcome (None: success)."""
    outcomes: list[BaseException | None] = []

    async def one() -> None:
        try:
            await call(amili, api)
        except Exception as exc:
            outcomes.append(exc)
        else:
            outcomes.append(None)

    async with anyio.create_task_group() as tg:
        for _ in range(n):
            tg.start_soon(one)
    return outcomes


@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize(("loop", "backend"), LOOPS)
@pytest.mark.parametrize("n", [300, 1000])
def test_invalid_credentials_cost_one_token_request_for_every_concurrent_caller(
    loop: str, backend: str, api: str, n: int
) -> None:
    """Before: one 401 per batch of callers the connection limit let in (300 callers → 3 requests, 1,000 → 10)."""
    endpoint = TokenEndpoint()
    endpoint.status = 401
    events: dict[str, anyio.Event] = {}

    async def hold() -> None:
        events["asked"].set()
        await events["answer"].wait()

    endpoint.hold = hold

    outcomes: list[BaseException | None] = []
    counts: list[int] = []
    late: list[BaseException | None] = []

    async def main() -> None:
        events.update(asked=anyio.Event(), answer=anyio.Event())
        with anyio.fail_after(60):
            async with anyio.create_task_group() as server:
                await server.start(endpoint.serve)
                async with AmiliClient(http_backend=backend, **endpoint.client_options(api)) as amili:
                    async with anyio.create_task_group() as tg:

                        async def crowd() -> None:
                            outcomes.extend(await _crowd(endpoint, amili, api, n))

                        tg.start_soon(crowd)
                        await events["asked"].wait()
                        await anyio.sleep(0.2)  # every caller is waiting (or queued) by now
                        events["answer"].set()
                    counts.append(endpoint.token_requests)
                    # A caller arriving after the failure settled asks again (the credentials may have been fixed).
                    late.extend(await _crowd(endpoint, amili, api, 1))
                server.cancel_scope.cancel()

    _run(loop, main)
    assert len(outcomes) == n
    assert all(isinstance(o, AuthenticationError) for o in outcomes), {type(o) for o in outcomes}
    assert counts == [1]
    assert isinstance(late[0], AuthenticationError)
    assert endpoint.token_requests == 2
    assert endpoint.api_requests == 0
    assert endpoint.max_in_flight == 1


@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize(("loop", "backend"), LOOPS)
def test_callers_giving_up_do_not_cancel_the_token_fetch(loop: str, backend: str, api: str) -> None:
    """Before: each caller whose timeout=1 expired cancelled the fetch it led, the next waiter started another
    (1,000 callers → 198 token requests in ~1 s). Now: one request; the token it brings serves the next call.
    (The caller that happened to start the fetch waits for it: it is not cancelled by that caller's deadline.)"""
    endpoint = TokenEndpoint()

    async def hold() -> None:
        await anyio.sleep(2.0)  # twice the callers' timeout

    endpoint.hold = hold

    outcomes: list[BaseException | None] = []
    counts: list[int] = []

    async def main() -> None:
        with anyio.fail_after(60):
            async with anyio.create_task_group() as server:
                await server.start(endpoint.serve)
                options = endpoint.client_options(api)
                async with AmiliClient(http_backend=backend, timeout=1, max_retries=0, **options) as amili:
                    outcomes.extend(await _crowd(endpoint, amili, api, 1000))
                    counts.append(endpoint.token_requests)
                    outcomes.extend(await _crowd(endpoint, amili, api, 1))  # the token the abandoned fetch brought
                server.cancel_scope.cancel()

    _run(loop, main)
    assert all(isinstance(o, APITimeoutError) for o in outcomes[:-1]), {type(o) for o in outcomes[:-1]}
    assert counts == [1]
    assert outcomes[-1] is None
    assert endpoint.token_requests == 1
    assert endpoint.max_in_flight == 1


@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize(("loop", "backend"), LOOPS)
def test_token_endpoint_slower_than_the_call_timeout(loop: str, backend: str, api: str) -> None:
    """Before: a token endpoint answering in 1.3 s with timeout=1 gave 9 token requests and every call failed.
    Now: one request; callers whose attempt timed out while waiting retry and get its token. (Here 2.6 s and
    timeout=2: the same ratio, with room for 200 calls on a loaded machine once the token is there.)"""
    endpoint = TokenEndpoint()

    async def hold() -> None:
        await anyio.sleep(2.6)

    endpoint.hold = hold

    outcomes: list[BaseException | None] = []

    async def main() -> None:
        with anyio.fail_after(60):
            async with anyio.create_task_group() as server:
                await server.start(endpoint.serve)
                options = endpoint.client_options(api)
                # Retries enough for a loaded machine (make test runs on several workers): 200 calls given 2 s each
                # after the token arrives; what is asserted is one token request and no failed call.
                patient = RetryPolicy(max_retries=5, base_delay=0.05, max_delay=0.2)
                async with AmiliClient(http_backend=backend, timeout=2, retry_policy=patient, **options) as amili:
                    outcomes.extend(await _crowd(endpoint, amili, api, 200))
                server.cancel_scope.cancel()

    _run(loop, main)
    assert outcomes == [None] * 200, {type(o).__name__ for o in outcomes}
    assert endpoint.token_requests == 1
