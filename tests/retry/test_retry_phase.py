"""Issue 24.4: a DELETE of something that never existed is not "deleted".

The lost-response rule (a retried DELETE's 404 means an earlier attempt deleted it: success, with
`X-Amili-Deleted-On-Retry`) holds only when an earlier attempt may have reached the server. Not after a 408 or 425
(the server says it did not process it), not when the attempt's deadline fired while it waited for a token, or for
a free connection (both backends): the deadline's timeout keeps the phase it fired in.
"""

from __future__ import annotations

from typing import Any

import anyio
import anyio.abc
import httpx
import pytest

from amili import AmiliClient, APITimeoutError, NotFoundError, RetryPolicy, StaticToken
from amili._transports import connection_counts
from amili.operations import DELETED_ON_RETRY_HEADER
from amili.sandbox import FaultKind, FaultRule, Sandbox

CLIENT = 2218
FAST = RetryPolicy(max_retries=3, base_delay=0.001, max_delay=0.002)


def scripted(statuses: list[int], seen: list[str]) -> httpx.MockTransport:
    """Answers the i-th DELETE with statuses[i] (the last one repeating)."""

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.method)
        status = statuses[min(len(seen) - 1, len(statuses) - 1)]
        return httpx.Response(status, json={"status": "FAILED", "message": f"HTTP {status}"})

    return httpx.MockTransport(handler)


@pytest.mark.parametrize("first", [408, 425])
async def test_a_404_after_a_status_that_proves_nothing_was_processed_stays_not_found(first: int) -> None:
    # Before: the 408/425 counted as "may have been processed", and the 404 became a reported deletion.
    seen: list[str] = []
    transport = scripted([first, 404], seen)
    async with AmiliClient(
        environment="staging", token_provider=StaticToken("tok"), transport=transport, retry_policy=FAST
    ) as amili:
        with pytest.raises(NotFoundError):
            await amili.arm.customers.delete_customer(clientno=CLIENT, customerno="never-existed")
    assert seen == ["DELETE", "DELETE"]


@pytest.mark.parametrize("first", [500, 502, 504])
async def test_a_404_after_a_status_that_may_have_processed_it_is_still_a_deletion(first: int) -> None:
    seen: list[str] = []
    async with AmiliClient(
        environment="staging",
        token_provider=StaticToken("tok"),
        transport=scripted([first, 404], seen),
        retry_policy=FAST,
    ) as amili:
        raw = await amili.arm.customers.delete_customer.raw(clientno=CLIENT, customerno="1")
    assert raw.headers[DELETED_ON_RETRY_HEADER] == "true"


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_an_attempt_that_only_timed_out_fetching_a_token_sent_nothing(backend: str) -> None:
    # The first token request takes longer than the DELETE's own deadline: that attempt never sent the DELETE.
    # Before: its deadline surfaced as a read timeout ("may have deleted it"), and the 404 of the one DELETE the
    # server saw was reported as a deletion.
    seen: list[str] = []
    tokens = [0]

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            tokens[0] += 1
            if tokens[0] == 1:
                await anyio.sleep(0.6)
            return httpx.Response(
                200, json={"access_token": f"t{tokens[0]}", "token_type": "Bearer", "expires_in": 600}
            )
        seen.append(request.method)
        return httpx.Response(404, json={"status": "FAILED", "message": "Customer not found"})

    async def main() -> None:
        retry = RetryPolicy(max_retries=6, base_delay=0.2, max_delay=0.2)
        transport = httpx.MockTransport(handler)
        async with AmiliClient(
            "id", "secret", environment="staging", transport=transport, retry_policy=retry, timeout=5
        ) as amili:

            async def starter() -> None:  # starts the slow token fetch; the fetch belongs to no caller
                with pytest.raises(NotFoundError):
                    await amili.arm.customers.get_customer(clientno=CLIENT, customerno="someone")

            async with anyio.create_task_group() as tg:
                tg.start_soon(starter)
                await anyio.wait_all_tasks_blocked()
                # This DELETE waits for that fetch past its own 0.3 s deadline: the attempt timed out fetching a
                # token (nothing sent) and is retried; the one DELETE the server then sees answers 404.
                with pytest.raises(NotFoundError):
                    await amili.arm.customers.delete_customer(clientno=CLIENT, customerno="never-existed", timeout=0.3)
            assert amili.retries >= 1

    anyio.run(main, backend=backend)
    assert seen.count("DELETE") == 1  # the server saw one DELETE


