"""Client-side checks of request input against the spec, before anything is sent.

Dict bodies are the wire JSON, checked against the compact request-schema table that codegen writes into each
`_api/<api>.py` (`_SCHEMAS`): unknown keys are refused with the closest known one, types are checked (`bool` is not
an integer, NaN and ±inf are not numbers), and every error names the field as a dotted path
(`document.currencyAmounts.vat`, `documents[3].amount`). Path/query parameters typed by the spec are checked too, and
header values may only hold visible ASCII.
"""

from __future__ import annotations

import datetime
import difflib
import logging
import math
import re
import sys
from collections.abc import Iterable, Mapping
from typing import Any

from .errors import RequestValidationError

_log = logging.getLogger("amili.validation")

__all__ = ["check_header", "check_param", "closest", "item_schema", "json_value", "validate"]

_MAX_DEPTH = 64
_BAD_HEADER = re.compile(r"[^\t\x20-\x7e]")
_INT = re.compile(r"-?\d{1,19}")


def is_uuid(value: object) -> bool:
    """`isinstance(value, uuid.UUID)` without importing `uuid` (and the `platform` it imports) when the SDK is
    imported: a UUID can only exist once its module was imported by someone."""
    module = sys.modules.get("uuid")
    return module is not None and isinstance(value, module.UUID)


def closest(name: str, known: Iterable[str], cutoff: float = 0.6) -> str | None:
    """The known name a misspelled one most likely meant (case-insensitive match first, then difflib)."""
    candidates = list(known)
    folded = {c.lower().replace("_", ""): c for c in candidates}
    hit = folded.get(name.lower().replace("_", ""))
    if hit is not None:
        return hit
    matches = difflib.get_close_matches(name, candidates, n=1, cutoff=cutoff)
    return matches[0] if matches else None


def _suggest(name: str, known: Iterable[str]) -> str:
    match = closest(name, known)
    return f" — did you mean {match!r}?" if match else ""


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _type_name(value: Any) -> str:
    return type(value).__name__


