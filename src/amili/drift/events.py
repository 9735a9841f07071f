"""A drift event (one departure of a response from the spec) and the redaction of what was seen.

What leaves the process describes shapes and types only: a string becomes `<string len=12 date>`, a number
`<number>`; object keys are kept (they are the schema being learned), values are not. Enum values are kept when
they look like codes (`ON_HOLD`), since adding them to the spec is the point. `values=True` (opt-in) keeps a
truncated real value as well.
"""

from __future__ import annotations

import re
from typing import Any

import attrs

__all__ = ["KINDS", "DriftEvent", "format_path", "sample_of", "shape_of"]

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
_CODE = re.compile(r"^[A-Za-z0-9_.:\- ]{1,64}$")
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
        """What de-duplicates events (one line per key in a drift file)."""
        return (self.operation, self.path, self.kind)

    def as_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)

    def describe(self) -> str:
        says = self.spec.get("says", "")
        return f"{self.operation} HTTP {self.status} {self.kind} at {self.path}: spec {says}; seen {_brief(self.seen)}"


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
        if depth < _MAX_DEPTH:
            out["properties"] = {str(k): shape_of(v, depth + 1) for k, v in list(value.items())[:_MAX_KEYS]}
        return out
    return {"type": type(value).__name__}


def sample_of(value: Any, *, values: bool = False, depth: int = 0) -> Any:
    """A redacted stand-in for `value` (types and lengths); with `values=True` a truncated copy."""
    if values:
        text = repr(value)
        return value if len(text) <= 200 and not isinstance(value, (dict, list)) else text[:200]
    if value is None or isinstance(value, bool):
        return "<boolean>" if isinstance(value, bool) else None
    if isinstance(value, int):
        return "<integer>"
    if isinstance(value, float):
        return "<number>"
    if isinstance(value, str):
        hint = _string_hint(value)
        return f"<string len={len(value)}" + (f" {hint}>" if hint else ">")
    if isinstance(value, list):
        return [sample_of(value[0], depth=depth + 1)] if value and depth < _MAX_DEPTH else f"<array len={len(value)}>"
    if isinstance(value, dict):
        if depth >= _MAX_DEPTH:
            return f"<object keys={len(value)}>"
        return {str(k): sample_of(v, depth=depth + 1) for k, v in list(value.items())[:_MAX_KEYS]}
    return f"<{type(value).__name__}>"


def code_value(value: Any) -> Any:
    """An enum value as seen, if it looks like a code rather than data; else its redacted sample."""
    if isinstance(value, str) and _CODE.match(value):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    return sample_of(value)
