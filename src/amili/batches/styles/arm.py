"""ARM: the write answers `batchUuid`; the poll answers 202 while processing, then 200 (all done) or 206 (some
items failed) with `items[]` in input order (`itemNo`, `status`/`result`, `errors`, ids)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..._models import field as _get
from ...retry import parse_retry_after
from ..types import BatchResult, BatchState, ItemOutcome, OutcomeStatus

if TYPE_CHECKING:
    from ...operations import Operation
    from ..types import BatchHandle

__all__ = ["ArmStyle"]

_FAILED_WORDS = ("FAIL", "REJECT", "ERROR", "INVALID", "DUPLICATE")
_ID_FIELDS = (
    ("customerNo", "customer_no"),
    ("documentNo", "document_no"),
    ("accountNo", "account_no"),
    ("referenceNo", "reference_no"),
    ("arItemId", "ar_item_id"),
)


class ArmStyle:
    name = "arm"

    def envelope(self, items_field: str, items: list[dict[str, Any]], user_id: str | None) -> dict[str, Any]:
        # ARM batch bodies carry who made the change; the SDK names itself when the caller does not.
        return {items_field: items, "metadata": {"userId": user_id or "amili-sdk"}}

    def ids(self, item: Mapping[str, Any]) -> dict[str, Any]:
        return {name: item[name] for name, _ in _ID_FIELDS if item.get(name) is not None}

    async def poll(
        self, poll: Operation[Any, Any], handle: BatchHandle
    ) -> tuple[BatchState, BatchResult | None, float | None]:
        scope_param, id_param = poll.meta.path_params[0], poll.meta.path_params[-1]
        scope: int | str = int(handle.scope) if handle.scope.isdigit() else handle.scope
        raw = await poll.raw(**{scope_param: scope, id_param: handle.batch_id})
        if raw.status_code == 202:
            return BatchState.PROCESSING, None, parse_retry_after(raw.headers)
        by_index: dict[int, Any] = {}
        for position, item in enumerate(_get(raw.parsed, "items") or [], start=1):
            number = _get(item, "item_no", "itemNo")
            by_index[(int(number) if isinstance(number, int) else position) - 1] = item
        outcomes = [
            self._outcome(handle, i, by_index.get(i), complete=raw.status_code == 200) for i in range(handle.item_count)
        ]
        n_failed = sum(1 for o in outcomes if not o.ok)
        if n_failed == 0:
            state = BatchState.SUCCESS
        elif n_failed == len(outcomes):
            state = BatchState.FAILED
        else:
            state = BatchState.PARTIAL
        return state, BatchResult(handle, state, tuple(outcomes), raw.parsed), None

    def _outcome(self, handle: BatchHandle, i: int, item: Any, *, complete: bool) -> ItemOutcome:
        key = handle.keys[i] if i < len(handle.keys) else None
        index = handle.offset + i
        if item is None:  # not reported: a 200 means every item was processed
            status = OutcomeStatus.SUCCESS if complete else OutcomeStatus.UNKNOWN
            return ItemOutcome(index, key, complete, status.value, batch_id=handle.batch_id)
        words = f"{_get(item, 'status') or ''} {_get(item, 'result') or ''}".upper()
        errors = [_message(e) for e in (_get(item, "errors") or [])]
        failed = bool(errors) or any(w in words for w in _FAILED_WORDS)
        ids = {name: v for name, attr in _ID_FIELDS if (v := _get(item, attr, name)) is not None}
        warnings = [_message(w) for w in (_get(item, "warnings") or [])]
        message = _get(item, "message") or ("; ".join(errors) if errors else None)
        return ItemOutcome(
            index,
            key,
            not failed,
            (OutcomeStatus.FAILED if failed else OutcomeStatus.SUCCESS).value,
            message=str(message) if message else None,
            ids=ids,
            errors=tuple(errors or (warnings if failed else [])),
            batch_id=handle.batch_id,
        )


def _message(entry: Any) -> str:
    if isinstance(entry, str):
        return entry
    field = _get(entry, "field")
    message = _get(entry, "message") or str(entry)
    return f"{field}: {message}" if field else str(message)
