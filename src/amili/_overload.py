"""Taking load off Amili under overload: a retry budget, an API-wide back-off, a circuit breaker (issue 32).

All three are per client core and per API (the httpx client of each API tags its requests with
`amili._extensions.API`) and are consulted by the retry engine at two points: `ApiGuard.admit` before every attempt and
`ApiGuard.record` / `ApiGuard.allow_retry` after it. Nothing here decides *whether* a failure is safe to retry (the
retry engine keeps that: a write whose fate is unknown is never re-sent); it only ever sends *less*.

- Retry budget (AWS SDKs' retry quota, gRPC's retry throttling, Finagle's retry budget): a bucket of at most
  `budget_max` retry tokens, starting full; a retry takes one, every success puts back `budget_ratio` (and a retry
  that succeeded gives its token back). Against a dead API at most `budget_max` retries are spent in all; in steady
  state retries stay below `budget_ratio` of successful requests.
- Back-off: a 429/503 with a server wait (`Retry-After` …) holds the whole API until then: new attempts wait (up to
  their own deadline) or fail at once as that status. With shared state the hold is written to the store's
  `backoff` record, so every process sharing it backs off together.
- Circuit breaker: `breaker_failures` failed attempts in a row (no connection, timeouts, 500/502/503/504) spanning at
  least `breaker_window` seconds open it: calls fail at once with `APIUnavailableError` for `breaker_interval`
  seconds (doubling per failed probe up to `breaker_max_interval`); then one probe is let through at a time
  (half-open), and its success closes the breaker.
"""

from __future__ import annotations

import contextlib
import contextvars
import time
from collections import deque
from collections.abc import Callable
from typing import Any, Protocol, runtime_checkable

import attrs
import httpx

from . import _extensions as _ext
from ._logging import logger
from .errors import APIConnectionError, APITimeoutError, APIUnavailableError

__all__ = [
    "ApiGuard",
    "ApiUnavailable",
    "BackoffRecord",
    "Overload",
    "OverloadPolicy",
]


BREAKER_FAILURE_STATUSES = frozenset({500, 502, 503, 504})

OVERLOAD_LISTENER: contextvars.ContextVar[Callable[[int], None] | None] = contextvars.ContextVar(
    "amili_overload_listener", default=None
)
"""Called with the status of every 429/503 an attempt of the current task receives, retried or not: `submit_many`
lowers its chunk concurrency with it (AIMD)."""


def notify_overload(status: int) -> None:
    listener = OVERLOAD_LISTENER.get()
    if listener is not None:
        listener(status)


@attrs.frozen
class OverloadPolicy:
    """How much load the SDK takes off an overloaded or failing API (one per client; see docs/retries.md)."""

    retry_budget: bool = True
    budget_ratio: float = 0.1
    """Retry tokens each success puts back: retries stay below this fraction of successful requests."""
    budget_max: float = 100.0
    """The bucket's size and its start: the most retries spent in a row without a success (the floor)."""
    breaker: bool = True
    breaker_failures: int = 10
    """Failed attempts in a row (no connection, timeout, 500/502/503/504) that open the breaker ..."""
    breaker_window: float = 2.0
    """... when they span at least this many seconds (a sustained failure, not a burst)."""
    breaker_interval: float = 1.0
    """Seconds calls fail fast before the first probe; doubled per failed probe."""
    breaker_max_interval: float = 30.0
    shared_backoff: bool = True
    """Write and read API-wide back-offs through the shared state store (`state=`), when there is one."""
    backoff_refresh: float = 0.1
    """At most one read of the shared back-off record per API per this many seconds."""
    pace: bool = True
    """After a 429/503, send to the API at most 90 % of the requests it answered in the second before (then +1 per
    second while it keeps answering): held-back calls go out spaced, not all at once when the hold ends."""


@runtime_checkable
class BackoffRecord(Protocol):
    """The shared back-off record of a state store (`state.backoff`): how long an API asked every client to wait.

    Durations, not instants, cross the protocol, so a store with its own clock (PostgreSQL) keeps hosts with skewed
    clocks in step."""

    async def hold(self, key: str, seconds: float, status: int) -> None:
        """Hold `key` for `seconds` from now (an existing hold that lasts longer is kept)."""
        ...

    async def get(self, key: str) -> tuple[float, int] | None:
        """(seconds left, status) of the hold on `key`, or None when there is none (or it is over)."""
        ...


class ApiUnavailable(httpx.ConnectError):
    """The breaker is open: nothing was sent (the façade raises `APIUnavailableError`)."""

    def __init__(self, message: str, *, request: httpx.Request, retry_in: float) -> None:
        super().__init__(message, request=request)
        self.retry_in = retry_in


class _Budget:
    __slots__ = ("max", "ratio", "tokens")

    def __init__(self, policy: OverloadPolicy) -> None:
        self.ratio = policy.budget_ratio
        self.max = policy.budget_max
        self.tokens = policy.budget_max

    def withdraw(self) -> bool:
        if self.tokens < 1.0:
            return False
        self.tokens -= 1.0
        return True

    def deposit(self, was_retry: bool) -> None:
        self.tokens = min(self.max, self.tokens + self.ratio + (1.0 if was_retry else 0.0))


