"""The one retry engine: what is retried, how long it waits, and that writes are never duplicated."""

from __future__ import annotations

import email.utils
import time

import httpx
import pytest

from amili.retry import ATTEMPT_HEADER, RetryPolicy, RetryTransport, parse_retry_after


class Script(httpx.AsyncBaseTransport):
    """Answers each request with the next scripted status (or raises the scripted exception)."""

    def __init__(self, *steps: int | Exception | httpx.Response) -> None:
        self.steps = list(steps)
        self.requests: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        # Copy what the engine mutates between attempts, so each recorded attempt keeps its own headers.
        self.attempt_headers = [*getattr(self, "attempt_headers", []), dict(request.headers)]
        step = self.steps.pop(0)
        if isinstance(step, Exception):
            raise step
        if isinstance(step, httpx.Response):
            return step
        return httpx.Response(step, json={"status": step})


def _engine(script: Script, **policy: float) -> tuple[RetryTransport, list[float]]:
    sleeps: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    transport = RetryTransport(script, RetryPolicy(**policy), rng=lambda: 1.0, sleep=fake_sleep)  # type: ignore[arg-type]
    return transport, sleeps


async def _send(transport: httpx.AsyncBaseTransport, method: str = "GET", headers: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    async with httpx.AsyncClient(transport=transport, base_url="https://api.test") as client:
        return await client.request(method, "/x", headers=headers, json={"a": 1} if method != "GET" else None)


async def test_get_is_retried_on_retryable_statuses_with_attempt_header() -> None:
    script = Script(503, 502, 200)
    transport, sleeps = _engine(script)
    response = await _send(transport)
    assert response.status_code == 200
    assert [h[ATTEMPT_HEADER.lower()] for h in script.attempt_headers] == ["1", "2", "3"]
    assert sleeps == [0.5, 1.0]  # full jitter with rng=1.0 hits the ceiling: base·2ⁿ


async def test_max_retries_bounds_attempts() -> None:
    script = Script(500, 500, 500, 500)
    transport, _ = _engine(script)
    response = await _send(transport)
    assert response.status_code == 500
    assert len(script.requests) == 3  # 1 + max_retries (2)


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422])
async def test_client_errors_are_not_retried(status: int) -> None:
    script = Script(status)
    transport, _ = _engine(script)
    assert (await _send(transport)).status_code == status
    assert len(script.requests) == 1


async def test_post_500_after_send_is_not_retried_without_idempotency_key() -> None:
    script = Script(500, 200)
    transport, _ = _engine(script)
    response = await _send(transport, "POST")
    assert response.status_code == 500
    assert len(script.requests) == 1


async def test_post_500_is_retried_with_idempotency_key_which_stays_the_same() -> None:
    script = Script(500, 200)
    transport, _ = _engine(script)
    response = await _send(transport, "POST", headers={"IdempotencyKey": "k-1"})
    assert response.status_code == 200
    assert [h["idempotencykey"] for h in script.attempt_headers] == ["k-1", "k-1"]


@pytest.mark.parametrize("status", [429, 503])
async def test_post_is_retried_when_server_cannot_have_processed_it(status: int) -> None:
    script = Script(status, 201)
    transport, _ = _engine(script)
    assert (await _send(transport, "POST")).status_code == 201
    assert len(script.requests) == 2


async def test_post_connect_error_is_retried_but_read_timeout_is_not() -> None:
    script = Script(httpx.ConnectError("refused"), 201)
    transport, _ = _engine(script)
    assert (await _send(transport, "POST")).status_code == 201

    script = Script(httpx.ReadTimeout("slow"), 201)
    transport, _ = _engine(script)
    with pytest.raises(httpx.ReadTimeout):
        await _send(transport, "POST")
    assert len(script.requests) == 1


async def test_get_timeouts_are_retried() -> None:
    script = Script(httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("dropped"), 200)
    transport, sleeps = _engine(script)
    assert (await _send(transport)).status_code == 200
    assert len(sleeps) == 2


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after-ms": "1500"}, 1.5),
        ({"Retry-After": "3"}, 3.0),
        ({"Retry-After": "2.5"}, 2.5),
        ({"X-RateLimit-Reset": "7"}, 7.0),
    ],
)
async def test_retry_after_is_honoured(headers: dict[str, str], expected: float) -> None:
    script = Script(httpx.Response(429, headers=headers), 200)
    transport, sleeps = _engine(script)
    assert (await _send(transport)).status_code == 200
    assert sleeps == [expected]


def test_retry_after_http_date_and_epoch_reset() -> None:
    now = time.time()
    date = email.utils.formatdate(now + 30, usegmt=True)
    assert parse_retry_after(httpx.Headers({"Retry-After": date}), now=now) == pytest.approx(30, abs=1.5)
    assert parse_retry_after(httpx.Headers({"X-RateLimit-Reset": str(int(now) + 12)}), now=now) == pytest.approx(
        12, abs=1.5
    )
    assert parse_retry_after(httpx.Headers({"Retry-After": "soon"})) is None
    assert parse_retry_after(httpx.Headers({})) is None


async def test_server_wait_beyond_cap_is_not_slept_through() -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "3600"}), 200)
    transport, sleeps = _engine(script)
    response = await _send(transport)
    assert response.status_code == 429
    assert response.extensions["amili.retry_after"] == 3600
    assert sleeps == []
    assert len(script.requests) == 1


async def test_total_budget_stops_retrying() -> None:
    script = Script(httpx.Response(503, headers={"Retry-After": "20"}), 503, 200)
    transport, sleeps = _engine(script, total_budget=10.0)
    assert (await _send(transport)).status_code == 503
    assert sleeps == []


def test_backoff_is_full_jitter_capped() -> None:
    policy = RetryPolicy()
    assert policy.backoff(1, lambda: 1.0) == 0.5
    assert policy.backoff(3, lambda: 1.0) == 2.0
    assert policy.backoff(10, lambda: 1.0) == 8.0
    assert policy.backoff(10, lambda: 0.0) == 0.0


def test_retries_work_under_trio_and_asyncio(run) -> None:  # type: ignore[no-untyped-def]
    async def main() -> int:
        script = Script(503, 200)
        transport = RetryTransport(script, RetryPolicy(base_delay=0.001))
        response = await _send(transport)
        return response.status_code * 10 + len(script.requests)

    assert run(main) == 2002


class _BrokenBody(httpx.AsyncByteStream):
    async def __aiter__(self):  # type: ignore[no-untyped-def]
        yield b'{"partial":'
        raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")


async def test_connection_dropped_mid_body_is_a_failed_attempt() -> None:
    script = Script(httpx.Response(200, stream=_BrokenBody()), 200)
    transport, _ = _engine(script)
    response = await _send(transport)
    assert response.status_code == 200
    assert response.json() == {"status": 200}
    assert len(script.requests) == 2

    script = Script(httpx.Response(200, stream=_BrokenBody()), 200)
    transport, _ = _engine(script)
    with pytest.raises(httpx.RemoteProtocolError):
        await _send(transport, "POST")  # a write whose answer was lost is not repeated
    assert len(script.requests) == 1
