"""The values the batch engine hands out: states, per-item outcomes, handles, results, progress and summaries."""

from __future__ import annotations

import json
import time
import warnings
from collections.abc import Mapping
from enum import StrEnum
from typing import TYPE_CHECKING, Any

import attrs

from ..errors import AmiliError

if TYPE_CHECKING:
    from .poller import BatchPoller

__all__ = [
    "BatchHandle",
    "BatchResult",
    "BatchState",
    "BulkSummary",
    "ItemOutcome",
    "OutcomeStatus",
    "Progress",
    "SettlePolicy",
]


class BatchState(StrEnum):
    PROCESSING = "PROCESSING"
    SUCCESS = "SUCCESS"
    PARTIAL = "PARTIAL"
    FAILED = "FAILED"

    @property
    def terminal(self) -> bool:
        return self is not BatchState.PROCESSING


class OutcomeStatus(StrEnum):
    """What `ItemOutcome.status` can say (compare with the strings or the members: `StrEnum`)."""

    SUCCESS = "SUCCESS"
    """Amili applied the item (or holds exactly this run's content for its key)."""
    FAILED = "FAILED"
    """Amili refused the item (or the whole chunk); `message` says why. Not applied."""
    INVALID = "INVALID"
    """Refused before sending (does not match the spec). Not sent."""
    UNKNOWN = "UNKNOWN"
    """The batch finished without reporting this item."""
    UNKNOWN_FATE = "UNKNOWN_FATE"
    """The SDK cannot prove whether this run's write was applied, after a request whose fate was unknown: the
    server holds *other* content under the item's key, or the item was still not found when the settle window
    ran out (Amili may still be processing it; a later run with the journal settles it). Never resent on absence
    alone unless `resend_on_absence=True`."""


@attrs.frozen
class SettlePolicy:
    """How long `submit_many` keeps looking for the items of a chunk whose fate is unknown before it gives up.

    After a batch POST whose answer was lost (a dropped connection, a 5xx, a crash with the POST in flight) Amili
    may have queued the batch without processing it yet: an item not found *yet* proves nothing. The items are
    looked up at once, then again after `first_delay`, each wait `factor` times longer (at most `max_delay`),
    until every item was found or `window` seconds have passed. What is still absent then is reported
    `UNKNOWN_FATE` (the chunk stays unsettled in the journal; a later run looks again), or sent again only with
    `submit_many(resend_on_absence=True)`."""

    window: float = 60.0
    first_delay: float = 0.5
    factor: float = 2.0
    max_delay: float = 10.0

    def __attrs_post_init__(self) -> None:
        if not (self.window >= 0 and self.first_delay > 0 and self.factor >= 1 and self.max_delay > 0):
            raise ValueError("SettlePolicy: window >= 0, first_delay > 0, factor >= 1 and max_delay > 0")

    def delays(self) -> list[float]:
        """The waits between lookup rounds; they add up to `window` (the last one is cut to fit)."""
        delays: list[float] = []
        delay, total = self.first_delay, 0.0
        while total < self.window:
            step = min(delay, self.max_delay, self.window - total)
            delays.append(step)
            total += step
            delay *= self.factor
        return delays


@attrs.frozen
class ItemOutcome:
    """What happened to one input item."""

    index: int
    key: str | None
    ok: bool
    status: str  # an OutcomeStatus value
    message: str | None = None
    ids: Mapping[str, Any] = attrs.field(factory=dict)
    errors: tuple[str, ...] = ()
    batch_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "key": self.key,
            "ok": self.ok,
            "status": str(self.status),
            "message": self.message,
            "ids": dict(self.ids),
            "errors": list(self.errors),
            "batch_id": self.batch_id,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ItemOutcome:
        """The inverse of `to_dict`; `ValueError`/`KeyError`/`TypeError` on anything else."""
        status = OutcomeStatus(str(data["status"])).value
        index = data["index"]
        if not isinstance(index, int) or isinstance(index, bool):
            raise TypeError("index must be an integer")
        return cls(
            index=index,
            key=None if data.get("key") is None else str(data["key"]),
            ok=bool(data["ok"]),
            status=status,
            message=data.get("message"),
            ids=dict(data.get("ids") or {}),
            errors=tuple(str(e) for e in data.get("errors") or ()),
            batch_id=data.get("batch_id"),
        )


