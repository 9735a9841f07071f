"""A drift event (one departure of a response from the spec) and the redaction of what was seen.

What leaves the process describes shapes and types only: a string becomes `<string len=12 date>`, a number
`<number>`; object keys are kept when they look like property names (they are the schema being learned), values
are not. An object with a data-like key (a national id, an e-mail, a UUID, a name with a space) is a map: it is
described as `additionalProperties`, its keys never written. Enum values are kept only when they look like codes
(`ON_HOLD`: `^[A-Z][A-Z0-9_]{1,40}$`), since adding them to the spec is the point. `values=True` (opt-in) keeps a
truncated real value as well, except what may identify a person or a secret: strings with five or more digits
(national ids, organisation and account numbers, IBANs, phone numbers), e-mail addresses, and anything under a
secret-like name are redacted in every mode.
"""

from __future__ import annotations

import re
from typing import Any

import attrs

__all__ = ["KINDS", "DriftEvent", "event_key", "format_path", "sample_of", "shape_of"]

KINDS = (
    "unknown_property",
    "unknown_enum_value",
    "missing_required",
    "missing_property",
    "wrong_type",
    "undocumented_status",
    "undocumented_content_type",
    "undocumented_header",
)
_CODE = re.compile(r"^[A-Z][A-Z0-9_]{1,40}$")
_PROPERTY_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")
_SECRET_NAME = re.compile(
    r"(?i)(secret|passw|pwd|token|authori[sz]ation|api_?key|credential|private|signature|ssn|"
    r"personnummer|f(?:oe|ø|o)dselsnummer|national_?id|iban|bban|account_?n)"
)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_MAX_KEYS = 30
_MAX_DEPTH = 4


@attrs.frozen
class DriftEvent:
    """One departure: `kind` at JSON `path` of `operation`'s response; `spec` says what the spec declares there,
    `seen` is the observed type (a JSON-Schema fragment), `sample` a redacted value."""

    operation: str
    kind: str
    path: str
    status: int
    method: str = ""
    route: str = ""
    content_type: str = ""
    spec: dict[str, Any] = attrs.field(factory=dict)
    seen: Any = None
    sample: Any = None
    count: int = 1
    #: UTC time of the first sighting (ISO 8601), set when recorded.
    first_seen: str = ""

    @property
    def key(self) -> tuple[str, str, str]:
        """What de-duplicates events (one line per key in a drift file): each new enum value is its own event."""
        return event_key(self.operation, self.path, self.kind, self.seen)

    def as_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)

    def describe(self) -> str:
        says = self.spec.get("says", "")
        return f"{self.operation} HTTP {self.status} {self.kind} at {self.path}: spec {says}; seen {_brief(self.seen)}"


def event_key(operation: str, path: str, kind: str, seen: Any) -> tuple[str, str, str]:
    if kind == "unknown_enum_value" and isinstance(seen, dict) and isinstance(seen.get("value"), str | int | float):
        return (operation, path, f"{kind}:{seen['value']}")
    return (operation, path, kind)


def _brief(seen: Any) -> str:
    if isinstance(seen, dict):
        if "value" in seen:
            return repr(seen["value"])
        return str(seen.get("type", "?"))
    return repr(seen)


def format_path(parts: tuple[str, ...]) -> str:
    out = "$"
    for part in parts:
        out += part if part.startswith("[") else (f".{part}" if re.fullmatch(r"\w+", part) else f"[{part!r}]")
    return out


def _string_hint(value: str) -> str | None:
    if _DATETIME.match(value) and not _DATE.match(value):
        return "date-time"
    if _DATE.match(value):
        return "date"
    if _UUID.match(value):
        return "uuid"
    return None


def sensitive(value: str) -> bool:
    """A string that may identify a person or an account: never written, in any mode."""
    return "@" in value or sum(c.isdigit() for c in value) >= 5


def data_like_key(key: str) -> bool:
    """A key that is data (a map's key), not a property name: it is never written."""
    return not _PROPERTY_NAME.match(key) or sum(c.isdigit() for c in key) >= 4


def secret_like_name(name: str) -> bool:
    return bool(_SECRET_NAME.search(name))


def is_map(value: dict[Any, Any]) -> bool:
    return any(not isinstance(k, str) or data_like_key(k) for k in value)


def shape_of(value: Any, depth: int = 0) -> dict[str, Any]:
    """A JSON-Schema fragment typed from `value` (no values): what a patch proposes for a new property."""
    if value is None:
        return {"type": "null"}
    if isinstance(value, bool):
        return {"type": "boolean"}
    if isinstance(value, int):
        return {"type": "integer"}
    if isinstance(value, float):
        return {"type": "number"}
    if isinstance(value, str):
        hint = _string_hint(value)
        return {"type": "string", "format": hint} if hint in ("date", "date-time") else {"type": "string"}
    if isinstance(value, list):
        out: dict[str, Any] = {"type": "array"}
        if value and depth < _MAX_DEPTH:
            out["items"] = shape_of(value[0], depth + 1)
        return out
    if isinstance(value, dict):
        out = {"type": "object"}
        if depth < _MAX_DEPTH and is_map(value):
            first = next(iter(value.values()), None)
            out["additionalProperties"] = shape_of(first, depth + 1) if value else {}
        elif depth < _MAX_DEPTH:
            out["properties"] = {str(k): shape_of(v, depth + 1) for k, v in list(value.items())[:_MAX_KEYS]}
        return out
    return {"type": type(value).__name__}


def sample_of(value: Any, *, values: bool = False, depth: int = 0, name: str = "") -> Any:
    """A redacted stand-in for `value` (types and lengths); with `values=True` a truncated copy of what is safe
    to keep (see the module docstring). `name` is the key the value sits under."""
    if name and secret_like_name(name):
        return "<redacted>"
    if value is None or isinstance(value, bool):
        return value if values else ("<boolean>" if isinstance(value, bool) else None)
    if isinstance(value, int | float):
        if values and len(str(value)) < 5:
            return value
        return "<integer>" if isinstance(value, int) else "<number>"
    if isinstance(value, str):
        if values and not sensitive(value) and len(value) <= 200:
            return value
        hint = _string_hint(value)
        return f"<string len={len(value)}" + (f" {hint}>" if hint else ">")
    if isinstance(value, list):
        if value and depth < _MAX_DEPTH:
            return [sample_of(value[0], values=values, depth=depth + 1, name=name)]
        return f"<array len={len(value)}>"
    if isinstance(value, dict):
        if depth >= _MAX_DEPTH:
            return f"<object keys={len(value)}>"
        if is_map(value):
            first = next(iter(value.values()), None)
            return {"<key>": sample_of(first, values=values, depth=depth + 1)} if value else {}
        return {
            str(k): sample_of(v, values=values, depth=depth + 1, name=str(k))
            for k, v in list(value.items())[:_MAX_KEYS]
        }
    return f"<{type(value).__name__}>"


def code_value(value: Any) -> Any:
    """An enum value as seen, if it looks like a code rather than data; else its redacted sample."""
    if isinstance(value, str) and _CODE.match(value):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and len(str(value)) < 5:
        return value
    return sample_of(value)