# Every GET is held 1.2 s, so a DELETE behind it waits for the only connection.
@pytest.mark.amili_sandbox(faults=[FaultRule(FaultKind.LATENCY, 1.0, latency=1.2, method="GET")])
async def test_an_attempt_that_only_waited_for_a_free_connection_sent_nothing(
    served_sandbox: tuple[Sandbox, str], http_backend: str
) -> None:
    # Before: the deadline fired in the connection gate's queue, read as "may have deleted it", and the 404 of the
    # one DELETE the server saw was reported as a deletion.
    sandbox, root = served_sandbox
    retry = RetryPolicy(max_retries=8, base_delay=0.2, max_delay=0.2)
    async with AmiliClient(
        *sandbox.credentials,
        base_urls=sandbox.base_urls(root),
        retry_policy=retry,
        limits=httpx.Limits(max_connections=1, max_keepalive_connections=1),
    ) as amili:
        await amili.arm.customers.list_customers(clientno=CLIENT)  # a token, and the connection warmed up
        results: dict[str, Any] = {}

        async def slow_get() -> None:
            results["get"] = await amili.arm.customers.list_customers(clientno=CLIENT)

        async with anyio.create_task_group() as tg:
            tg.start_soon(slow_get)
            pool = amili._core().retry._inner
            with anyio.fail_after(10):
                while connection_counts(pool)[1] < 1:  # noqa: ASYNC110 - the pool has no event: the GET holds it
                    await anyio.sleep(0.005)
            with pytest.raises(NotFoundError):
                await amili.arm.customers.delete_customer(clientno=CLIENT, customerno="never-existed", timeout=0.4)
        assert amili.options.http_backend == http_backend
        assert amili.retries >= 1  # the DELETE's first attempt timed out waiting for the connection
    deletes = [r for r in sandbox.requests if r.operation == "arm.customers.delete_customer"]
    assert [r.status for r in deletes] == [404]  # the server saw one DELETE


async def _silent_server(received: list[bytes], stop: anyio.Event, *, task_status: Any) -> None:
    """HTTP on loopback that reads each request and never answers."""

    async def serve(stream: anyio.abc.SocketStream) -> None:
        async with stream:
            data = b""
            while b"\r\n\r\n" not in data:
                data += await stream.receive()
            received.append(data)
            await stop.wait()

    listener = await anyio.create_tcp_listener(local_host="127.0.0.1")
    port = listener.extra(anyio.abc.SocketAttribute.local_port)
    async with listener, anyio.create_task_group() as tg:
        tg.start_soon(listener.serve, serve)
        task_status.started(port)
        await stop.wait()
        tg.cancel_scope.cancel()


@pytest.mark.parametrize("method", ["DELETE", "POST"])
async def test_a_deadline_after_the_request_was_written_is_a_read_timeout(method: str, http_backend: str) -> None:
    # The other side of the phase: once the request may have been written, the deadline is a read timeout (a DELETE
    # may have been processed; an ARM batch POST without idempotency key is never sent again).
    received: list[bytes] = []
    stop = anyio.Event()
    async with anyio.create_task_group() as tg:
        port = await tg.start(_silent_server, received, stop)
        amili = AmiliClient(
            environment="staging",
            token_provider=StaticToken("tok"),
            base_urls={"arm": f"http://127.0.0.1:{port}/arm/v1"},
            retry_policy=RetryPolicy(max_retries=2, base_delay=0.001, max_delay=0.002),
        )
        try:
            async with amili:
                body = {"documents": [{"documentNo": "D1", "customerNo": "1"}], "metadata": {"userId": "u"}}
                call = (
                    amili.arm.customers.delete_customer(clientno=CLIENT, customerno="1", timeout=0.3)
                    if method == "DELETE"
                    else amili.arm.documents.create_documents_batch(clientno=CLIENT, body=body, timeout=0.3)
                )
                with pytest.raises(APITimeoutError) as caught:
                    await call
                assert amili.options.http_backend == http_backend
        finally:
            stop.set()
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    assert len(received) == (3 if method == "DELETE" else 1)  # the POST, whose fate is unknown, is never resent