class _Checker:
    __slots__ = ("operation", "schemas", "strict")

    def __init__(self, schemas: Mapping[str, Any], operation: str, strict: bool) -> None:
        self.schemas = schemas
        self.operation = operation
        self.strict = strict

    def fail(self, path: str, message: str, *, bare: bool = False) -> RequestValidationError:
        prefix = f"{self.operation}: " if self.operation else ""
        where = "" if bare else (f"field {path!r}: " if path else "the request body: ")
        return RequestValidationError(f"{prefix}{where}{message}", field=path or "body")

    def check(self, schema: Mapping[str, Any], value: Any, path: str, depth: int) -> Any:
        if depth > _MAX_DEPTH:
            raise self.fail(path, f"nested deeper than {_MAX_DEPTH} levels")
        ref = schema.get("$ref")
        if ref is not None:
            if value is None and schema.get("nullable"):
                return None
            schema = self.schemas[ref]
        if value is None:
            if schema.get("nullable") or not schema:
                return None
            raise self.fail(path, "must not be null")
        any_of = schema.get("anyOf")
        if any_of is not None:
            first: RequestValidationError | None = None
            for option in any_of:
                try:
                    return self.check(option, value, path, depth + 1)
                except RequestValidationError as exc:
                    first = first or exc
            assert first is not None
            raise first
        kind = schema.get("type")
        if kind == "object" or "properties" in schema:
            return self._object(schema, value, path, depth)
        if kind == "array":
            if not isinstance(value, list | tuple):
                raise self.fail(path, f"expected an array, got {_type_name(value)} {_short(value)}")
            out: list[Any] | None = None
            items = schema.get("items") or {}
            for i, item in enumerate(value):
                checked = self.check(items, item, f"{path}[{i}]", depth + 1)
                if checked is not item:
                    out = out if out is not None else list(value)
                    out[i] = checked
            return out if out is not None else value
        if kind == "string":
            if isinstance(value, str):
                return value
            fmt = schema.get("format")
            if fmt in ("date", "date-time") and isinstance(value, datetime.date):
                if fmt == "date" and isinstance(value, datetime.datetime):
                    raise self.fail(path, "expected a date, got a datetime")
                return value.isoformat()
            if fmt == "uuid" and is_uuid(value):
                return str(value)
            raise self.fail(path, f"expected a string, got {_type_name(value)} {_short(value)}")
        if kind == "integer":
            if isinstance(value, int) and not isinstance(value, bool):
                return value
            raise self.fail(path, f"expected an integer, got {_type_name(value)} {_short(value)}")
        if kind == "number":
            if isinstance(value, int | float) and not isinstance(value, bool):
                if isinstance(value, float) and not math.isfinite(value):
                    raise self.fail(path, f"expected a finite number, got {value!r}")
                return value
            raise self.fail(path, f"expected a number, got {_type_name(value)} {_short(value)}")
        if kind == "boolean":
            if isinstance(value, bool):
                return value
            raise self.fail(path, f"expected a boolean, got {_type_name(value)} {_short(value)}")
        return self.json(value, path, depth)

    def _object(self, schema: Mapping[str, Any], value: Any, path: str, depth: int) -> Any:
        if not isinstance(value, Mapping):
            raise self.fail(path, f"expected an object, got {_type_name(value)} {_short(value)}")
        props: Mapping[str, Any] = schema.get("properties") or {}
        extra = schema.get("additionalProperties", "properties" not in schema)
        out: dict[str, Any] | None = None if type(value) is dict else dict(value)
        for key, item in value.items():
            if not isinstance(key, str):
                raise self.fail(path, f"keys must be strings, got {_type_name(key)} {_short(key)}")
            sub_path = f"{path}.{key}" if path else key
            sub = props.get(key)
            if sub is None:
                near = closest(key, props, cutoff=0.85) if schema.get("open") else None
                if near is not None and self.strict:
                    # An open schema (the docs show it cut off) takes new keys, but not a near miss of a known one.
                    raise RequestValidationError(
                        f"{self.operation + ': ' if self.operation else ''}unknown field {sub_path!r} — did you mean "
                        f"{near!r}? (pass extra_body= to send it anyway)",
                        field=sub_path,
                    )
                if extra is False and self.strict and not schema.get("open"):
                    raise RequestValidationError(
                        f"{self.operation + ': ' if self.operation else ''}unknown field {sub_path!r}"
                        f"{_suggest(key, props)} "
                        "(pass extra_body= to send fields the spec does not know)",
                        field=sub_path,
                    )
                sub = extra if isinstance(extra, Mapping) else {}
            checked = self.check(sub, item, sub_path, depth + 1)
            if checked is not item:
                out = out if out is not None else dict(value)
                out[key] = checked
        for key in schema.get("required", ()):
            if key not in value:
                sub_path = f"{path}.{key}" if path else key
                raise self.fail(sub_path, f"missing required field {sub_path!r}", bare=True)
        for key in schema.get("inferred", ()):
            if key not in value:
                # A guess (x-amili-inferred-required): Amili may well accept the body, so it is sent; the warning
                # helps when Amili does refuse it.
                sub_path = f"{path}.{key}" if path else key
                _log.warning(
                    "%s: %r is missing; the spec guesses it is required (the docs do not say), sending anyway",
                    self.operation or "request",
                    sub_path,
                )
        return out if out is not None else value

    def json(self, value: Any, path: str, depth: int) -> Any:
        """A value the spec does not type: it must still be JSON (finite numbers, string keys)."""
        if value is None or isinstance(value, str | bool | int):
            return value
        if isinstance(value, float):
            if not math.isfinite(value):
                raise self.fail(path, f"expected a finite number, got {value!r}")
            return value
        if isinstance(value, Mapping):
            return self._object({"type": "object", "additionalProperties": True}, value, path, depth)
        if isinstance(value, list | tuple):
            return self.check({"type": "array"}, value, path, depth)
        if isinstance(value, datetime.date):
            return value.isoformat()
        if is_uuid(value):
            return str(value)
        raise self.fail(path, f"{_type_name(value)} is not JSON: {_short(value)}")


