"""AutoCollect: the write answers 202 + `batchId`; the poll's `data.status` goes QUEUED → SUCCESS | PARTIAL |
FAILED, with `succeeded[]` and `failed[]` entries found by `index` or by invoice key."""

from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any

from ..._models import field as _get
from ...retry import parse_retry_after
from ..types import BatchResult, BatchState, ItemOutcome, OutcomeStatus
from ._reading import listed, unreadable

if TYPE_CHECKING:
    from ...operations import Operation
    from ..types import BatchHandle

__all__ = ["AutocollectStyle"]

_ID_FIELDS = (("invoiceId", "invoice_id"), ("invoiceNumber", "invoice_number"), ("caseId", "case_id"))
_TERMINAL = ("SUCCESS", "PARTIAL", "FAILED")


class AutocollectStyle:
    name = "autocollect"

    def envelope(self, items_field: str, items: list[dict[str, Any]], user_id: str | None) -> dict[str, Any]:
        return {items_field: items}

    def ids(self, item: Mapping[str, Any]) -> dict[str, Any]:
        return {name: str(item[name]) for name, _ in _ID_FIELDS if item.get(name) is not None}

    async def poll(
        self, poll: Operation[Any, Any], handle: BatchHandle
    ) -> tuple[BatchState, BatchResult | None, float | None]:
        scope_param, id_param = poll.meta.path_params[0], poll.meta.path_params[-1]
        # The answer is read as JSON, field by field (no model): unknown fields are ignored, missing ones absent,
        # and a part of a shape the spec did not promise never fails the poll: what it cannot say is UNKNOWN.
        raw = await poll.raw_json(**{scope_param: handle.scope, id_param: handle.batch_id})
        batch = _get(raw.parsed, "data")
        status = str(_get(batch, "status") or "QUEUED").upper()
        if status not in _TERMINAL:
            return BatchState.PROCESSING, None, parse_retry_after(raw.headers)
        state = BatchState(status)
        failed, succeeded, ambiguous, stray = self._entries(batch, handle, state)
        # A failure that names no single item (a shared key, or nothing of this batch) leaves every item it could
        # mean unknown: such items are never inferred SUCCESS from "not listed as failed".
        outcomes = [
            self._outcome(handle, i, state, failed, succeeded, ambiguous=ambiguous, stray=stray)
            for i in range(handle.item_count)
        ]
        return state, BatchResult(handle, state, tuple(outcomes), raw.parsed), None

    def _entries(
        self, batch: Any, handle: BatchHandle, state: BatchState
    ) -> tuple[dict[int, Any], dict[int, Any], set[int], bool]:
        """Result entries by the item's position in the batch (by `index`, else by key), the positions whose entry
        names a key several items of the batch share (which of them it means is unknown), and whether an entry
        named no item of the batch at all."""
        positions: dict[str, list[int]] = {}
        for i, k in enumerate(handle.keys):
            if k is not None:
                positions.setdefault(k, []).append(i)
                if (canonical := _text("invoiceId", k)) != k:  # a UUID key also as its canonical text
                    positions.setdefault(canonical, []).append(i)
        failed: dict[int, Any] = {}
        succeeded: dict[int, Any] = {}
        ambiguous: set[int] = set()
        stray = False
        for bucket, entries in ((failed, _get(batch, "failed")), (succeeded, _get(batch, "succeeded"))):
            if entries is None:
                continue
            if not isinstance(entries, list | tuple):
                stray = stray or bucket is failed  # failures that name no item: nothing is inferred from silence
                continue
            for position, entry in enumerate(entries):
                if entry is None:
                    continue
                if unreadable(entry):
                    stray = stray or bucket is failed
                    continue
                index = _get(entry, "index")
                if not isinstance(index, int) or isinstance(index, bool):
                    key = _key_of(entry)
                    # as sent, else as the canonical UUID text the models wrote
                    held = (positions.get(key) or positions.get(_text("invoiceId", key), [])) if key is not None else []
                    held = sorted(set(held))
                    if len(held) > 1:  # names a key, not an item: a failure could be any of these items
                        if bucket is failed:
                            ambiguous.update(held)
                        continue
                    index = held[0] if held else None
                if index is None and bucket is succeeded and state is BatchState.SUCCESS:
                    index = position
                if isinstance(index, int) and 0 <= index < handle.item_count:
                    bucket[index] = entry
                elif bucket is failed:
                    stray = True
        return failed, succeeded, ambiguous, stray

    def _outcome(
        self,
        handle: BatchHandle,
        i: int,
        state: BatchState,
        failed: dict[int, Any],
        succeeded: dict[int, Any],
        *,
        ambiguous: AbstractSet[int] = frozenset(),
        stray: bool = False,
    ) -> ItemOutcome:
        key = handle.keys[i] if i < len(handle.keys) else None
        index = handle.offset + i
        if i in ambiguous and i not in failed:
            return ItemOutcome(
                index,
                key,
                False,
                OutcomeStatus.UNKNOWN.value,
                message=f"ambiguous: the batch reports by key {key!r}, which several items of this batch share; "
                "which of them it means is unknown (look them up)",
                batch_id=handle.batch_id,
            )
        if i in failed:
            entry = failed[i]
            errors = tuple(str(e) for e in listed(_get(entry, "errors")))
            message = _get(entry, "message") or (errors[0] if errors else "failed")
            code = _get(entry, "code")
            return ItemOutcome(
                index,
                key,
                False,
                OutcomeStatus.FAILED.value,
                message=str(message),
                ids={"code": code} if code else {},
                errors=errors,
                batch_id=handle.batch_id,
            )
        inferred = state is BatchState.SUCCESS or (
            state is BatchState.PARTIAL and bool(failed or ambiguous) and not stray
        )
        if i in succeeded or inferred:
            entry = succeeded.get(i)
            ids = {}
            if entry is not None:
                ids = {name: _text(name, v) for name, attr in _ID_FIELDS if (v := _get(entry, name, attr)) is not None}
            return ItemOutcome(index, key, True, OutcomeStatus.SUCCESS.value, ids=ids, batch_id=handle.batch_id)
        batch_failed = state is BatchState.FAILED
        return ItemOutcome(
            index,
            key,
            False,
            (OutcomeStatus.FAILED if batch_failed else OutcomeStatus.UNKNOWN).value,
            message="batch failed" if batch_failed else None,
            batch_id=handle.batch_id,
        )


def _text(name: str, value: Any) -> str:
    """An id as text; an `invoiceId` in the canonical form of a UUID (as the model wrote it), when it is one."""
    if name == "invoiceId" and isinstance(value, str):
        import uuid  # not at import: it imports `platform`

        try:
            return str(uuid.UUID(value))
        except ValueError:
            return value
    return str(value)


def _key_of(entry: Any) -> str | None:
    """The item key a result entry names, in the order the invoice keys are tried (wire names, then snake)."""
    for name, snake in _KEYS:
        value = _get(entry, name, snake)
        if value is not None:
            return str(value)
    return None


_KEYS = (
    ("invoiceNumber", "invoice_number"),
    ("uniqueSourceInvoiceId", "unique_source_invoice_id"),
    ("invoiceId", "invoice_id"),
)
