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
from collections.abc import Iterable, Mapping
from typing import Any

from ._schema import Found, SchemaCompiler, is_uuid, short
from .errors import RequestValidationError

_log = logging.getLogger("amili.validation")

__all__ = ["ValidatedBody", "check_header", "check_param", "closest", "item_schema", "json_value", "validate"]

_BAD_HEADER = re.compile(r"[^\t\x20-\x7e]")
_INT = re.compile(r"-?\d{1,19}")


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


def _dotted(path: tuple[Any, ...]) -> str:
    """`('documents', 3, 'amount')` → `documents[3].amount`."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _article(word: str) -> str:
    return f"an {word}" if word[:1] in "aeiou" else f"a {word}"


class _FailFast(list[Found]):
    """The sink of a request check: raises the first departure as `RequestValidationError` naming the field; the
    spec's guessed requirements are logged (Amili may accept the body), unknown keys of open schemas pass unless
    they are a near miss of a known one, and a model's own keys (`strict=False`) pass."""

    def __init__(self, operation: str, strict: bool) -> None:
        super().__init__()
        self.operation = operation
        self.strict = strict

    def append(self, found: Found) -> None:
        kind, path, spec, value = found
        field = _dotted(path)
        prefix = f"{self.operation}: " if self.operation else ""
        if kind == "missing_property":
            # A guess (x-amili-inferred-required): Amili may well accept the body, so it is sent; the warning
            # helps when Amili does refuse it.
            _log.warning(
                "%s: %r is missing; the spec guesses it is required (the docs do not say), sending anyway",
                self.operation or "request",
                field,
            )
            return
        if kind == "unknown_property":
            if not self.strict:
                return
            key, known = str(path[-1]), spec.get("known", ())
            if spec.get("open"):
                # An open schema (the docs show it cut off) takes new keys, but not a near miss of a known one.
                near = closest(key, known, cutoff=0.85)
                if near is None:
                    return
                raise RequestValidationError(
                    f"{prefix}unknown field {field!r} — did you mean {near!r}? (pass extra_body= to send it anyway)",
                    field=field,
                )
            raise RequestValidationError(
                f"{prefix}unknown field {field!r}{_suggest(key, known)} "
                "(pass extra_body= to send fields the spec does not know)",
                field=field,
            )
        if kind == "missing_required":
            raise RequestValidationError(f"{prefix}missing required field {field!r}", field=field)
        says = str(spec.get("says", ""))
        if kind == "wrong_type":
            word = says.split(" ", 1)[0]
            message = (
                "must not be null"
                if value is None
                else f"expected {_article(word)}, got {type(value).__name__} {short(value)}"
            )
        elif kind == "unknown_enum_value":
            message = f"{short(value)} is not {says}"
        elif kind == "constraint":
            message = f"{short(value)} {says}"
        else:
            message = says
        where = f"field {field!r}: " if field else "the request body: "
        raise RequestValidationError(f"{prefix}{where}{message}", field=field or "body")

    def extend(self, items: Iterable[Found]) -> None:
        for found in items:
            self.append(found)


_COMPILERS: dict[int, tuple[Mapping[str, Any], SchemaCompiler]] = {}


def _compiler(schemas: Mapping[str, Any]) -> SchemaCompiler:
    """One compiler per schema table (the generated `_SCHEMAS` of an API live as long as the process)."""
    cached = _COMPILERS.get(id(schemas))
    if cached is None or cached[0] is not schemas:
        if len(_COMPILERS) >= 64:  # only ad-hoc tables get here this often: never grow without bound
            _COMPILERS.clear()
        cached = _COMPILERS[id(schemas)] = (schemas, SchemaCompiler(schemas, closed_objects=True, python=True))
    return cached[1]


def validate(
    schemas: Mapping[str, Any], schema: Mapping[str, Any], value: Any, *, operation: str, strict: bool = True
) -> Any:
    """`value` as JSON-ready data (a converted copy only where needed), or `RequestValidationError` naming the field.

    `strict=False` lets keys the spec does not declare through (a model's explicit `additional_properties`).
    """
    compiler = _compiler(schemas)
    ref = schema.get("$ref")
    check = compiler.named(ref) if ref is not None and len(schema) == 1 else compiler.compile(schema)
    return check(value, (), _FailFast(operation, strict))


def json_value(value: Any, *, operation: str, path: str = "") -> Any:
    """Untyped input (`extra_body`): must be JSON, finite numbers only."""
    return _compiler(_NO_SCHEMAS).compile({})(value, (path,) if path else (), _FailFast(operation, False))


_NO_SCHEMAS: Mapping[str, Any] = {}


class ValidatedBody:
    """A whole request body this process already checked with `validate` against the operation's own body schema
    (strictly, as a dict body is checked): the request path sends its JSON as it is instead of checking it again.

    Only the SDK builds one (the batch engine, after validating a chunk's envelope); a body of any other type is
    always checked before it is sent."""

    __slots__ = ("json", "schema")

    def __init__(self, json: dict[str, Any], schema: str) -> None:
        self.json = json
        self.schema = schema
        """The name of the body schema it was checked against (the request path checks again under another)."""

    def to_dict(self) -> dict[str, Any]:
        return self.json


def check_header(operation: str, name: str, value: object, field: str | None = None) -> str:
    """Header values go on the wire as they are: visible ASCII and tabs only (no CR/LF/NUL, no non-ASCII)."""
    if isinstance(value, str):
        text = value
    elif (isinstance(value, int) and not isinstance(value, bool)) or is_uuid(value):
        text = str(value)
    else:
        raise RequestValidationError(
            f"{operation}: header {name!r} must be a string, got {type(value).__name__}", field=field or name
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
                import uuid  # not at import: it imports `platform`

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
        f"{operation}: argument {name!r} must be {expected}, got {type(value).__name__} {short(value)}", field=name
    )


def item_schema(meta: Any, items_field: str) -> Mapping[str, Any] | None:
    """The schema of one item of a batch body's array (`DocumentBatchRequest.documents[]`), if codegen wrote one."""
    if not meta.schemas or not meta.body_schema:
        return None
    body = meta.schemas.get(meta.body_schema) or {}
    items: Mapping[str, Any] | None = ((body.get("properties") or {}).get(items_field) or {}).get("items")
    return items
