"""The small protocols behind which the SDK keeps state that must outlive one process.

Each has three implementations: in memory (one process, tests), SQLite (the embedded default: every process on one
machine) and PostgreSQL (every process on every machine). `amili.state.open_state(url)` picks one set by URL.
"""

from __future__ import annotations

import enum
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    from .._overload import BackoffRecord
    from ..auth import Token
    from ..journal.protocol import JournalStore

__all__ = ["Claim", "CompletionSignals", "DedupStore", "StateStore", "StoreFamily", "TokenCache", "token_from_row"]


class Claim(enum.Enum):
    """What `DedupStore.claim` found for a key."""

    NEW = "new"
    """Nobody had it (or a previous holder's lease expired): the caller now holds it and must `complete`/`release`."""
    IN_PROGRESS = "in_progress"
    """Another caller holds it right now: its outcome is not known yet (answer "try again later")."""
    DONE = "done"
    """It was completed before: a duplicate (answer "already done")."""


@runtime_checkable
class DedupStore(Protocol):
    """Exactly-once processing of keyed work (webhook events): claim with a lease, then complete or release.

    A holder that dies without completing loses its claim when `lease` seconds pass, so the work is not lost; a
    completed key is remembered for the store's time-to-live.
    """

    async def claim(self, key: str, *, lease: float) -> Claim: ...

    async def complete(self, key: str) -> None: ...

    async def release(self, key: str) -> None: ...


@runtime_checkable
class CompletionSignals(Protocol):
    """Batch-completion notices shared between processes: a webhook received anywhere wakes `wait()` everywhere."""

    async def publish(self, batch_id: str) -> None:
        """Record that `batch_id` completed and wake its waiters (in every process sharing the store)."""
        ...

    async def wait(self, batch_id: str, timeout: float) -> bool:
        """True as soon as `batch_id` is (or already was) published; False after `timeout` seconds."""
        ...


@runtime_checkable
class TokenCache(Protocol):
    """A token shared by every process with the same credentials, refreshed by one of them at a time."""

    async def single_flight(
        self, key: str, fetch: Callable[[], Awaitable[Token]], *, reject: str | None = None
    ) -> Token:
        """The stored token for `key` if still fresh (and not the `reject`ed value); else, holding a lock every
        process sharing the store respects, fetch one, store it and return it."""
        ...


@runtime_checkable
class StateStore(Protocol):
    """One backend's set of stores, opened from one URL; closed with `aclose()`."""

    @property
    def url(self) -> str:
        """The URL it was opened from, password redacted."""
        ...

    @property
    def dedup(self) -> DedupStore: ...

    @property
    def signals(self) -> CompletionSignals: ...

    @property
    def tokens(self) -> TokenCache: ...

    async def aclose(self) -> None: ...


@runtime_checkable
class StoreFamily(StateStore, Protocol):
    """A `StateStore` that also opens early and holds the bulk journal and the back-off record (the SDK's memory,
    SQLite and PostgreSQL backends). A store of your own may implement just `StateStore`."""

    @property
    def backoff(self) -> BackoffRecord:
        """The API-wide back-off record (`Retry-After` seen by one process holds the API for every process)."""
        ...

    @property
    def journal(self) -> JournalStore:
        """The bulk journal on the same backend: `submit_many(run_name=…)` uses it when no `journal=` is given."""
        ...

    async def open(self) -> None:
        """Connect and create what the stores need now; `StateStoreError` if the backend cannot be opened."""
        ...


def token_from_row(row: tuple[Any, ...]) -> Token:
    """A stored token, from the row `(value, expires_at, issued_at, not_before, scope)` of any backend."""
    from ..auth import Token

    value, expires_at, issued_at, not_before, scope = row
    return Token(
        str(value),
        expires_at=float(expires_at),
        issued_at=float(issued_at),
        not_before=None if not_before is None else int(not_before),
        scope=scope,
    )
