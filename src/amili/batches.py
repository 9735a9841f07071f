"""Bulk work on Amili's asynchronous batch endpoints: submit, poll, chunk, resume.

* ARM `/customers/batches`, `/documents/batches` → `batchUuid`; `GET /clients/{clientno}/batches/{uuid}` answers
  202 while processing, 200 when done, 206 when some items failed.
* AutoCollect invoices, payments, corrections → 202 + `batchId`; `GET /orgs/{org}/batches/{id}` carries
  `status` QUEUED → SUCCESS | PARTIAL | FAILED with `succeeded[]` / `failed[]`.

Both are driven by the `x-amili-batch` extension of the write operation in the spec (poll operation, id field,
items property, natural key, lookup operation), so there is no code per endpoint here, only per API style.
"""

from __future__ import annotations

import hashlib
import json
import math
import random
import time
import uuid
from collections.abc import AsyncGenerator, AsyncIterable, AsyncIterator, Callable, Iterable, Mapping, Sequence
from enum import StrEnum
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol

import anyio
import attrs
from anyio.abc import TaskGroup
from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream

from ._models import field as _get
from .errors import (
    AmiliError,
    APIConnectionError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    RequestValidationError,
    UnprocessableEntityError,
)
from .journal import Journal, JournalMismatchError
from .operations import Operation
from .retry import parse_retry_after

if TYPE_CHECKING:
    from .state import CompletionSignals

__all__ = [
    "BatchHandle",
    "BatchPoller",
    "BatchResult",
    "BatchState",
    "BatchSubmitter",
    "BatchTimeoutError",
    "BulkRun",
    "BulkSummary",
    "ItemOutcome",
    "JournalMismatchError",
    "Progress",
    "SubmitMany",
]

_UNKNOWN_FATE_ATTEMPTS = 4
"""Submissions of one chunk whose fate stayed unknown (connection lost / 5xx after send) before giving up."""

DEFAULT_CHUNK_SIZE = 500
"""Amili does not document a batch size limit; 500 keeps bodies well under typical gateway limits (~1 MB)."""


class BatchState(StrEnum):
    PROCESSING = "PROCESSING"
    SUCCESS = "SUCCESS"
    PARTIAL = "PARTIAL"
    FAILED = "FAILED"

    @property
    def terminal(self) -> bool:
        return self is not BatchState.PROCESSING


class BatchTimeoutError(AmiliError):
    """`wait()` ran out of time; `handle` (serialisable) lets a later process resume waiting."""

    def __init__(self, message: str, handle: BatchHandle) -> None:
        super().__init__(message)
        self.handle = handle


