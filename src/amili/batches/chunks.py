"""A chunk of `submit_many` on its way, how chunks are fingerprinted for the journal, and the AIMD limit on how many
are submitted at once."""

from __future__ import annotations

import hashlib
import json
from typing import Any

import anyio
import attrs

from .._logging import logger
from .types import BatchHandle, ItemOutcome

__all__ = ["Chunk", "ChunkConcurrency"]


class ChunkConcurrency:
    """AIMD on the chunks submitted at once: halved on a 429/503 (once per overload episode: until a submission
    succeeds again), +1 per accepted chunk up to the configured concurrency."""

    def __init__(self, limiter: anyio.CapacityLimiter, ceiling: int) -> None:
        self._limiter = limiter
        self.ceiling = ceiling
        self.lowest = ceiling
        self._episode = False

    @property
    def current(self) -> int:
        return int(self._limiter.total_tokens)

    def overloaded(self, status: int) -> None:
        if self._episode:
            return
        self._episode = True
        self._limiter.total_tokens = max(1, self.current // 2)
        self.lowest = min(self.lowest, self.current)
        logger.debug("submit_many: HTTP %d, chunk concurrency lowered to %d", status, self.current)

    def succeeded(self) -> None:
        self._episode = False
        if self.current < self.ceiling:
            self._limiter.total_tokens = self.current + 1


@attrs.define
class Chunk:
    """One chunk on its way: what is (still) to be sent, and the outcomes already settled without a batch."""

    index: int
    offset: int
    positions: list[int]
    """The caller's index of each item in `payload`."""
    payload: list[dict[str, Any]]
    invalid: list[ItemOutcome]
    content_hash: str
    body: Any = None
    """The prebuilt request body for `payload` (dropped when the payload shrinks)."""
    key: str = ""
    handle: BatchHandle | None = None
    settled: list[ItemOutcome] = attrs.field(factory=list)
    uncertain: bool = False
    """An earlier attempt (in this run or a crashed one) may have applied some items."""
    unsettled: int = 0
    """Items reported UNKNOWN_FATE because they were not found within the settle window: the chunk is not
    journalled as done, so a later run with the journal looks for them again."""

    def keep(self, pairs: list[tuple[int, dict[str, Any]]]) -> None:
        if len(pairs) != len(self.payload):
            self.body = None
        self.positions = [p for p, _ in pairs]
        self.payload = [i for _, i in pairs]

    def settle(self, outcomes: list[ItemOutcome]) -> None:
        decided = {o.index for o in outcomes}
        self.settled += outcomes
        self.keep([(p, i) for p, i in zip(self.positions, self.payload, strict=True) if p not in decided])

    def journal_handle(self) -> dict[str, Any]:
        assert self.handle is not None
        return {
            **self.handle.to_dict(),
            "positions": self.positions,
            "reconciled": [o.to_dict() for o in self.settled],
            "uncertain": self.uncertain,
        }


def _hash(items: Any) -> str:
    return hashlib.sha256(json.dumps(items, sort_keys=True, default=str).encode()).hexdigest()


def _chunk_hash(items: list[Any], valid: list[dict[str, Any]], invalid: list[ItemOutcome]) -> str:
    """The chunk as given, in order, invalid items included: outcomes are stored per position, so a rerun whose
    items sit at other positions (or whose mix of valid and invalid items differs) must not match.

    A chunk without invalid items hashes as it always did (journals written by earlier versions still resume)."""
    if not invalid:
        return _hash(valid)
    given = [item.to_dict() if hasattr(item, "to_dict") else item for item in items]
    return _hash({"items": given, "invalid": [o.index for o in invalid]})


def _unwrap(group: BaseExceptionGroup[BaseException]) -> BaseException:
    """The first real error inside (nested) exception groups, preferring anything over cancellation."""
    leaves: list[BaseException] = []

    def walk(exc: BaseException) -> None:
        if isinstance(exc, BaseExceptionGroup):
            for inner in exc.exceptions:
                walk(inner)
        else:
            leaves.append(exc)

    walk(group)
    cancelled = anyio.get_cancelled_exc_class()
    for leaf in leaves:
        if not isinstance(leaf, cancelled):
            return leaf
    return leaves[0] if leaves else group
