"""ARM: the write answers `batchUuid`; the poll answers 202 while processing, then 200 (all done) or 206 (some
items failed) with `items[]` in input order (`itemNo`, `status`/`result`, `errors`, ids)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import partial
from typing import TYPE_CHECKING, Any

from ..._models import field as _get
from ...retry import parse_retry_after
from ..types import BatchResult, BatchState, ItemOutcome, OutcomeStatus
from ._reading import listed, unreadable

if TYPE_CHECKING:
    from ...operations import Operation
    from ..types import BatchHandle

__all__ = ["ArmStyle"]

_FAILED = re.compile("FAIL|REJECT|ERROR|INVALID|DUPLICATE")
"""Words of an item's `status` / `result` (upper-cased) that say it was not applied."""
_SUCCESS = OutcomeStatus.SUCCESS.value
_FAILED_STATUS = OutcomeStatus.FAILED.value
_UNKNOWN = OutcomeStatus.UNKNOWN.value
_MISSING: Any = object()
"""An item the answer's `items` do not mention (a `null` entry is an entry, just an unreadable one)."""
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
        # The answer is read as JSON, field by field (no model): unknown fields are ignored, missing ones absent,
        # and a part of a shape the spec did not promise never fails the poll: what it cannot say is UNKNOWN.
        raw = await poll.raw_json(**{scope_param: scope, id_param: handle.batch_id})
        if raw.status_code == 202:
            return BatchState.PROCESSING, None, parse_retry_after(raw.headers)
        complete = raw.status_code == 200
        answer = raw.parsed
        entries = None if unreadable(answer) else _get(answer, "items")
        if unreadable(answer) or not (entries is None or isinstance(entries, list | tuple)):
            # No per-item results to read: nothing proves any item's fate.
            outcomes = [
                self._unknown(handle, i, "the batch answer's items are unreadable") for i in range(handle.item_count)
            ]
        else:
            by_index: dict[int, Any] = {}
            for position, item in enumerate(entries or (), start=1):
                by_index[_item_no(item, position) - 1] = item
            keys, offset, batch_id = handle.keys, handle.offset, handle.batch_id
            outcomes = []
            for i in range(handle.item_count):
                item = by_index.get(i, _MISSING)
                if type(item) is dict:  # the usual entry: read straight from the JSON
                    key = keys[i] if i < len(keys) else None
                    outcomes.append(_read(item.get, offset + i, key, batch_id))
                else:
                    outcomes.append(self._outcome(handle, i, item, complete=complete))
        n_failed = sum(1 for o in outcomes if not o.ok)
        if n_failed == 0:
            state = BatchState.SUCCESS
        elif n_failed == len(outcomes):
            state = BatchState.FAILED
        else:
            state = BatchState.PARTIAL
        return state, BatchResult(handle, state, tuple(outcomes), answer), None

    @staticmethod
    def _unknown(handle: BatchHandle, i: int, message: str) -> ItemOutcome:
        key = handle.keys[i] if i < len(handle.keys) else None
        return ItemOutcome(handle.offset + i, key, False, _UNKNOWN, message=message, batch_id=handle.batch_id)

    def _outcome(self, handle: BatchHandle, i: int, item: Any, *, complete: bool) -> ItemOutcome:
        key = handle.keys[i] if i < len(handle.keys) else None
        index = handle.offset + i
        if item is _MISSING:  # not reported: a 200 means every item was processed
            status = _SUCCESS if complete else _UNKNOWN
            return ItemOutcome(index, key, complete, status, None, {}, (), handle.batch_id)
        if type(item) is dict:
            return _read(item.get, index, key, handle.batch_id)
        if unreadable(item):  # reported, but not as an object: what it says is unknown
            return self._unknown(handle, i, f"the batch reported this item unreadably: {str(item)[:80]}")
        return _read(partial(_get, item), index, key, handle.batch_id)  # a model (or any object with attributes)


def _read(get: Callable[[str], Any], index: int, key: str | None, batch_id: str) -> ItemOutcome:
    """One reported item's outcome, its fields read with `get` (a JSON object's `.get`, or a model's reader)."""
    errors = get("errors")
    messages = [_message(e) for e in listed(errors)] if errors is not None else []
    failed = bool(messages) or _FAILED.search(f"{get('status') or ''} {get('result') or ''}".upper()) is not None
    ids = {}
    for name, snake in _ID_FIELDS:
        value = get(name)
        if value is None:
            value = get(snake)
        if value is not None:
            ids[name] = value
    message = get("message") or ("; ".join(messages) if messages else None)
    if failed and not messages:
        messages = [_message(w) for w in listed(get("warnings"))]
    status = _FAILED_STATUS if failed else _SUCCESS
    return ItemOutcome(
        index, key, not failed, status, str(message) if message else None, ids, tuple(messages), batch_id
    )


def _item_no(item: Any, position: int) -> int:
    """The item's 1-based number in the batch (`itemNo`, a number or its digits), else its position in `items`."""
    if type(item) is dict:
        number = item.get("itemNo")
        if type(number) is int:
            return number
        if number is None:
            number = item.get("item_no")
    else:
        number = None if unreadable(item) else _get(item, "itemNo", "item_no")
    if isinstance(number, str) and number.isascii() and number.isdigit():
        number = int(number)
    return number if isinstance(number, int) and not isinstance(number, bool) else position


def _message(entry: Any) -> str:
    if isinstance(entry, str):
        return entry
    if unreadable(entry):
        return str(entry)
    field = _get(entry, "field")
    message = _get(entry, "message") or str(entry)
    return f"{field}: {message}" if field else str(message)
