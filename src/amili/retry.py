"""The one retry engine: an httpx transport that wraps the shared connection pool.

Living at the transport layer means every request (façade calls, direct use of the generated clients, token
requests) gets the same policy, and the `httpx.Auth` flow above it sees one logical response per attempt.

Writes are never duplicated: a POST/PATCH is retried only when the server cannot have processed it (the
connection was never established, 429, 503) or when it carries an idempotency key.
"""

from __future__ import annotations

import email.utils
import math
import random
import time
from asyncio import _get_running_loop
from collections.abc import Callable
from typing import Any

import anyio
import attrs
import httpx

try:
    import sniffio
except ImportError:  # pragma: no cover - anyio runs without it (and then assumes asyncio)
    sniffio = None  # type: ignore[assignment]

try:  # anyio's own backend lookup (private): `async_backend` below short-cuts it for asyncio
    from anyio._core._eventloop import get_async_backend
except ImportError:  # pragma: no cover - another anyio layout: its public functions, as before
    import anyio.lowlevel

    class _PublicAnyio:
        create_cancel_scope = staticmethod(anyio.CancelScope)
        current_time = staticmethod(anyio.current_time)
        checkpoint_if_cancelled = staticmethod(anyio.lowlevel.checkpoint_if_cancelled)

    def _public_backend(asynclib_name: str | None = None) -> Any:
        return _PublicAnyio

    get_async_backend = _public_backend


from . import _extensions as _ext
from ._body import DEFAULT_MAX_RESPONSE_BYTES, read_bounded
from ._logging import log_attempt, log_request, logger
from ._overload import (
    BREAKER_FAILURE_STATUSES,
    ApiGuard,
    Overload,
    OverloadPolicy,
    held_response,
    mark_exhausted,
    notify_overload,
)
from ._secrets import clear_locals
from .errors import request_id_of

__all__ = [
    "OPTIONS_EXTENSION",
    "PHASE_EXTENSION",
    "AttemptPhase",
    "OverloadPolicy",
    "RetryPolicy",
    "RetryTransport",
    "parse_retry_after",
]

OPTIONS_EXTENSION = _ext.OPTIONS
"""Kept for importers of this public module; the SDK itself reads `amili._extensions`."""

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})
# Statuses that prove the server did not process the request, so even a write is safe to repeat: 408 (it did not
# receive the whole request in time), 425 (it refused to risk processing it), 429, 503.
NOT_PROCESSED_STATUSES = frozenset({408, 425, 429, 503})
IDEMPOTENCY_HEADERS = ("idempotencykey", "idempotency-key")
ATTEMPT_HEADER = "X-Amili-Attempt"
PHASE_EXTENSION = _ext.PHASE
"""Kept for importers of this public module; the SDK itself reads `amili._extensions`."""


@attrs.frozen
class RetryPolicy:
    """How hard to try. Defaults: 2 retries, 0.5 s·2ⁿ full jitter capped at 8 s, 60 s overall budget."""

    max_retries: int = 2
    base_delay: float = 0.5
    factor: float = 2.0
    max_delay: float = 8.0
    max_server_wait: float = 60.0
    """A server-requested wait (Retry-After …) longer than this is not slept through: the 429/503 surfaces."""
    total_budget: float = 60.0
    """Overall seconds for all attempts of one request, sleeps included; no retry starts past it."""
    overload: OverloadPolicy = attrs.field(factory=OverloadPolicy)
    """Retry budget, API-wide back-off and circuit breaker (see `amili._overload`); the client's own policy's,
    not a view's or a call's, since that state is shared by them all."""

    def backoff(self, retry_number: int, rng: Callable[[], float] = random.random) -> float:
        """Full jitter (AWS architecture blog): uniform in [0, min(cap, base·factorⁿ)]."""
        ceiling = min(self.max_delay, self.base_delay * self.factor ** (retry_number - 1))
        return rng() * ceiling


class AttemptPhase:
    """Where one attempt is, so a deadline that fires keeps the phase it fired in.

    `UNKNOWN` (the default) counts as "may have reached the server": only layers that know set the earlier phases —
    the connection gate (`POOL` while waiting for a free connection, `TOKEN` while the bearer token is fetched,
    `HANDED` when it passes the request on) and the sending backends (`CONNECT` until the request's first byte is
    about to be written, `SENT` from then on)."""

    __slots__ = ("pool_wait", "scope", "value")

    UNKNOWN = "unknown"
    POOL = "pool"
    TOKEN = "token"
    HANDED = "handed"
    CONNECT = "connect"
    SENT = "sent"
    NOTHING_SENT = frozenset({POOL, TOKEN, CONNECT})

    def __init__(self, scope: Any = None) -> None:
        self.value = AttemptPhase.UNKNOWN
        self.scope = scope
        """The attempt's cancel scope: the gate shortens its deadline to the pool timeout while it waits for a slot."""
        self.pool_wait: float | None = None
        """The pool timeout the gate waited under, when it shortened the scope's deadline to it."""