@attrs.frozen
class ItemOutcome:
    """What happened to one input item."""

    index: int
    key: str | None
    ok: bool
    status: str  # SUCCESS | FAILED | INVALID | UNKNOWN
    message: str | None = None
    ids: Mapping[str, Any] = attrs.field(factory=dict)
    errors: tuple[str, ...] = ()
    batch_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "key": self.key,
            "ok": self.ok,
            "status": self.status,
            "message": self.message,
            "ids": dict(self.ids),
            "errors": list(self.errors),
            "batch_id": self.batch_id,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ItemOutcome:
        return cls(
            index=int(data["index"]),
            key=data.get("key"),
            ok=bool(data["ok"]),
            status=str(data["status"]),
            message=data.get("message"),
            ids=dict(data.get("ids") or {}),
            errors=tuple(data.get("errors") or ()),
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
        if self._poller is None:
            raise AmiliError("this BatchHandle is not bound to a client: use amili.batches.handle(data)")
        return await self._poller.wait(self, timeout=timeout)


@attrs.frozen
class BatchResult:
    handle: BatchHandle
    state: BatchState
    outcomes: tuple[ItemOutcome, ...]
    raw: Any = attrs.field(default=None, eq=False, repr=False)

    @property
    def succeeded(self) -> list[ItemOutcome]:
        return [o for o in self.outcomes if o.ok]

    @property
    def failed(self) -> list[ItemOutcome]:
        return [o for o in self.outcomes if not o.ok]

    def by_key(self) -> dict[str | None, ItemOutcome]:
        return {o.key: o for o in self.outcomes}


# -- polling ------------------------------------------------------------------------------------------------------


class BatchPoller:
    """One per client: shares a request-rate budget across every waiting batch and lets webhooks wake waiters.

    Each waiter sleeps on its own backoff schedule (first poll after `first_delay` 0.5 s, then pauses growing by
    `factor` 1.6 with `jitter`, capped at `max_delay` 30 s; a `Retry-After` on a 202 wins); polls reserve slots on
    one clock so the client never exceeds `max_polls_per_second`. All are plain attributes: tune them on
    `amili.batches`.
    """

    _MAX_EARLY_NOTICES = 10_000

    def __init__(
        self,
        apis: Callable[[str], Any],
        *,
        first_delay: float = 0.5,
        max_delay: float = 30.0,
        factor: float = 1.6,
        max_polls_per_second: float = 20.0,
        jitter: float = 0.5,
    ) -> None:
        self._apis = apis
        self.first_delay = first_delay
        self.max_delay = max_delay
        self.factor = factor
        self.jitter = jitter
        """Each backoff pause is drawn from [delay x (1 - jitter), delay] so many waiters do not poll in step."""
        self.max_polls_per_second = max_polls_per_second
        self._next_slot = -math.inf
        self._wakeups: dict[str, list[anyio.Event]] = {}
        # Webhooks that arrived while nobody waited on the batch (insertion ordered, bounded).
        self._completed: dict[str, None] = {}
        self.polls = 0
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

    async def _slot(self) -> None:
        """Reserve the next free poll slot on the client-wide clock and sleep until it."""
        now = anyio.current_time()
        slot = max(now, self._next_slot + 1.0 / self._max_polls_per_second)
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
        if handle.api == "arm":
            return await _poll_arm(api, handle)
        return await _poll_autocollect(api, handle)

    async def wait(self, handle: BatchHandle, timeout: float | None = 3600.0) -> BatchResult:
        deadline = math.inf if timeout is None else anyio.current_time() + timeout
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
                raise BatchTimeoutError(
                    f"batch {handle.batch_id} still {state} after {timeout} s; resume with amili.batches.handle(...)",
                    handle,
                )
            delay = min(self.max_delay, delay * self.factor)
            pause = retry_after if retry_after is not None else delay * (1 - self.jitter * random.random())  # noqa: S311
            if await self._sleep_or_wake(handle.batch_id, min(pause, remaining), signals):
                signals = None


_AC_ID_FIELDS = (("invoiceId", "invoice_id"), ("invoiceNumber", "invoice_number"), ("caseId", "case_id"))
_FAILED_WORDS = ("FAIL", "REJECT", "ERROR", "INVALID", "DUPLICATE")


async def _poll_arm(api: Any, handle: BatchHandle) -> tuple[BatchState, BatchResult | None, float | None]:
    raw = await api.batches.get_batch.raw(clientno=int(handle.scope), batchuuid=handle.batch_id)
    if raw.status_code == 202:
        return BatchState.PROCESSING, None, parse_retry_after(raw.headers)
    batch = raw.parsed
    items = _get(batch, "items") or []
    by_index: dict[int, Any] = {}
    for position, item in enumerate(items, start=1):
        number = _get(item, "item_no", "itemNo")
        by_index[(int(number) if isinstance(number, int) else position) - 1] = item
    outcomes = []
    for i in range(handle.item_count):
        key = handle.keys[i] if i < len(handle.keys) else None
        item = by_index.get(i)
        if item is None:
            ok = raw.status_code == 200
            outcomes.append(
                ItemOutcome(handle.offset + i, key, ok, "SUCCESS" if ok else "UNKNOWN", batch_id=handle.batch_id)
            )
            continue
        status = str(_get(item, "status") or "")
        result = str(_get(item, "result") or "")
        errors = [_message(e) for e in (_get(item, "errors") or [])]
        failed = bool(errors) or any(w in (status + " " + result).upper() for w in _FAILED_WORDS)
        ids = {
            k: v
            for k, v in (
                ("customerNo", _get(item, "customer_no", "customerNo")),
                ("documentNo", _get(item, "document_no", "documentNo")),
                ("accountNo", _get(item, "account_no", "accountNo")),
                ("referenceNo", _get(item, "reference_no", "referenceNo")),
                ("arItemId", _get(item, "ar_item_id", "arItemId")),
            )
            if v is not None
        }
        warnings = [_message(w) for w in (_get(item, "warnings") or [])]
        message = _get(item, "message") or ("; ".join(errors) if errors else None)
        outcomes.append(
            ItemOutcome(
                handle.offset + i,
                key,
                not failed,
                "FAILED" if failed else "SUCCESS",
                message=str(message) if message else None,
                ids=ids,
                errors=tuple(errors or (warnings if failed else [])),
                batch_id=handle.batch_id,
            )
        )
    n_failed = sum(1 for o in outcomes if not o.ok)
    if n_failed == 0:
        state = BatchState.SUCCESS
    elif n_failed == len(outcomes):
        state = BatchState.FAILED
    else:
        state = BatchState.PARTIAL
    return state, BatchResult(handle, state, tuple(outcomes), raw.parsed), None


def _message(entry: Any) -> str:
    if isinstance(entry, str):
        return entry
    field = _get(entry, "field")
    message = _get(entry, "message") or str(entry)
    return f"{field}: {message}" if field else str(message)


async def _poll_autocollect(api: Any, handle: BatchHandle) -> tuple[BatchState, BatchResult | None, float | None]:
    raw = await api.batches.get_batch.raw(organization_id=handle.scope, batch_id=handle.batch_id)
    batch = _get(raw.parsed, "data")
    status = str(_get(batch, "status") or "QUEUED").upper()
    if status not in ("SUCCESS", "PARTIAL", "FAILED"):
        return BatchState.PROCESSING, None, parse_retry_after(raw.headers)
    state = BatchState(status)
    key_index = {k: i for i, k in enumerate(handle.keys) if k is not None}
    failed: dict[int, Any] = {}
    succeeded: dict[int, Any] = {}
    for bucket, entries in ((failed, _get(batch, "failed") or []), (succeeded, _get(batch, "succeeded") or [])):
        for position, entry in enumerate(entries):
            if entry is None:
                continue
            index = _get(entry, "index")
            if not isinstance(index, int):
                key = _get(entry, "invoice_number", "invoiceNumber", "unique_source_invoice_id", "invoice_id")
                index = key_index.get(str(key)) if key is not None else None
            if index is None and bucket is succeeded and state is BatchState.SUCCESS:
                index = position
            if isinstance(index, int) and 0 <= index < handle.item_count:
                bucket[index] = entry
    outcomes = []
    for i in range(handle.item_count):
        key = handle.keys[i] if i < len(handle.keys) else None
        if i in failed:
            entry = failed[i]
            errors = tuple(str(e) for e in (_get(entry, "errors") or []))
            message = _get(entry, "message") or (errors[0] if errors else "failed")
            code = _get(entry, "code")
            outcomes.append(
                ItemOutcome(
                    handle.offset + i,
                    key,
                    False,
                    "FAILED",
                    message=str(message),
                    ids={"code": code} if code else {},
                    errors=errors,
                    batch_id=handle.batch_id,
                )
            )
        elif i in succeeded or state is BatchState.SUCCESS or (state is BatchState.PARTIAL and failed):
            entry = succeeded.get(i)
            ids = {}
            for json_name, attr in (
                ("invoiceId", "invoice_id"),
                ("invoiceNumber", "invoice_number"),
                ("caseId", "case_id"),
            ):
                value = _get(entry, attr, json_name) if entry is not None else None
                if value is not None:
                    ids[json_name] = str(value)
            outcomes.append(ItemOutcome(handle.offset + i, key, True, "SUCCESS", ids=ids, batch_id=handle.batch_id))
        else:
            outcomes.append(
                ItemOutcome(
                    handle.offset + i,
                    key,
                    False,
                    "FAILED" if state is BatchState.FAILED else "UNKNOWN",
                    message="batch failed" if state is BatchState.FAILED else None,
                    batch_id=handle.batch_id,
                )
            )
    return state, BatchResult(handle, state, tuple(outcomes), raw.parsed), None


# -- submitting ---------------------------------------------------------------------------------------------------


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
    submitted: int = 0
    succeeded: int = 0
    failed: int = 0
    invalid: int = 0
    batches: int = 0
    resumed_chunks: int = 0
    by_reason: dict[str, int] = attrs.field(factory=dict)

    @property
    def total(self) -> int:
        return self.succeeded + self.failed


class SubmitMany(Protocol):
    """`amili.arm.documents.submit_many(...)`: see `BatchSubmitter.submit_many`."""

    def __call__(
        self,
        scope: int | str,
        items: Iterable[Any] | AsyncIterable[Any],
        *,
        chunk_size: int = ...,
        concurrency: int = ...,
        journal: str | Path | Journal | None = ...,
        run_name: str | None = ...,
        wait_timeout: float | None = ...,
        user_id: str | None = ...,
        on_progress: Callable[[Progress], None] | None = ...,
    ) -> BulkRun: ...


class BatchSubmitter:
    """`amili.arm.documents.submit_batch(...)`, `amili.autocollect.invoices.submit(...)` and friends."""

    def __init__(self, api: Any, write: Operation[Any, Any]) -> None:
        self._api = api
        self._write = write
        meta = write.meta
        assert meta.batch is not None
        self.meta = meta
        self.items_field = meta.batch["items"]
        self.key_field = meta.batch.get("key")
        self.id_field = meta.batch["id_field"]
        self.scope_param = meta.path_params[0]
        self.lookup = meta.batch.get("lookup")

    @property
    def _poller(self) -> BatchPoller:
        poller: BatchPoller = self._api._api.batches_poller
        return poller

    def _run_name(self, scope: Any) -> str:
        return f"{self.meta.api}.{self.meta.name}:{scope}"

    def validate(self, item: Any) -> dict[str, Any]:
        """The item as JSON, or `RequestValidationError` naming the field, without touching the network."""
        data = item.to_dict() if hasattr(item, "to_dict") else item
        if not isinstance(data, Mapping):
            raise RequestValidationError(f"{self.meta.qualname}: an item must be a mapping or a model", field=None)
        envelope = self._envelope([dict(data)], user_id="validation")
        try:
            self.meta.body_type.from_dict(envelope)
        except KeyError as exc:
            field = str(exc.args[0]) if exc.args else None
            raise RequestValidationError(f"missing required field {field!r}", field=field) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise RequestValidationError(f"invalid item ({type(exc).__name__}: {exc})", field=None) from None
        # The natural key maps outcomes back to items and finds them again after a crash: required for every API.
        if self.key_field and not data.get(self.key_field):
            raise RequestValidationError(f"missing required field {self.key_field!r}", field=self.key_field)
        return dict(data)

    def _build_all(self, items: list[Any], user_id: str | None) -> Any:
        """The request body model for the whole chunk when every item is a valid mapping, else None.

        One model build per item instead of two (validating each item, then building the body); on any problem
        the caller validates item by item to name the invalid ones.
        """
        if not all(isinstance(item, Mapping) and (not self.key_field or item.get(self.key_field)) for item in items):
            return None
        try:
            return self.meta.body_type.from_dict(self._envelope([dict(item) for item in items], user_id))
        except (KeyError, TypeError, ValueError, AttributeError):
            return None

    def _envelope(self, items: list[dict[str, Any]], user_id: str | None) -> dict[str, Any]:
        body: dict[str, Any] = {self.items_field: items}
        if self.meta.api == "arm":
            body["metadata"] = {"userId": user_id or "amili-sdk"}
        return body

    def _key(self, item: Mapping[str, Any]) -> str | None:
        if not self.key_field:
            return None
        value = item.get(self.key_field)
        return None if value is None else str(value)

    async def __call__(
        self,
        scope: int | str,
        items: Sequence[Any],
        *,
        idempotency_key: str | None = None,
        user_id: str | None = None,
        offset: int = 0,
    ) -> BatchHandle:
        """Submit one batch (items validated first; any invalid item refuses the whole call, naming it)."""
        payload = []
        for i, item in enumerate(items):
            try:
                payload.append(self.validate(item))
            except RequestValidationError as exc:
                raise RequestValidationError(f"{self.meta.qualname}: item {i}: {exc}", field=exc.field) from None
        if not payload:
            raise RequestValidationError(f"{self.meta.qualname}: no items to submit", field=self.items_field)
        return await self._submit(scope, payload, idempotency_key=idempotency_key, user_id=user_id, offset=offset)

    async def _submit(
        self,
        scope: int | str,
        payload: list[dict[str, Any]],
        *,
        idempotency_key: str | None,
        user_id: str | None,
        offset: int,
        body: Any = None,
    ) -> BatchHandle:
        kwargs: dict[str, Any] = {
            self.scope_param: scope,
            self.meta.body_param or "body": body if body is not None else self._envelope(payload, user_id),
        }
        if self.meta.idempotency_param:
            idempotency_key = idempotency_key or str(uuid.uuid4())
            kwargs[self.meta.idempotency_param] = idempotency_key
        else:
            idempotency_key = None
        raw = await self._write.raw(**kwargs)
        batch_id = _find_id(raw.parsed, self.id_field)
        if not batch_id:
            from .errors import ResponseValidationError

            raise ResponseValidationError(
                f"{self.meta.qualname}: accepted but no {self.id_field} in the answer",
                status_code=raw.status_code,
                request_id=raw.request_id,
                body=None,
                operation=self.meta.qualname,
            )
        return BatchHandle(
            api=self.meta.api,
            operation=self.meta.name,
            scope=str(scope),
            batch_id=batch_id,
            idempotency_key=idempotency_key,
            item_count=len(payload),
            keys=tuple(self._key(p) for p in payload),
            offset=offset,
            poller=self._poller,
        )

    def submit_many(
        self,
        scope: int | str,
        items: Iterable[Any] | AsyncIterable[Any],
        *,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        concurrency: int = 4,
        journal: str | Path | Journal | None = None,
        run_name: str | None = None,
        wait_timeout: float | None = 3600.0,
        user_id: str | None = None,
        on_progress: Callable[[Progress], None] | None = None,
    ) -> BulkRun:
        """Chunk, submit with bounded concurrency, poll, and stream each item's outcome (see `BulkRun`)."""
        if chunk_size < 1:
            raise RequestValidationError("chunk_size must be >= 1", field="chunk_size")
        if concurrency < 1:
            raise RequestValidationError("concurrency must be >= 1", field="concurrency")
        if isinstance(journal, str | Path):
            journal = Journal(journal)
        return BulkRun(
            self,
            scope,
            items,
            chunk_size=chunk_size,
            concurrency=concurrency,
            journal=journal,
            run=run_name or self._run_name(scope),
            wait_timeout=wait_timeout,
            user_id=user_id,
            on_progress=on_progress,
        )

    async def _reconcile(self, scope: int | str, key: str) -> str | None:
        """AutoCollect knows batches by idempotency key: find the batch a crashed run may have created."""
        if self.meta.api != "autocollect":
            return None
        page = await self._api.batches.list_batches(organization_id=scope, idempotency_key=key)
        for batch in _get(page, "data") or []:
            batch_id = _get(batch, "batch_id", "batchId")
            if batch_id:
                return str(batch_id)
        return None

    async def _already_exists(self, scope: int | str, key: str | None) -> bool:
        """ARM has no idempotency key: before resubmitting a chunk of unknown fate, look each item up."""
        if not self.lookup or key is None:
            return False
        lookup = getattr(getattr(self._api, self.meta.tag), self.lookup)
        try:
            await lookup(**{self.scope_param: scope, lookup.meta.path_params[-1]: key})
        except NotFoundError:
            return False
        return True


def _find_id(parsed: Any, id_field: str) -> str | None:
    snake = "".join("_" + c.lower() if c.isupper() else c for c in id_field)
    for obj in (parsed, _get(parsed, "data")):
        if obj is None:
            continue
        value = _get(obj, snake, id_field)
        if value:
            return str(value)
    return None


def _hash(items: list[Any]) -> str:
    return hashlib.sha256(json.dumps(items, sort_keys=True, default=str).encode()).hexdigest()


_RECONCILED = "already present (reconciled after restart)"


class BulkRun:
    """`async with submitter.submit_many(...) as run: async for outcome in run: ...` then `run.summary`.

    Outcomes stream as batches finish (not in input order); every input item gets exactly one. With a journal,
    a rerun after a crash replays finished chunks from the journal, reconciles chunks whose fate is unknown and
    submits only what was never accepted.
    """

    def __init__(
        self,
        submitter: BatchSubmitter,
        scope: int | str,
        items: Iterable[Any] | AsyncIterable[Any],
        *,
        chunk_size: int,
        concurrency: int,
        journal: Journal | None,
        run: str,
        wait_timeout: float | None,
        user_id: str | None,
        on_progress: Callable[[Progress], None] | None,
    ) -> None:
        self._submitter = submitter
        self._scope = scope
        self._items = items
        self._chunk_size = chunk_size
        self._journal = journal
        self._run = run
        self._wait_timeout = wait_timeout
        self._user_id = user_id
        self._on_progress = on_progress
        self._submit_limiter = anyio.CapacityLimiter(concurrency)
        self._window = anyio.Semaphore(concurrency * 4)
        self.summary = BulkSummary()
        self.progress = Progress()
        self.handles: list[BatchHandle] = []
        self._send: MemoryObjectSendStream[ItemOutcome] | None = None
        self._receive: MemoryObjectReceiveStream[ItemOutcome] | None = None
        self._tg: TaskGroup | None = None

    async def __aenter__(self) -> BulkRun:
        self._send, self._receive = anyio.create_memory_object_stream[ItemOutcome](max_buffer_size=10_000)
        self._tg = anyio.create_task_group()
        await self._tg.__aenter__()
        self._tg.start_soon(self._drive)
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> bool | None:
        assert self._tg is not None
        assert self._receive is not None
        if exc is None:
            # The caller may have stopped iterating early: drain so producers never block, and count everything.
            # A failing chunk cancels the task group's scope, which this drain runs in: hand that to the group.
            try:
                async for _ in self._receive:
                    pass
            except BaseException as drain_exc:
                exc_type, exc, tb = type(drain_exc), drain_exc, drain_exc.__traceback__
        if exc is not None:
            self._tg.cancel_scope.cancel()
        try:
            return await self._tg.__aexit__(exc_type, exc, tb)
        except BaseExceptionGroup as group:
            # A failing chunk (JournalMismatchError, an API error after retries, BatchTimeoutError...) reaches the
            # caller as itself, not wrapped in the task groups' exception groups.
            raise _unwrap(group) from None
        finally:
            self._receive.close()
            if self._journal is not None:
                with anyio.CancelScope(shield=True):
                    await self._journal.aclose()

    def __aiter__(self) -> AsyncIterator[ItemOutcome]:
        assert self._receive is not None, "use `async with ... as run` before iterating"
        return self._receive.__aiter__()

    async def collect(self) -> list[ItemOutcome]:
        return [o async for o in self]

    # -- internals --------------------------------------------------------------------------------------------------

    def _emit_progress(self) -> None:
        s = self.summary
        progress = Progress(
            submitted=s.submitted,
            processed=s.succeeded + s.failed,
            succeeded=s.succeeded,
            failed=s.failed,
            total=self.progress.total,
        )
        if progress == self.progress:
            return  # only changes are reported
        self.progress = progress
        if self._on_progress is not None:
            self._on_progress(progress)

    def _set_total(self, total: int) -> None:
        self.progress = attrs.evolve(self.progress, total=total)
        if self._on_progress is not None:
            self._on_progress(self.progress)

    async def _publish(self, outcomes: Iterable[ItemOutcome]) -> None:
        assert self._send is not None
        for outcome in outcomes:
            if outcome.ok:
                self.summary.succeeded += 1
            else:
                self.summary.failed += 1
                if outcome.status == "INVALID":
                    self.summary.invalid += 1
                reason = (outcome.message or outcome.status).split(":")[0][:80]
                self.summary.by_reason[reason] = self.summary.by_reason.get(reason, 0) + 1
            await self._send.send(outcome)
        self._emit_progress()

    async def _chunks(self) -> AsyncGenerator[list[Any], None]:
        chunk: list[Any] = []
        if isinstance(self._items, AsyncIterable):
            async for item in self._items:
                chunk.append(item)
                if len(chunk) == self._chunk_size:
                    yield chunk
                    chunk = []
        else:
            for item in self._items:
                chunk.append(item)
                if len(chunk) == self._chunk_size:
                    yield chunk
                    chunk = []
        if chunk:
            yield chunk

    async def _drive(self) -> None:
        assert self._send is not None
        async with self._send, anyio.create_task_group() as tg:
            offset = 0
            index = 0
            chunks = self._chunks()
            try:
                async for chunk in chunks:
                    await self._window.acquire()
                    tg.start_soon(self._chunk_task, index, offset, chunk, self._send.clone())
                    offset += len(chunk)
                    index += 1
            finally:
                with anyio.CancelScope(shield=True):
                    await chunks.aclose()
            self._set_total(offset)

    async def _chunk_task(
        self, index: int, offset: int, chunk: list[Any], send: MemoryObjectSendStream[ItemOutcome]
    ) -> None:
        try:
            async with send:
                await self._process_chunk(index, offset, chunk)
        finally:
            self._window.release()

    async def _process_chunk(self, index: int, offset: int, chunk: list[Any]) -> None:
        submitter = self._submitter
        valid: list[tuple[int, dict[str, Any]]] = []
        invalid: list[ItemOutcome] = []
        body = submitter._build_all(chunk, self._user_id)  # fast path: the whole chunk is valid
        if body is not None:
            valid = [(offset + i, dict(item)) for i, item in enumerate(chunk)]
            chunk = []
        for i, item in enumerate(chunk):
            try:
                valid.append((offset + i, submitter.validate(item)))
            except RequestValidationError as exc:
                key = submitter._key(item) if isinstance(item, Mapping) else None
                invalid.append(
                    ItemOutcome(
                        offset + i,
                        key,
                        False,
                        "INVALID",
                        message=f"invalid: {exc}",
                        errors=(str(exc.field),) if exc.field else (),
                    )
                )
        content_hash = _hash([v for _, v in valid])
        journal = self._journal
        record = await journal.get(self._run, index) if journal is not None else None
        if record is not None and record.content_hash != content_hash:
            raise JournalMismatchError(
                f"journal {journal.path if journal else ''}: chunk {index} of run {self._run!r} holds other items; "
                "use a new journal or run_name for different input"
            )
        if record is not None:
            self.summary.resumed_chunks += 1
        if record is not None and record.state == "done":
            replayed = [ItemOutcome.from_dict(o) for o in record.outcomes or []]
            self.summary.submitted += sum(1 for o in replayed if o.status != "INVALID")
            await self._publish(replayed)
            return
        await self._publish(invalid)
        if not valid:
            if journal is not None and record is None:
                await journal.begin(self._run, index, content_hash, 0, "")
                await journal.done(self._run, index, [o.to_dict() for o in invalid])
            return
        positions = [i for i, _ in valid]
        payload = [v for _, v in valid]
        handle: BatchHandle | None = None
        reconciled: list[ItemOutcome] = []
        rejected: list[ItemOutcome] = []
        key = record.idempotency_key if record is not None else str(uuid.uuid4())
        if record is not None and record.state == "submitted" and record.handle:
            handle = submitter._poller.handle(record.handle)
            positions = list(record.handle.get("positions", positions))
            reconciled = [ItemOutcome.from_dict(o) for o in record.handle.get("reconciled", [])]
        elif record is not None and record.state == "submitting":
            handle, positions, payload, reconciled = await self._recover(index, positions, payload, key)
        if handle is None and payload:
            if journal is not None and record is None:
                await journal.begin(self._run, index, content_hash, len(payload), key)
            try:
                for attempt in range(1, _UNKNOWN_FATE_ATTEMPTS + 1):
                    try:
                        async with self._submit_limiter:
                            handle = await submitter._submit(
                                self._scope,
                                payload,
                                idempotency_key=key,
                                user_id=self._user_id,
                                offset=0,
                                body=body if len(payload) == len(valid) else None,
                            )
                        break
                    except (APIConnectionError, InternalServerError):
                        # The retry engine gave up on a write whose fate is unknown (ARM has no idempotency key,
                        # so a POST that may have reached the server is never blindly repeated). Reconcile first,
                        # then send only what Amili does not have.
                        if attempt == _UNKNOWN_FATE_ATTEMPTS:
                            raise
                        await anyio.sleep(min(8.0, 0.5 * 2**attempt))
                        handle, positions, payload, more = await self._recover(index, positions, payload, key)
                        reconciled += more
                        if handle is not None or not payload:
                            break
            except (BadRequestError, UnprocessableEntityError) as exc:
                # Amili refused the whole chunk (nothing was accepted): every item of it failed, the run goes on.
                rejected = [
                    ItemOutcome(position, submitter._key(item), False, "FAILED", message=f"rejected: {exc}")
                    for position, item in zip(positions, payload, strict=True)
                ]
            if journal is not None and handle is not None:
                await journal.submitted(
                    self._run,
                    index,
                    handle.batch_id,
                    {**handle.to_dict(), "positions": positions, "reconciled": [o.to_dict() for o in reconciled]},
                )
        outcomes = [*reconciled, *rejected]
        if handle is not None:
            self.summary.batches += 1
            self.summary.submitted += handle.item_count
            self.handles.append(handle)
            self._emit_progress()
            result = await handle.wait(timeout=self._wait_timeout)
            # Map the batch's positions back to the caller's indexes (invalid items were not sent).
            outcomes += [attrs.evolve(o, index=positions[o.index]) for o in result.outcomes]
        if journal is not None:
            await journal.done(self._run, index, [o.to_dict() for o in [*invalid, *outcomes]])
        await self._publish(outcomes)

    async def _recover(
        self, index: int, positions: list[int], payload: list[dict[str, Any]], key: str
    ) -> tuple[BatchHandle | None, list[int], list[dict[str, Any]], list[ItemOutcome]]:
        """A previous run crashed after `submitting` was journalled: find out whether Amili got the chunk."""
        submitter = self._submitter
        batch_id = await submitter._reconcile(self._scope, key)
        if batch_id is not None:
            handle = BatchHandle(
                api=submitter.meta.api,
                operation=submitter.meta.name,
                scope=str(self._scope),
                batch_id=batch_id,
                idempotency_key=key,
                item_count=len(payload),
                keys=tuple(submitter._key(p) for p in payload),
                poller=submitter._poller,
            )
            if self._journal is not None:
                await self._journal.submitted(
                    self._run, index, batch_id, {**handle.to_dict(), "positions": positions, "reconciled": []}
                )
            return handle, positions, payload, []
        if not submitter.lookup:
            return None, positions, payload, []
        # ARM has no idempotency key: items that exist already were accepted before the crash; send only the rest.
        keep_positions, keep_payload, reconciled = [], [], []
        for position, item in zip(positions, payload, strict=True):
            item_key = submitter._key(item)
            if await submitter._already_exists(self._scope, item_key):
                reconciled.append(ItemOutcome(position, item_key, True, "SUCCESS", message=_RECONCILED))
            else:
                keep_positions.append(position)
                keep_payload.append(item)
        return None, keep_positions, keep_payload, reconciled


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