class _Breaker:
    CLOSED, OPEN, HALF_OPEN = "closed", "open", "half-open"

    __slots__ = ("failures", "first_failure", "interval", "open_until", "policy", "probing", "state")

    def __init__(self, policy: OverloadPolicy) -> None:
        self.policy = policy
        self.state = self.CLOSED
        self.failures = 0
        self.first_failure = 0.0
        self.interval = policy.breaker_interval
        self.open_until = 0.0
        self.probing = False

    def admit(self, now: float) -> tuple[bool, bool]:
        """(admitted, is_probe)."""
        if self.state == self.CLOSED:
            return True, False
        if self.state == self.OPEN and now >= self.open_until:
            self.state = self.HALF_OPEN
        if self.state == self.HALF_OPEN and not self.probing:
            self.probing = True
            return True, True
        return False, False

    def success(self, key: str) -> None:
        if self.state != self.CLOSED:
            logger.debug("circuit breaker for %s closed (probe succeeded)", key)
        self.state = self.CLOSED
        self.failures = 0
        self.interval = self.policy.breaker_interval
        self.probing = False

    def failure(self, key: str, now: float, probe: bool) -> None:
        if self.failures == 0:
            self.first_failure = now
        self.failures += 1
        if probe or self.state == self.HALF_OPEN:
            self.probing = False
            self.interval = min(self.policy.breaker_max_interval, self.interval * 2)
            self._open(key, now)
        elif (
            self.state == self.CLOSED
            and self.failures >= self.policy.breaker_failures
            and now - self.first_failure >= self.policy.breaker_window
        ):
            self._open(key, now)

    def _open(self, key: str, now: float) -> None:
        self.state = self.OPEN
        self.open_until = now + self.interval
        logger.debug(
            "circuit breaker for %s open for %.3g s after %d failed attempts in a row",
            key,
            self.interval,
            self.failures,
        )

    def abandon(self) -> None:
        """A probe ended without an answer either way (cancelled): let another probe go."""
        self.probing = False


class ApiGuard:
    """Budget, breaker and back-off of one API of one client core."""

    def __init__(self, key: str, policy: OverloadPolicy, record: BackoffRecord | None, clock: Callable[[], float]):
        self.key = key
        self.policy = policy
        self.budget = _Budget(policy)
        self.breaker = _Breaker(policy)
        self.record = record if policy.shared_backoff else None
        self._clock = clock
        self.hold_until = 0.0  # epoch seconds
        self.hold_status = 429
        self._read_at = -1e18
        self.rate: float | None = None  # requests per second while pacing; None: not paced
        self._answered: deque[float] = deque()  # when the API answered other than 429/503 (the last second)
        self._next_slot = 0.0
        self._lowered_at = -1e18

    # -- before an attempt -------------------------------------------------------------------------------------------

    def may_hold(self) -> bool:
        """False while nothing can hold this API back: no shared record to read and no local hold ever began (then
        `held_for` is 0 without being asked)."""
        return self.record is not None or self.hold_until > 0.0

    async def held_for(self) -> float:
        """Seconds this API is still held back (0 when it is not), the shared record included."""
        now = time.time()
        if self.record is not None and self._clock() - self._read_at >= self.policy.backoff_refresh:
            self._read_at = self._clock()
            try:
                found = await self.record.get(self.key)
            except Exception as exc:  # the shared record is an optimisation: never fail a call over it
                logger.debug("back-off record for %s unreadable (%s)", self.key, type(exc).__name__)
                found = None
            if found is not None and now + found[0] > self.hold_until:
                self.hold_until, self.hold_status = now + found[0], found[1]
        return max(0.0, self.hold_until - now)

    async def pace(self, sleep: Callable[[float], Any], limit: float) -> None:
        """While paced, take the next free send slot (`1 / rate` apart), waiting at most `limit` seconds for it."""
        rate = self.rate
        if rate is None:
            return
        now = self._clock()
        slot = max(now, self._next_slot)
        self._next_slot = slot + 1.0 / rate
        if slot > now:
            await sleep(min(slot - now, max(0.0, limit)))

    def answered(self, status: int, *, overloaded: bool) -> None:
        """Every response: the pacing rate learns from it. `overloaded` (a 429/503 asking for a pause): lower it to
        90 % of the answers of the last second; any other answer but a 429/503: +1 request/s per second. (A 429/503
        without a wait — a random fault, an outage — is the budget's and the breaker's, not pacing's: lowering
        the rate on each would spiral it down.)"""
        if not self.policy.pace:
            return
        now = self._clock()
        answered = self._answered
        while answered and answered[0] <= now - 1.0:
            answered.popleft()
        if status in (429, 503) and not overloaded:
            return
        if overloaded:
            if now - self._lowered_at < 1.0:
                return  # the rest of the same burst: lowered once per second
            self._lowered_at = now
            self.rate = max(1.0, 0.9 * len(answered))
            logger.debug("%s overloaded (HTTP %d): pacing to %.3g requests/s", self.key, status, self.rate)
            return
        answered.append(now)
        if self.rate is not None:
            self.rate += 1.0 / self.rate
            if self.rate > 10_000:
                self.rate = None

    def admit(self, request: httpx.Request) -> bool:
        """Breaker admission; raises `ApiUnavailable` when open. Returns whether this attempt is the probe."""
        if not self.policy.breaker:
            return False
        now = self._clock()
        admitted, probe = self.breaker.admit(now)
        if not admitted:
            retry_in = max(0.0, self.breaker.open_until - now)
            raise ApiUnavailable(
                f"{self.key} is unavailable (circuit breaker open after {self.breaker.failures} failed attempts "
                f"in a row; next probe in {retry_in:.2g} s): nothing was sent",
                request=request,
                retry_in=retry_in,
            )
        return probe

    # -- after an attempt --------------------------------------------------------------------------------------------

    def outcome(self, *, failed: bool, probe: bool, was_retry: bool) -> None:
        if self.policy.breaker:
            if failed:
                self.breaker.failure(self.key, self._clock(), probe)
            else:
                self.breaker.success(self.key)
        if not failed and self.policy.retry_budget:
            self.budget.deposit(was_retry)

    def abandon(self, probe: bool) -> None:
        if probe:
            self.breaker.abandon()

    def allow_retry(self) -> bool:
        if not self.policy.retry_budget:
            return True
        if self.budget.withdraw():
            return True
        logger.debug("retry budget for %s exhausted: the failure is returned without a retry", self.key)
        return False

    async def hold(self, seconds: float, status: int) -> None:
        """The API asked for a pause (`Retry-After` on a 429/503): hold every new attempt until then."""
        until = time.time() + seconds
        if until <= self.hold_until:
            return
        self.hold_until, self.hold_status = until, status
        logger.debug("%s asked to back off %.3g s (HTTP %d): holding every call to it", self.key, seconds, status)
        if self.record is not None:
            try:
                await self.record.hold(self.key, seconds, status)
            except Exception as exc:
                logger.debug("back-off record for %s not written (%s)", self.key, type(exc).__name__)


