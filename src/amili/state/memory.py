"""In-memory state: one process only (tests, scripts, a single-worker app)."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

import anyio

from ..errors import ConfigurationError
from .protocols import Claim

if TYPE_CHECKING:
    from ..auth import Token
    from ..journal.memory import MemoryJournal

__all__ = ["MemoryBackoffRecord", "MemoryCompletionSignals", "MemoryDedupStore", "MemoryState", "MemoryTokenCache"]

_PROCESSING, _DONE = "p", "d"


class MemoryDedupStore:
    """Completed keys expire after `ttl` seconds; at most `max_keys` kept (the least recently claimed dropped)."""

    def __init__(
        self, ttl: float = 24 * 3600.0, max_keys: int = 100_000, clock: Callable[[], float] = time.monotonic
    ) -> None:
        if ttl <= 0 or max_keys < 1:
            raise ConfigurationError("ttl must be > 0 and max_keys >= 1")
        self.ttl = ttl
        self.max_keys = max_keys
        self._clock = clock
        self._keys: OrderedDict[str, tuple[str, float]] = OrderedDict()  # key -> (state, valid until)
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._keys)

    async def claim(self, key: str, *, lease: float) -> Claim:
        now = self._clock()
        with self._lock:
            current = self._keys.get(key)
            if current is not None and current[1] > now:
                return Claim.DONE if current[0] == _DONE else Claim.IN_PROGRESS
            self._keys.pop(key, None)
            self._keys[key] = (_PROCESSING, now + lease)
            while len(self._keys) > self.max_keys:
                self._keys.popitem(last=False)
            return Claim.NEW

    async def complete(self, key: str) -> None:
        with self._lock:
            self._keys[key] = (_DONE, self._clock() + self.ttl)

    async def release(self, key: str) -> None:
        with self._lock:
            current = self._keys.get(key)
            if current is not None and current[0] == _PROCESSING:
                del self._keys[key]


class MemoryCompletionSignals:
    """Published batch ids (bounded) and the waiters of this process."""

    def __init__(self, max_ids: int = 10_000) -> None:
        self.max_ids = max_ids
        self._published: OrderedDict[str, None] = OrderedDict()
        self._waiters: dict[str, list[anyio.Event]] = {}

    async def publish(self, batch_id: str) -> None:
        self._published[batch_id] = None
        while len(self._published) > self.max_ids:
            self._published.popitem(last=False)
        for event in self._waiters.pop(batch_id, []):
            event.set()

    async def wait(self, batch_id: str, timeout: float) -> bool:
        if batch_id in self._published:
            return True
        event = anyio.Event()
        self._waiters.setdefault(batch_id, []).append(event)
        try:
            with anyio.move_on_after(timeout):
                await event.wait()
            return event.is_set()
        finally:
            waiters = self._waiters.get(batch_id)
            if waiters and event in waiters:
                waiters.remove(event)
                if not waiters:
                    del self._waiters[batch_id]


class MemoryTokenCache:
    """Tokens shared by the clients of one process."""

    def __init__(self) -> None:
        self._tokens: dict[str, Token] = {}
        self._locks: dict[str, anyio.Lock] = {}

    async def single_flight(
        self, key: str, fetch: Callable[[], Awaitable[Token]], *, reject: str | None = None
    ) -> Token:
        lock = self._locks.setdefault(key, anyio.Lock())
        async with lock:
            token = self._tokens.get(key)
            if token is not None and token.is_fresh() and token.value != reject:
                return token
            token = self._tokens[key] = await fetch()
            return token

    def __repr__(self) -> str:
        return f"MemoryTokenCache(keys={len(self._tokens)})"


class MemoryBackoffRecord:
    """API-wide back-offs of the clients of one process."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._holds: dict[str, tuple[float, int]] = {}

    async def hold(self, key: str, seconds: float, status: int) -> None:
        until = self._clock() + seconds
        current = self._holds.get(key)
        if current is None or current[0] < until:
            self._holds[key] = (until, status)

    async def get(self, key: str) -> tuple[float, int] | None:
        current = self._holds.get(key)
        if current is None:
            return None
        left = current[0] - self._clock()
        if left <= 0:
            del self._holds[key]
            return None
        return left, current[1]


class MemoryState:
    """`memory://`: every store lives in this process."""

    url = "memory://"

    def __init__(self) -> None:
        self.dedup = MemoryDedupStore()
        self.signals = MemoryCompletionSignals()
        self.tokens = MemoryTokenCache()
        self.backoff = MemoryBackoffRecord()
        self._journal: MemoryJournal | None = None

    @property
    def journal(self) -> MemoryJournal:
        """The bulk journal of this process (`submit_many(run_name=…)` uses it by default)."""
        if self._journal is None:
            from ..journal.memory import MemoryJournal

            self._journal = MemoryJournal()
        return self._journal

    async def open(self) -> None:
        return None

    async def aclose(self) -> None:
        return None

    def __repr__(self) -> str:
        return "MemoryState()"
