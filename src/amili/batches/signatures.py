"""What type checkers see of the batch helpers: `submit_many` and `submit_batch`/`submit`/`update_batch` typed with
the write operation's scope and item types, so a misspelled item key is a checker error that names the key.

Each helper takes its items as the item `TypedDict` (wire JSON names) or as the item model. The overloads are
ordered for both checkers: mypy reports the first overload's error (the TypedDict's: `Extra key "custmerNo"`),
pyright the last one's, so the TypedDict overload comes first and once more last (the repeat never matches on
its own, hence the ignore). Iterables and async iterables have overloads of their own: a union of the two stops
pyright from typing a generator of dict displays as the TypedDict. The runtime objects are `BatchSubmitter`s.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar, overload

from ..journal import JournalStore
from .types import BatchHandle, Progress, SettlePolicy

if TYPE_CHECKING:
    from .bulk import BulkRun

__all__ = ["SubmitBatch", "SubmitMany"]

S = TypeVar("S", contravariant=True)
"""The scope: the write's first path parameter (an ARM client number, an AutoCollect organisation id)."""
P = TypeVar("P", contravariant=True)
"""One item as wire JSON: the item schema's `TypedDict`."""
M = TypeVar("M", contravariant=True)
"""One item as the generated model."""


class SubmitMany(Protocol[S, P, M]):
    """`amili.arm.documents.submit_many(scope, items, ...)`: see `BatchSubmitter.submit_many`."""

    @overload
    def __call__(
        self,
        scope: S,
        items: Iterable[P],
        *,
        chunk_size: int = ...,
        concurrency: int = ...,
        journal: str | Path | JournalStore | None = ...,
        run_name: str | None = ...,
        wait_timeout: float | None = ...,
        lock_timeout: float = ...,
        user_id: str | None = ...,
        on_progress: Callable[[Progress], None] | None = ...,
        settle: SettlePolicy | None = ...,
        resend_on_absence: bool = ...,
        resolve_only: bool = ...,
    ) -> BulkRun: ...
    @overload
    def __call__(
        self,
        scope: S,
        items: AsyncIterable[P],
        *,
        chunk_size: int = ...,
        concurrency: int = ...,
        journal: str | Path | JournalStore | None = ...,
        run_name: str | None = ...,
        wait_timeout: float | None = ...,
        lock_timeout: float = ...,
        user_id: str | None = ...,
        on_progress: Callable[[Progress], None] | None = ...,
        settle: SettlePolicy | None = ...,
        resend_on_absence: bool = ...,
        resolve_only: bool = ...,
    ) -> BulkRun: ...
    @overload
    def __call__(
        self,
        scope: S,
        items: Iterable[M],
        *,
        chunk_size: int = ...,
        concurrency: int = ...,
        journal: str | Path | JournalStore | None = ...,
        run_name: str | None = ...,
        wait_timeout: float | None = ...,
        lock_timeout: float = ...,
        user_id: str | None = ...,
        on_progress: Callable[[Progress], None] | None = ...,
        settle: SettlePolicy | None = ...,
        resend_on_absence: bool = ...,
        resolve_only: bool = ...,
    ) -> BulkRun: ...
    @overload
    def __call__(
        self,
        scope: S,
        items: AsyncIterable[M],
        *,
        chunk_size: int = ...,
        concurrency: int = ...,
        journal: str | Path | JournalStore | None = ...,
        run_name: str | None = ...,
        wait_timeout: float | None = ...,
        lock_timeout: float = ...,
        user_id: str | None = ...,
        on_progress: Callable[[Progress], None] | None = ...,
        settle: SettlePolicy | None = ...,
        resend_on_absence: bool = ...,
        resolve_only: bool = ...,
    ) -> BulkRun: ...
    @overload
    def __call__(  # type: ignore[overload-cannot-match]
        self,
        scope: S,
        items: Iterable[P],
        *,
        chunk_size: int = ...,
        concurrency: int = ...,
        journal: str | Path | JournalStore | None = ...,
        run_name: str | None = ...,
        wait_timeout: float | None = ...,
        lock_timeout: float = ...,
        user_id: str | None = ...,
        on_progress: Callable[[Progress], None] | None = ...,
        settle: SettlePolicy | None = ...,
        resend_on_absence: bool = ...,
        resolve_only: bool = ...,
    ) -> BulkRun: ...


class SubmitBatch(Protocol[S, P, M]):
    """`amili.arm.documents.submit_batch(scope, items)` / `amili.autocollect.invoices.submit(...)`: one batch; see
    `BatchSubmitter.__call__`."""

    @overload
    async def __call__(
        self,
        scope: S,
        items: Sequence[P],
        *,
        idempotency_key: str | None = ...,
        user_id: str | None = ...,
        offset: int = ...,
    ) -> BatchHandle: ...
    @overload
    async def __call__(
        self,
        scope: S,
        items: Sequence[M],
        *,
        idempotency_key: str | None = ...,
        user_id: str | None = ...,
        offset: int = ...,
    ) -> BatchHandle: ...
    @overload
    async def __call__(  # type: ignore[overload-cannot-match]
        self,
        scope: S,
        items: Sequence[P],
        *,
        idempotency_key: str | None = ...,
        user_id: str | None = ...,
        offset: int = ...,
    ) -> BatchHandle: ...