@attrs.frozen
class BatchHandle:
    """A submitted batch. Serialisable (`to_json`); `amili.batches.handle(json)` binds it to a client again."""

    api: str
    operation: str
    scope: str
    batch_id: str
    idempotency_key: str | None
    item_count: int
    keys: tuple[str | None, ...] = ()
    offset: int = 0
    """Index of this batch's first item in the caller's whole input (for `submit_many`)."""
    submitted_at: float = attrs.field(factory=time.time)
    _poller: BatchPoller | None = attrs.field(default=None, eq=False, repr=False, alias="poller")

    def to_dict(self) -> dict[str, Any]:
        return {
            "api": self.api,
            "operation": self.operation,
            "scope": self.scope,
            "batch_id": self.batch_id,
            "idempotency_key": self.idempotency_key,
            "item_count": self.item_count,
            "keys": list(self.keys),
            "offset": self.offset,
            "submitted_at": self.submitted_at,
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict())

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], poller: BatchPoller | None = None) -> BatchHandle:
        return cls(
            api=str(data["api"]),
            operation=str(data["operation"]),
            scope=str(data["scope"]),
            batch_id=str(data["batch_id"]),
            idempotency_key=data.get("idempotency_key"),
            item_count=int(data["item_count"]),
            keys=tuple(data.get("keys") or ()),
            offset=int(data.get("offset", 0)),
            submitted_at=float(data.get("submitted_at", time.time())),
            poller=poller,
        )

    async def wait(self, timeout: float | None = 3600.0) -> BatchResult:
        """Poll until the batch finishes; `BatchTimeoutError` after `timeout` seconds (plus at most one poll)."""
        if self._poller is None:
            raise AmiliError("this BatchHandle is not bound to a client: use amili.batches.handle(data)")
        return await self._poller.wait(self, timeout=timeout)


@attrs.frozen
class BatchResult:
    """A finished batch. `successes` / `failures` are *lists of outcomes* (`BulkSummary` and `Progress` count)."""

    handle: BatchHandle
    state: BatchState
    outcomes: tuple[ItemOutcome, ...]
    raw: Any = attrs.field(default=None, eq=False, repr=False)

    @property
    def successes(self) -> list[ItemOutcome]:
        return [o for o in self.outcomes if o.ok]

    @property
    def failures(self) -> list[ItemOutcome]:
        return [o for o in self.outcomes if not o.ok]

    @property
    def succeeded(self) -> list[ItemOutcome]:
        """Deprecated: `successes` (the counts elsewhere are named `succeeded`)."""
        warnings.warn("BatchResult.succeeded is now BatchResult.successes", DeprecationWarning, stacklevel=2)
        return self.successes

    @property
    def failed(self) -> list[ItemOutcome]:
        """Deprecated: `failures` (the counts elsewhere are named `failed`)."""
        warnings.warn("BatchResult.failed is now BatchResult.failures", DeprecationWarning, stacklevel=2)
        return self.failures

    def by_key(self) -> dict[str | None, ItemOutcome]:
        return {o.key: o for o in self.outcomes}


@attrs.frozen
class Progress:
    """Counts a progress bar can show; `total` is None while the input is still being read."""

    submitted: int = 0
    processed: int = 0
    succeeded: int = 0
    failed: int = 0
    total: int | None = None


@attrs.define
class BulkSummary:
    """Counts (integers) for a `submit_many` run; the outcomes themselves stream from the run."""

    submitted: int = 0
    succeeded: int = 0
    failed: int = 0
    invalid: int = 0
    unknown_fate: int = 0
    unsettled: int = 0
    """Of `unknown_fate`: items not found within the settle window (their chunk stays open in the journal; a
    later run with the journal looks for them again)."""
    batches: int = 0
    resumed_chunks: int = 0
    by_reason: dict[str, int] = attrs.field(factory=dict)

    @property
    def total(self) -> int:
        return self.succeeded + self.failed