def set_phase(request: httpx.Request, value: str) -> None:
    """Advance the attempt's phase (a no-op for a request sent outside the retry engine)."""
    phase = request.extensions.get(_ext.PHASE)
    if isinstance(phase, AttemptPhase):
        phase.value = value


@attrs.frozen
class RequestOptions:
    """Per-request overrides travelling in `request.extensions[_ext.OPTIONS]`."""

    policy: RetryPolicy
    operation: str


def parse_retry_after(headers: httpx.Headers, now: float | None = None) -> float | None:
    """Seconds the server asks us to wait.

    Sources in order: `retry-after-ms`, `Retry-After` (seconds or HTTP-date), `X-RateLimit-Reset`.
    """
    raw_ms = headers.get("retry-after-ms")
    if raw_ms:
        try:
            return max(0.0, float(raw_ms) / 1000.0)
        except ValueError:
            pass
    raw = headers.get("retry-after")
    if raw:
        try:
            return max(0.0, float(raw))
        except ValueError:
            parsed = email.utils.parsedate_to_datetime(raw) if _looks_like_date(raw) else None
            if parsed is not None:
                current = time.time() if now is None else now
                return max(0.0, parsed.timestamp() - current)
    reset = headers.get("x-ratelimit-reset")
    if reset:
        try:
            value = float(reset)
        except ValueError:
            return None
        current = time.time() if now is None else now
        # Either an epoch timestamp or a number of seconds; epoch values are far larger than any sane wait.
        return max(0.0, value - current) if value > 1_000_000_000 else max(0.0, value)
    return None


def _looks_like_date(raw: str) -> bool:
    try:
        return email.utils.parsedate_to_datetime(raw) is not None
    except (TypeError, ValueError, IndexError):
        return False


def _is_write(request: httpx.Request) -> bool:
    if request.extensions.get(_ext.SAFE_TO_RETRY):
        return False
    return request.method.upper() not in IDEMPOTENT_METHODS


def _has_idempotency_key(request: httpx.Request) -> bool:
    return any(request.headers.get(h) for h in IDEMPOTENCY_HEADERS)


def _never_reached_server(exc: Exception) -> bool:
    """The request bytes certainly did not reach the application."""
    return isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)


def _only_waited_here(request: httpx.Request, exc: Exception) -> bool:
    """The attempt failed while it waited inside the SDK (for a free connection or its token): nothing reached the
    API, and the API did not refuse anything."""
    if isinstance(exc, httpx.PoolTimeout):
        return True
    phase = request.extensions.get(_ext.PHASE)
    return isinstance(phase, AttemptPhase) and phase.value in (AttemptPhase.POOL, AttemptPhase.TOKEN)


def attempt_deadline(request: httpx.Request) -> float | None:
    """Seconds one attempt may take in all (connect, send, every read): the largest of the request's timeouts.

    httpx's timeouts bound each read, so a server trickling a byte per read would otherwise hold a call forever.
    """
    timeout = request.extensions.get("timeout")
    if not isinstance(timeout, dict):
        return None
    values = [v for v in timeout.values() if isinstance(v, int | float)]
    return max(values) if values else None


_ASYNCIO_BACKEND: list[Any] = []
"""anyio's asyncio backend class, once looked up by name."""


def async_backend() -> Any:
    """anyio's backend for the running event loop, as `anyio.CancelScope()`/`anyio.current_time()` find it, without
    sniffio's per-call detection (an import and a `current_task()` each time: ~0.7 µs, three times an attempt).

    sniffio's own order: its thread-local override, then its context variable (trio, trio-asyncio), then asyncio's
    running loop. Only the common last case is short-cut; any other asks anyio as before."""
    if _get_running_loop() is not None and (
        sniffio is None or (sniffio.thread_local.name is None and sniffio.current_async_library_cvar.get() is None)
    ):
        if not _ASYNCIO_BACKEND:
            _ASYNCIO_BACKEND.append(get_async_backend("asyncio"))
        return _ASYNCIO_BACKEND[0]
    return get_async_backend()