def validate(
    schemas: Mapping[str, Any], schema: Mapping[str, Any], value: Any, *, operation: str, strict: bool = True
) -> Any:
    """`value` as JSON-ready data (a converted copy only where needed), or `RequestValidationError` naming the field.

    `strict=False` lets keys the spec does not declare through (a model's explicit `additional_properties`).
    """
    return _Checker(schemas, operation, strict).check(schema, value, "", 0)


def json_value(value: Any, *, operation: str, path: str = "") -> Any:
    """Untyped input (`extra_body`): must be JSON, finite numbers only."""
    return _Checker({}, operation, False).json(value, path, 0)


def check_header(operation: str, name: str, value: object, field: str | None = None) -> str:
    """Header values go on the wire as they are: visible ASCII and tabs only (no CR/LF/NUL, no non-ASCII)."""
    if isinstance(value, str):
        text = value
    elif (isinstance(value, int) and not isinstance(value, bool)) or is_uuid(value):
        text = str(value)
    else:
        raise RequestValidationError(
            f"{operation}: header {name!r} must be a string, got {_type_name(value)}", field=field or name
        )
    if _BAD_HEADER.search(text):
        raise RequestValidationError(
            f"{operation}: header {name!r} holds a character not allowed in HTTP headers "
            "(only visible ASCII: no CR, LF, NUL or non-ASCII)",
            field=field or name,
        )
    return text


def check_param(operation: str, name: str, kind: Any, value: Any) -> Any:
    """A path/query parameter against its spec type; returns what the generated builder expects."""
    if isinstance(kind, str):
        if kind == "integer":
            if isinstance(value, int) and not isinstance(value, bool):
                return value
            if isinstance(value, str) and _INT.fullmatch(value.strip()):
                return int(value)
            expected = "an integer"
        elif kind == "number":
            if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
                return value
            expected = "a finite number"
        elif kind == "boolean":
            if isinstance(value, bool):
                return value
            expected = "a boolean"
        elif kind == "uuid":
            if is_uuid(value):
                return value
            if isinstance(value, str):
                import uuid

                try:
                    return uuid.UUID(value)
                except ValueError:
                    pass
            expected = "a UUID"
        elif kind == "date":
            if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
                return value
            if isinstance(value, str):
                try:
                    return datetime.date.fromisoformat(value)
                except ValueError:
                    pass
            expected = "a date (YYYY-MM-DD)"
        elif kind == "datetime":
            if isinstance(value, datetime.datetime):
                return value
            if isinstance(value, str):
                try:
                    return datetime.datetime.fromisoformat(value)
                except ValueError:
                    pass
            expected = "a date-time (ISO 8601)"
        else:  # pragma: no cover - codegen writes only the kinds above
            return value
    else:  # an enum class (forward compatible: unknown strings parse)
        if isinstance(value, kind):
            return value
        if isinstance(value, str):
            return kind(value)
        expected = f"a {kind.__name__} or a string"
    raise RequestValidationError(
        f"{operation}: argument {name!r} must be {expected}, got {_type_name(value)} {_short(value)}", field=name
    )


def item_schema(meta: Any, items_field: str) -> Mapping[str, Any] | None:
    """The schema of one item of a batch body's array (`DocumentBatchRequest.documents[]`), if codegen wrote one."""
    if not meta.schemas or not meta.body_schema:
        return None
    body = meta.schemas.get(meta.body_schema) or {}
    items: Mapping[str, Any] | None = ((body.get("properties") or {}).get(items_field) or {}).get("items")
    return items
