"""The journal protocol: what `submit_many` needs from durable storage, and nothing more.

A run (`run_name`) is a sequence of chunks. Each chunk moves `submitting` (idempotency key recorded before the
request) → `submitted` (batch id) → `done` (every item's outcome); every step is durable before the next begins.

One run is driven by one process at a time. A process holds the run's *lease* (`acquire`, renewed as a heartbeat
every `lease_ttl / 3` seconds, `release` at the end); a lease that is not renewed within `lease_ttl` expires, so a
crashed owner's run can be resumed. `begin` is the fence: it succeeds only for the lease's current owner and only
once per chunk, so a process that lost its lease never sends a chunk another live process owns.

Implementations raise `JournalError` subclasses only (`JournalLockedError`, `JournalCorruptError`,
`JournalStorageError`), never their driver's exceptions.
"""

from __future__ import annotations

import json
import os
import socket
import uuid
from enum import StrEnum
from typing import Any, Protocol, runtime_checkable

import attrs

from ..errors import JournalCorruptError

__all__ = [
    "DEFAULT_LEASE_TTL",
    "ChunkRecord",
    "ChunkState",
    "JournalStore",
    "abandon_owner",
    "chunk_from_row",
    "new_owner",
    "owner_is_gone",
]

DEFAULT_LEASE_TTL = 30.0
"""Seconds a run's lease survives without a heartbeat (a crashed owner's run can be resumed after this)."""


class ChunkState(StrEnum):
    SUBMITTING = "submitting"
    SUBMITTED = "submitted"
    DONE = "done"


@attrs.frozen
class ChunkRecord:
    """One chunk as journalled. `handle` and `outcomes` are plain JSON values (the journal does not interpret them)."""

    run: str
    index: int
    content_hash: str
    item_count: int
    idempotency_key: str
    state: str  # a ChunkState value
    batch_id: str | None = None
    handle: dict[str, Any] | None = None
    outcomes: list[dict[str, Any]] | None = None


def chunk_from_row(row: tuple[Any, ...], where: str, hint: str = "reconcile that chunk by hand") -> ChunkRecord:
    """A stored chunk from `(run, idx, content_hash, item_count, idempotency_key, state, batch_id, handle,
    outcomes)`, `handle` and `outcomes` as JSON text (every backend stores them so); `JournalCorruptError` naming
    `where` when a value is unreadable."""
    try:
        return ChunkRecord(
            run=str(row[0]),
            index=int(row[1]),
            content_hash=str(row[2]),
            item_count=int(row[3]),
            idempotency_key=str(row[4]),
            state=str(row[5]),
            batch_id=row[6],
            handle=json.loads(row[7]) if row[7] else None,
            outcomes=json.loads(row[8]) if row[8] else None,
        )
    except (TypeError, ValueError) as exc:
        raise JournalCorruptError(
            f"{where}: chunk {row[1]} of run {row[0]!r} is unreadable ({type(exc).__name__}); {hint}"
        ) from None


@runtime_checkable
class JournalStore(Protocol):
    """Durable chunk records plus one lease per run. All methods are safe to call from many tasks at once."""

    lease_ttl: float

    async def acquire(self, run: str, owner: str) -> bool:
        """Take the run's lease for `owner`, or renew it if `owner` holds it. False if another owner holds a lease
        that has not expired."""
        ...

    async def release(self, run: str, owner: str) -> None:
        """Give the lease up (no-op if `owner` does not hold it)."""
        ...

    async def get(self, run: str, index: int) -> ChunkRecord | None:
        """The chunk's record, or None if it was never begun."""
        ...

    async def begin(
        self, run: str, index: int, content_hash: str, item_count: int, idempotency_key: str, *, owner: str
    ) -> None:
        """Record `submitting`. Raises `JournalLockedError` if `owner` does not hold the run's live lease or the
        chunk was begun already (by anyone)."""
        ...

    async def submitted(self, run: str, index: int, batch_id: str, handle: dict[str, Any]) -> None:
        """Record that Amili accepted the chunk as batch `batch_id`."""
        ...

    async def done(self, run: str, index: int, outcomes: list[dict[str, Any]]) -> None:
        """Record every item's outcome: a rerun replays them without a request."""
        ...

    async def aclose(self) -> None:
        """Release connections (the journal reopens on next use)."""
        ...


def new_owner() -> str:
    """A lease owner id: `host:pid:random`, so a process on the same host can tell a crashed owner at once."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:12]}"


_ABANDONED: dict[str, None] = {}
"""Owners of this process whose run ended without giving its lease back (insertion-ordered, bounded)."""
_ABANDONED_MAX = 10_000


def abandon_owner(owner: str) -> None:
    """`owner`, a run of this process, has ended but could not release its lease (the journal failed: a full disk).

    Nothing drives that run any more, so this process may take the lease over at once (`owner_is_gone`); other
    processes cannot know and wait it out (`lease_ttl`), the safe direction."""
    _ABANDONED[owner] = None
    while len(_ABANDONED) > _ABANDONED_MAX:
        del _ABANDONED[next(iter(_ABANDONED))]


def owner_is_gone(owner: str) -> bool:
    """True when `owner` was a process on this host that no longer exists, or a run of this process that ended
    without releasing its lease (`abandon_owner`): its lease need not be waited out.

    Unknown hosts and live (or reused) pids count as alive: the lease then expires by time, the safe direction."""
    if owner in _ABANDONED:
        return True
    host, _, rest = owner.partition(":")
    pid_text = rest.partition(":")[0]
    if host != socket.gethostname() or not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # exists but belongs to someone else
        return False
    return _is_zombie(pid)


def _is_zombie(pid: int) -> bool:
    """A killed child its parent has not reaped yet still answers `kill(pid, 0)`."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[-1].split()[0] == b"Z"
    except (OSError, IndexError):
        return False