class RetryTransport(httpx.AsyncBaseTransport):
    """Retries around an inner transport (normally the one shared `httpx.AsyncHTTPTransport` pool)."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        policy: RetryPolicy | None = None,
        *,
        rng: Callable[[], float] = random.random,
        sleep: Callable[[float], Any] = anyio.sleep,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        overload: Overload | None = None,
    ) -> None:
        self._inner = inner
        self.policy = policy or RetryPolicy()
        self.overload = overload
        self.max_response_bytes = max_response_bytes
        self._rng = rng
        self._sleep = sleep
        self.stats = RetryStats()
        self._deadline_of: tuple[object, float | None] = (object(), None)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        options = request.extensions.get(_ext.OPTIONS)
        policy: RetryPolicy = options.policy if isinstance(options, RequestOptions) else self.policy
        guard = self.overload.guard(request) if self.overload is not None else None
        started = time.monotonic()
        attempt = 0
        maybe_processed = False  # an earlier attempt may have reached the application
        call = request.extensions.get(_ext.TELEMETRY)  # telemetry hook: None when off
        while True:
            attempt += 1
            probe = False
            if guard is not None:
                if guard.may_hold():
                    held = await _wait_for_hold(guard, policy, started, self._sleep, request)
                    if held is not None:
                        return held
                if guard.rate is not None:  # paced: take a send slot, then look again (a hold may have begun)
                    await guard.pace(self._sleep, policy.total_budget - (time.monotonic() - started))
                    held = await _wait_for_hold(guard, policy, started, self._sleep, request)
                    if held is not None:
                        return held
                probe = guard.admit(request)  # raises when the API's circuit breaker is open
            if attempt > 1 or not request.extensions.get(_ext.ATTEMPT_PREPARED):
                request.headers[ATTEMPT_HEADER] = str(attempt)
            if call is not None:
                call.attempt_start(request)
            if logger.isEnabledFor(10):
                log_request(request, attempt, options.operation if isinstance(options, RequestOptions) else None)
            t0 = time.monotonic()
            try:
                response = await self._attempt(request, options)
            except httpx.TransportError as exc:
                elapsed = time.monotonic() - t0
                if call is not None:
                    call.attempt_error(exc)
                # An attempt that only waited here (for a free connection, for its token) put no load on the API:
                # it neither counts against the API's breaker nor spends its retry budget.
                waited_here = _only_waited_here(request, exc)
                if guard is not None:
                    if waited_here:
                        guard.abandon(probe)
                    else:
                        guard.outcome(failed=True, probe=probe, was_retry=attempt > 1)
                maybe_processed = maybe_processed or not _never_reached_server(exc)
                retry = attempt <= policy.max_retries and (
                    not _is_write(request) or _never_reached_server(exc) or _has_idempotency_key(request)
                )
                _log_attempt(request, None, elapsed, attempt, error=type(exc).__name__)
                if not retry:
                    raise
                delay = policy.backoff(attempt, self._rng)
                if time.monotonic() - started + delay > policy.total_budget:
                    raise
                if guard is not None and not waited_here and not guard.allow_retry():
                    mark_exhausted(request)
                    raise
                self.stats.retries += 1
                if call is not None:
                    call.retrying(type(exc).__name__, delay)
                await self._sleep(delay)
                continue
            except BaseException:
                if guard is not None:
                    guard.abandon(probe)
                raise

            elapsed = time.monotonic() - t0
            _log_attempt(request, response, elapsed, attempt)
            status = response.status_code
            if call is not None:
                call.attempt_response(status)
            if guard is not None:
                guard.outcome(failed=status in BREAKER_FAILURE_STATUSES, probe=probe, was_retry=attempt > 1)
                if status == 429 or status == 503:
                    await _hold_api(guard, response)
                else:
                    guard.answered(status, overloaded=False)
            if status == 404 and maybe_processed and request.method.upper() == "DELETE":
                response.extensions[_ext.GONE_ON_RETRY] = True
            if status not in RETRY_STATUSES or attempt > policy.max_retries:
                return response
            maybe_processed = maybe_processed or status not in NOT_PROCESSED_STATUSES
            if _is_write(request) and status not in NOT_PROCESSED_STATUSES and not _has_idempotency_key(request):
                return response
            server_wait = parse_retry_after(response.headers)
            if server_wait is not None and server_wait > policy.max_server_wait:
                response.extensions[_ext.RETRY_AFTER] = server_wait
                return response
            delay = server_wait if server_wait is not None else policy.backoff(attempt, self._rng)
            out_of_time = time.monotonic() - started + delay > policy.total_budget
            if out_of_time or (guard is not None and not guard.allow_retry()):
                if not out_of_time:
                    mark_exhausted(response)
                if server_wait is not None:
                    response.extensions[_ext.RETRY_AFTER] = server_wait
                return response
            await response.aclose()
            self.stats.retries += 1
            if call is not None:
                call.retrying(f"http_{status}", delay)
            await self._sleep(delay)

    async def _attempt(self, request: httpx.Request, options: object) -> httpx.Response:
        """One attempt, body included, under one deadline: a drop or a stall mid-body is a failed attempt too.

        (The SDK never streams; every generated operation reads the whole body anyway.)
        """
        operation = options.operation if isinstance(options, RequestOptions) else f"{request.method} {request.url.path}"
        spec = request.extensions.get("timeout")
        if spec is self._deadline_of[0]:  # the same timeout dict as the last request's (the route reuses one)
            deadline = self._deadline_of[1]
        else:
            deadline = attempt_deadline(request)
            self._deadline_of = (spec, deadline)
        response: httpx.Response | None = None
        try:
            # `anyio.fail_after`, inlined: one cancel scope per attempt, without its two generator layers.
            backend = async_backend()
            scope = backend.create_cancel_scope(
                deadline=math.inf if deadline is None else backend.current_time() + deadline
            )
            phase = request.extensions[_ext.PHASE] = AttemptPhase(scope)
            with scope:
                response = await self._inner.handle_async_request(request)
                return await read_bounded(request, response, self.max_response_bytes, operation)
            raise TimeoutError  # only the deadline cancels this scope, and only then is this line reached
        except TimeoutError as exc:
            clear_locals(exc)  # the frames below held the credentials headers (see `_secrets.clear_locals`)
            # The deadline keeps the phase it fired in: only an attempt that may have sent something is a read timeout.
            message = f"attempt exceeded its {deadline:g} s deadline"
            if phase.value == AttemptPhase.POOL:
                if phase.pool_wait is not None:  # the gate's pool timeout, which it set as this scope's deadline
                    message = f"no free connection in the pool within the {phase.pool_wait:g} s pool timeout"
                    raise httpx.PoolTimeout(message, request=request) from None
                raise httpx.PoolTimeout(f"{message} waiting for a free connection", request=request) from None
            if phase.value == AttemptPhase.TOKEN:
                raise httpx.ConnectTimeout(f"{message} fetching a token (nothing sent)", request=request) from None
            if phase.value == AttemptPhase.CONNECT:
                raise httpx.ConnectTimeout(f"{message} connecting (nothing sent)", request=request) from None
            raise httpx.ReadTimeout(message, request=request) from None
        except BaseException as exc:
            clear_locals(exc)
            raise
        finally:
            if response is not None and not response.is_closed:
                await response.aclose()

    async def aclose(self) -> None:
        await self._inner.aclose()


async def _wait_for_hold(
    guard: ApiGuard, policy: RetryPolicy, started: float, sleep: Callable[[float], Any], request: httpx.Request
) -> httpx.Response | None:
    """Wait while the API is held back (a `Retry-After` seen by any call, or any process sharing the state), up to
    this call's own deadline; past it, the held status at once (nothing sent)."""
    while True:
        wait = await guard.held_for()
        if wait <= 0:
            return None
        remaining = policy.total_budget - (time.monotonic() - started)
        if wait > remaining or wait > policy.max_server_wait:
            return held_response(request, guard, wait)
        await sleep(wait)


async def _hold_api(guard: ApiGuard, response: httpx.Response) -> None:
    """A 429/503 asking for a pause holds the whole API (`ApiGuard.hold`), not only this call, and paces it; a
    listener of the task (`submit_many`'s AIMD) hears of every 429/503."""
    status = response.status_code
    server_wait = parse_retry_after(response.headers) if status in (429, 503) else None
    guard.answered(status, overloaded=server_wait is not None and server_wait > 0)
    if status in (429, 503):
        notify_overload(status)
        if server_wait is not None and server_wait > 0:
            await guard.hold(server_wait, status)


@attrs.define
class RetryStats:
    """Counters a benchmark or a summary table can read."""

    retries: int = 0


def _log_attempt(
    request: httpx.Request,
    response: httpx.Response | None,
    elapsed: float,
    attempt: int,
    *,
    error: str | None = None,
) -> None:
    if not logger.isEnabledFor(20):
        return
    options = request.extensions.get(_ext.OPTIONS)
    operation = options.operation if isinstance(options, RequestOptions) else None
    request_id = request_id_of(response) if response is not None else None
    log_attempt(request, response, elapsed, attempt, operation, request_id=request_id, error=error)
