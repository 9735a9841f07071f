"""A journal that lives as long as the process: resume after an exception or a cancellation, not after a crash."""

from __future__ import annotations

import copy
import time
from typing import Any

import attrs

from ..errors import JournalLockedError
from .protocol import DEFAULT_LEASE_TTL, ChunkRecord, ChunkState, owner_is_gone

__all__ = ["MemoryJournal"]


class MemoryJournal:
    """Records and leases in dicts; share one instance between the runs that should see each other."""

    def __init__(self, *, lease_ttl: float = DEFAULT_LEASE_TTL) -> None:
        if lease_ttl <= 0:
            raise ValueError("lease_ttl must be > 0")
        self.lease_ttl = float(lease_ttl)
        self._chunks: dict[tuple[str, int], ChunkRecord] = {}
        self._leases: dict[str, tuple[str, float]] = {}

    def __repr__(self) -> str:
        return f"MemoryJournal({len(self._chunks)} chunk(s))"

    async def acquire(self, run: str, owner: str) -> bool:
        held = self._leases.get(run)
        now = time.monotonic()
        if held is not None and held[0] != owner and held[1] > now and not owner_is_gone(held[0]):
            return False
        self._leases[run] = (owner, now + self.lease_ttl)
        return True

    async def release(self, run: str, owner: str) -> None:
        if self._leases.get(run, ("", 0.0))[0] == owner:
            del self._leases[run]

    async def get(self, run: str, index: int) -> ChunkRecord | None:
        record = self._chunks.get((run, index))
        return copy.deepcopy(record)  # callers never share state with the store

    async def begin(
        self, run: str, index: int, content_hash: str, item_count: int, idempotency_key: str, *, owner: str
    ) -> None:
        held = self._leases.get(run)
        if held is None or held[0] != owner or held[1] <= time.monotonic():
            raise JournalLockedError(f"this run no longer holds the lease of run {run!r}; nothing more is sent")
        if (run, index) in self._chunks:
            raise JournalLockedError(f"chunk {index} of run {run!r} was begun by another run")
        self._chunks[(run, index)] = ChunkRecord(
            run, index, content_hash, item_count, idempotency_key, ChunkState.SUBMITTING.value
        )

    async def submitted(self, run: str, index: int, batch_id: str, handle: dict[str, Any]) -> None:
        record = self._chunks[(run, index)]
        self._chunks[(run, index)] = attrs.evolve(
            record, state=ChunkState.SUBMITTED.value, batch_id=batch_id, handle=copy.deepcopy(handle)
        )

    async def done(self, run: str, index: int, outcomes: list[dict[str, Any]]) -> None:
        record = self._chunks[(run, index)]
        self._chunks[(run, index)] = attrs.evolve(record, state=ChunkState.DONE.value, outcomes=copy.deepcopy(outcomes))

    async def aclose(self) -> None:
        return None
