"""Waiting on batches: one poller per client, a shared request-rate budget, webhook wake-ups, hard deadlines."""

from __future__ import annotations

import json
import math
import random
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import anyio

from .. import telemetry
from ..errors import BatchTimeoutError, ConfigurationError, RequestValidationError
from .binding import batch_operations, find_operation
from .styles import style_for
from .types import BatchHandle, BatchResult, BatchState

if TYPE_CHECKING:
    from ..journal.protocol import JournalStore
    from ..state import CompletionSignals

__all__ = ["BatchPoller"]


class BatchPoller:
    """One per client (shared by its `with_options` views, polling with the client's own options).

    Each waiter sleeps on its own backoff schedule (first poll after `first_delay` 0.5 s, then pauses growing by
    `factor` 1.6 with `jitter`, capped at `max_delay` 30 s; a `Retry-After` on a 202 wins); polls reserve slots on
    one clock. The budget scales with the batches being waited on: each adds `2 / first_delay` polls per second
    (twice what it can use: waiters due together are not queued behind each other), at least
    `min_polls_per_second` (20), never more than `max_polls_per_second` (100). All are plain attributes: tune them
    on `amili.batches`. What to call and how to read the answer come from the write's `x-amili-batch`.
    """

    _MAX_EARLY_NOTICES = 10_000

    def __init__(
        self,
        apis: Callable[[str], Any],
        *,
        first_delay: float = 0.5,
        max_delay: float = 30.0,
        factor: float = 1.6,
        max_polls_per_second: float = 100.0,
        min_polls_per_second: float = 20.0,
        jitter: float = 0.5,
    ) -> None:
        self._apis = apis
        self.first_delay = first_delay
        self.max_delay = max_delay
        self.factor = factor
        self.jitter = jitter
        """Each backoff pause is drawn from [delay x (1 - jitter), delay] so many waiters do not poll in step."""
        self.max_polls_per_second = max_polls_per_second
        self.min_polls_per_second = min_polls_per_second
        self.waiting = 0
        """Batches being waited on right now (the poll budget scales with it)."""
        self._next_slot = -math.inf
        self._wakeups: dict[str, list[anyio.Event]] = {}
        # Webhooks that arrived while nobody waited on the batch (insertion ordered, bounded).
        self._completed: dict[str, None] = {}
        self.polls = 0
        self.journal: JournalStore | None = None
        """The client's shared state's journal (`AmiliClient(state=…)`): the default of a named `submit_many`."""
        self.signals: CompletionSignals | None = None
        """Shared completion signals (`AmiliClient(state=…)`): a webhook received by another process wakes `wait()`."""

    @property
    def max_polls_per_second(self) -> float:
        return self._max_polls_per_second

    @max_polls_per_second.setter
    def max_polls_per_second(self, value: float) -> None:
        if value <= 0:
            raise ValueError("max_polls_per_second must be > 0")
        self._max_polls_per_second = float(value)

    def handle(self, data: Mapping[str, Any] | str | BatchHandle) -> BatchHandle:
        """Bind a serialised handle (dict or JSON) to this client."""
        if isinstance(data, BatchHandle):
            data = data.to_dict()
        if isinstance(data, str):
            data = json.loads(data)
        if not isinstance(data, Mapping):
            raise TypeError("a batch handle is a BatchHandle, its to_dict() or its to_json()")
        return BatchHandle.from_dict(data, poller=self)

    def notify_completed(self, batch_id: str) -> None:
        """A `BATCH_COMPLETED` webhook arrived: poll that batch now instead of at its next scheduled time."""
        batch_id = str(batch_id)
        events = self._wakeups.pop(batch_id, None)
        if events:
            for event in events:
                event.set()
            return
        # Nobody waits yet (the webhook beat `wait()`): remember it so the first poll happens at once.
        self._completed[batch_id] = None
        while len(self._completed) > self._MAX_EARLY_NOTICES:
            del self._completed[next(iter(self._completed))]

    async def publish_completed(self, batch_id: str) -> None:
        """`notify_completed` here, and in every process sharing this client's state (if any)."""
        self.notify_completed(batch_id)
        if self.signals is not None:
            await self.signals.publish(str(batch_id))

    @property
    def polls_per_second(self) -> float:
        """The budget now: scaled by the batches waited on, within [min, max]_polls_per_second."""
        # Twice what a waiter can use (it polls at most once per `first_delay`): slots are spaced evenly, so a budget
        # equal to the demand would queue the waiters that fall due together (submitted together) behind each other.
        per_batch = 2.0 / self.first_delay if self.first_delay > 0 else math.inf
        wanted = max(self.min_polls_per_second, self.waiting * per_batch)
        return max(1e-3, min(self._max_polls_per_second, wanted))

    async def _slot(self) -> None:
        """Reserve the next free poll slot on the client-wide clock and sleep until it."""
        now = anyio.current_time()
        slot = max(now, self._next_slot + 1.0 / self.polls_per_second)
        self._next_slot = slot
        if slot > now:
            await anyio.sleep(slot - now)

    async def _sleep_or_wake(self, batch_id: str, seconds: float, signals: CompletionSignals | None = None) -> bool:
        """Sleep `seconds` unless the batch's completion is notified here or (via `signals`) elsewhere; True if the
        shared signal fired."""
        if self._completed.pop(batch_id, 0) is None:  # an early webhook: consume it, poll now
            return False
        if seconds <= 0:
            return False
        event = anyio.Event()
        self._wakeups.setdefault(batch_id, []).append(event)
        signalled = False
        try:
            with anyio.move_on_after(seconds):
                if signals is None:
                    await event.wait()
                else:
                    async with anyio.create_task_group() as tg:

                        async def shared() -> None:
                            nonlocal signalled
                            signalled = await signals.wait(batch_id, seconds)
                            if signalled:
                                tg.cancel_scope.cancel()

                        async def local() -> None:
                            await event.wait()
                            tg.cancel_scope.cancel()

                        tg.start_soon(shared)
                        tg.start_soon(local)
            return signalled
        finally:
            waiters = self._wakeups.get(batch_id)
            if waiters and event in waiters:
                waiters.remove(event)
                if not waiters:
                    self._wakeups.pop(batch_id, None)

    async def poll(self, handle: BatchHandle) -> tuple[BatchState, BatchResult | None, float | None]:
        """One status request (rate-bounded): (state, result when terminal, server's Retry-After)."""
        await self._slot()
        self.polls += 1
        api = self._apis(handle.api)
        write = find_operation(api, handle.operation)
        if write is None or not write.meta.batch:
            # A handle made outside this client (`amili batches wait`): any batch write of the API says how to poll.
            write = next((op for _, op in batch_operations(api)), None)
        if write is None or not write.meta.batch:
            raise ConfigurationError(f"the {handle.api} API has no batch operations (x-amili-batch) to poll with")
        batch = write.meta.batch
        poll = find_operation(api, batch["poll"])
        if poll is None:
            raise ConfigurationError(f"{write.meta.qualname}: x-amili-batch.poll {batch['poll']!r} is not an operation")
        result = await style_for(batch, write.meta.qualname).poll(poll, handle)
        if (scope := telemetry.current()) is not None:  # telemetry hook: the poll loop as events on the chunk
            scope.event("amili.batch.poll", {"amili.batch.state": str(result[0]), "amili.batch.polls": self.polls})
        return result

    async def wait(self, handle: BatchHandle, timeout: float | None = 3600.0) -> BatchResult:
        """Poll until terminal. With a `timeout`, returns or raises `BatchTimeoutError` within `timeout` plus
        `first_delay` seconds, even when a poll itself is slow (it is cancelled: polls are reads)."""
        if timeout is not None and (isinstance(timeout, bool) or not timeout >= 0 or timeout == math.inf):
            raise RequestValidationError(
                "wait timeout must be a finite number of seconds >= 0 (or None)", field="timeout"
            )
        self.waiting += 1
        try:
            if timeout is None:
                return await self._wait(handle, math.inf, None)
            with anyio.move_on_after(max(0.0, timeout) + max(0.0, self.first_delay)):
                return await self._wait(handle, anyio.current_time() + timeout, timeout)
            raise _timeout(handle, BatchState.PROCESSING, timeout)
        finally:
            self.waiting -= 1

    async def _wait(self, handle: BatchHandle, deadline: float, timeout: float | None) -> BatchResult:
        delay = self.first_delay
        # A shared completion signal is consulted until it fires once for this wait (then backoff alone).
        signals = self.signals
        if await self._sleep_or_wake(handle.batch_id, min(delay, max(0.0, deadline - anyio.current_time())), signals):
            signals = None
        while True:
            state, result, retry_after = await self.poll(handle)
            if result is not None:
                self._completed.pop(handle.batch_id, None)
                return result
            remaining = deadline - anyio.current_time()
            if remaining <= 0:
                raise _timeout(handle, state, timeout)
            delay = min(self.max_delay, delay * self.factor)
            pause = retry_after if retry_after is not None else delay * (1 - self.jitter * random.random())  # noqa: S311
            if await self._sleep_or_wake(handle.batch_id, min(pause, remaining), signals):
                signals = None


def _timeout(handle: BatchHandle, state: BatchState, timeout: float | None) -> BatchTimeoutError:
    return BatchTimeoutError(
        f"batch {handle.batch_id} still {state} after {timeout} s; resume with amili.batches.handle(...)", handle
    )