class Overload:
    """The guards of one client core, one per API, built from the owner's policy."""

    def __init__(
        self,
        policy: OverloadPolicy,
        record: BackoffRecord | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.policy = policy
        self.record = record
        self._clock = clock
        self._guards: dict[str, ApiGuard] = {}

    def guard(self, request: httpx.Request) -> ApiGuard | None:
        key = request.extensions.get(_ext.API)
        if not isinstance(key, str):
            return None
        guard = self._guards.get(key)
        if guard is None:
            shared_key = f"{key} {request.url.scheme}://{request.url.netloc.decode('ascii', 'replace')}"
            guard = self._guards[key] = ApiGuard(shared_key, self.policy, self.record, self._clock)
        return guard


def held_response(request: httpx.Request, guard: ApiGuard, wait: float) -> httpx.Response:
    """The answer to an attempt the API-wide back-off does not let out within its deadline: the status the API gave,
    with the remaining wait (nothing was sent)."""
    seconds = max(1, int(wait + 0.999))
    response = httpx.Response(
        guard.hold_status,
        headers={"Retry-After": str(seconds), "Content-Type": "application/json"},
        json={"message": f"{guard.key.split(' ', 1)[0]} asked every client to wait {wait:.3g} s more (not sent)"},
        request=request,
    )
    response.extensions[_ext.LOCAL_BACKOFF] = True
    response.extensions[_ext.RETRY_AFTER] = wait
    return response


def mark_exhausted(target: Any) -> None:
    """Flag a response or request: a retryable failure returned because the retry budget was empty."""
    target.extensions[_ext.BUDGET_EXHAUSTED] = True


def transport_error(exc: httpx.TransportError, operation: str) -> APIConnectionError:
    """The typed error of a call that got no response: `APIUnavailableError` (breaker open), `APITimeoutError`,
    else `APIConnectionError`; `retry_budget_exhausted` set when the retry budget stopped its retries."""
    error: APIConnectionError
    if isinstance(exc, ApiUnavailable):
        error = APIUnavailableError(
            f"{operation}: {exc}", request=exc.request, operation=operation, retry_in=exc.retry_in
        )
    elif isinstance(exc, httpx.TimeoutException):
        error = APITimeoutError(
            f"{operation}: timed out ({type(exc).__name__})", request=exc.request, operation=operation
        )
    else:
        error = APIConnectionError(
            f"{operation}: connection failed ({type(exc).__name__})", request=exc.request, operation=operation
        )
    with contextlib.suppress(RuntimeError):  # an exception raised without a request has none
        error.retry_budget_exhausted = bool(exc.request.extensions.get(_ext.BUDGET_EXHAUSTED))
    return error
