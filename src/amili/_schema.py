"""The one JSON-Schema checker of the SDK: the façade's request validation, the sandbox's request/response
validation and drift detection all compile their schemas here.

Why our own and not `jsonschema`/`fastjsonschema`: the core install stays httpx + attrs + anyio, and the three
uses need what a generic validator does not give: the field path and a did-you-mean for a misspelled key, the
spec's guessed requirements (`x-amili-inferred-required`) reported apart from documented ones, open schemas
(`x-amili-open`: new keys pass, near misses of known ones do not), Python values in request bodies (dates, UUIDs)
turned into their JSON text, and every departure collected (drift, sandbox) or the first one raised (requests).

A schema node is compiled once into a closure `check(value, path, out) -> value` and cached per compiler; a check
is plain `isinstance` work. Departures are appended to `out` as `Found` tuples; a fail-fast caller passes a list
whose `append` raises. Nodes may be written in the generated tables' compact form (`$ref`/`ref` to a bare name,
`additional`, `inferred`, `open`, `at`) or as the spec's own JSON Schema (`#/components/schemas/…` refs, `allOf`,
`oneOf`, `additionalProperties`, `x-amili-*`).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import math
import re
import sys
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["Check", "Found", "SchemaCompiler", "is_uuid", "short", "type_name", "valid_format"]

Found = tuple[str, tuple[Any, ...], dict[str, Any], Any]
"""(kind, path parts — keys, item indices or `[*]` —, what the spec says, the value seen). Kinds: `wrong_type`,
`unknown_property`, `missing_required`, `missing_property` (an inferred requirement), `unknown_enum_value`,
`constraint` (minimum/maximum/pattern/length), `invalid` (not JSON: the message is in `says`)."""
Check = Callable[[Any, tuple[Any, ...], list[Found]], Any]


def is_uuid(value: object) -> bool:
    """`isinstance(value, uuid.UUID)` without importing `uuid` (and the `platform` it imports) when the SDK is
    imported: a UUID can only exist once its module was imported by someone."""
    module = sys.modules.get("uuid")
    return module is not None and isinstance(value, module.UUID)


MAX_DEPTH = 64
_COMPONENTS = "#/components/schemas/"
_SCALARS: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
}
_RFC3339 = re.compile(r"\d{4}-\d\d-\d\d[Tt ]\d\d:\d\d:\d\d(\.\d+)?([Zz]|[+-]\d\d:\d\d)")


def type_name(value: Any) -> str:
    """The JSON type of a value (`null`, `boolean`, `integer`, …), else its Python type's name."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def valid_format(fmt: str, value: Any, *, strict: bool = True) -> bool:
    """Whether a value matches a spec format. `strict` follows RFC 3339 for date-times (an offset is required);
    not strict accepts any ISO 8601 date-time (drift reports what clearly is not one)."""
    try:
        if fmt == "date" and isinstance(value, str):
            dt.date.fromisoformat(value)
        elif fmt == "date-time" and isinstance(value, str):
            if strict and not _RFC3339.fullmatch(value):
                return False
            dt.datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
        elif fmt == "uuid" and isinstance(value, str):
            import uuid  # not at import: it imports `platform`

            uuid.UUID(value)
        elif fmt == "email" and isinstance(value, str):
            return "@" in value
        elif fmt == "byte" and isinstance(value, str) and strict:
            base64.b64decode(value, validate=True)
        elif fmt in ("int32", "int64") and isinstance(value, int) and strict:
            bits = 31 if fmt == "int32" else 63
            return bool(-(2**bits) <= value < 2**bits)
    except (ValueError, binascii.Error):
        return False
    return True


def short(value: Any) -> str:
    """A value's repr, cut to 40 characters (for messages)."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _ref_name(ref: str) -> str:
    name = ref[len(_COMPONENTS) :] if ref.startswith(_COMPONENTS) else ref
    return name.replace("~1", "/").replace("~0", "~")


def _anything(value: Any, path: tuple[Any, ...], out: list[Found]) -> Any:
    return value


class SchemaCompiler:
    """Compiles schema nodes against one table of named schemas; compiled nodes are cached (by node identity).

    * `closed_objects`: an object schema without `additionalProperties` refuses unknown keys (the façade, drift);
      otherwise it takes them, as JSON Schema does (the sandbox, like a server).
    * `python`: values may be Python objects (request bodies): dates and UUIDs become their JSON text, untyped
      values must still be JSON (finite numbers, string keys), nesting is bounded; the checked value is returned,
      converted where needed (a copy only then).
    * `star_items`: array items are reported at `[*]` and only the first `max_items` are checked (drift).
    * `strict_formats`: see `valid_format`.
    """

    def __init__(
        self,
        schemas: Mapping[str, Any],
        *,
        closed_objects: bool,
        python: bool = False,
        star_items: bool = False,
        max_items: int | None = None,
        strict_formats: bool = True,
    ) -> None:
        self.schemas = schemas
        self.closed_objects = closed_objects
        self.python = python
        self.star_items = star_items
        self.max_items = max_items
        self.strict_formats = strict_formats
        self._named: dict[str, list[Check]] = {}
        self._nodes: dict[int, tuple[Mapping[str, Any], Check]] = {}

    def compile(self, node: Mapping[str, Any]) -> Check:
        cached = self._nodes.get(id(node))
        if cached is not None and cached[0] is node:
            return cached[1]
        check = self._compile(node)
        self._nodes[id(node)] = (node, check)  # the node is kept alive, so its id stays its own
        return check

    def named(self, name: str) -> Check:
        return self._ref(name)

    # -- nodes --------------------------------------------------------------------------------------------------------

    def _compile(self, node: Mapping[str, Any]) -> Check:
        ref = node.get("$ref", node.get("ref"))
        nullable = bool(node.get("nullable"))
        if ref is not None:
            inner = self._ref(_ref_name(str(ref)))
        elif "allOf" in node:
            inner = self._all_of([self.compile(part) for part in node["allOf"]], node)
        elif "anyOf" in node or "oneOf" in node:
            inner = self._any_of([self.compile(n) for n in node.get("anyOf") or node["oneOf"]])
        else:
            kind = node.get("type")
            if kind == "object" or (kind is None and "properties" in node):
                inner = self._object(node)
            elif kind == "array":
                inner = self._array(node)
            elif kind in _SCALARS:
                inner = self._scalar(node)
            elif self.python:
                inner = self._json
            else:
                return _anything
        if nullable or (not node and self.python):
            return _or_null(inner)
        return inner

    def _ref(self, name: str) -> Check:
        cell = self._named.get(name)
        if cell is None:
            cell = self._named[name] = [_anything]
            cell[0] = self.compile(self.schemas.get(name) or {})

        def check_ref(value: Any, path: tuple[Any, ...], out: list[Found]) -> Any:
            return cell[0](value, path, out)

        return check_ref

    def _all_of(self, parts: list[Check], node: Mapping[str, Any]) -> Check:
        own = {k: v for k, v in node.items() if k not in ("allOf", "nullable", "description", "example")}
        if own:
            parts = [*parts, self.compile(own)]

        def check_all_of(value: Any, path: tuple[Any, ...], out: list[Found]) -> Any:
            for part in parts:
                value = part(value, path, out)
            return value

        return check_all_of

    @staticmethod
    def _any_of(alternatives: list[Check]) -> Check:
        def check_any_of(value: Any, path: tuple[Any, ...], out: list[Found]) -> Any:
            best: list[Found] | None = None
            for alternative in alternatives:
                found: list[Found] = []
                checked = alternative(value, path, found)
                if not found:
                    return checked
                if best is None or len(found) < len(best):
                    best = found
            out.extend(best or ())
            return value

        return check_any_of

    def _object(self, node: Mapping[str, Any]) -> Check:
        at = node.get("at", "")
        props = {name: self.compile(sub) for name, sub in (node.get("properties") or {}).items()}
        # Properties whose whole check is "a str" / "an int (not a bool)": a value of exactly that type passes
        # without a call (what their check would do: no enum, format, bounds or pattern to look at).
        plain = {name: kind for name, sub in (node.get("properties") or {}).items() if (kind := _plain(sub))}
        required = tuple(node.get("x-amili-documented-required", node.get("required", ())))
        guessed = node.get("inferred") or node.get("x-amili-inferred-required") or ()
        inferred = tuple(name for name in guessed if name not in required)
        additional = node.get("additional", node.get("additionalProperties"))
        if additional is None and "properties" not in node:
            additional = True  # `{type: object}` alone: any keys
        extra: Check | None = self.compile(additional) if isinstance(additional, Mapping) else None
        free = additional is True or (additional is None and not self.closed_objects)
        closed = additional is False
        is_open = bool(node.get("open") or node.get("x-amili-open"))
        constraints = _constraints(node)
        known = tuple(props)
        python = self.python
        star = self.star_items

        def check_object(value: Any, path: tuple[Any, ...], out: list[Found]) -> Any:
            if type(value) is not dict and not isinstance(value, Mapping if python else dict):
                out.append(("wrong_type", path, {"at": at, "says": "object"}, value))
                return value
            if python and len(path) > MAX_DEPTH:
                out.append(("invalid", path, {"says": f"nested deeper than {MAX_DEPTH} levels"}, value))
                return value
            copy: dict[str, Any] | None = None if type(value) is dict else dict(value)
            for key, item in value.items():
                if plain.get(key) is type(item):
                    continue
                if python and not isinstance(key, str):
                    says = f"keys must be strings, got {type(key).__name__} {short(key)}"
                    out.append(("invalid", path, {"says": says}, key))
                    continue
                check = props.get(key)
                if check is None:
                    if extra is not None:
                        check = extra
                    else:
                        if not free:
                            says = f"no property {key!r}" + (" (additionalProperties: false)" if closed else "")
                            spec = {"at": at, "says": says}
                            if python:
                                spec.update(known=known, open=is_open)
                            out.append(("unknown_property", (*path, key), spec, item))
                        elif python and is_open:
                            out.append(("unknown_property", (*path, key), {"known": known, "open": True}, item))
                        if not python:
                            continue
                        check = self._json
                sub = (*path, "[*]") if star and check is extra else (*path, key)
                checked = check(item, sub, out)
                if checked is not item:
                    copy = copy if copy is not None else dict(value)
                    copy[key] = checked
            if constraints:
                _check_constraints(constraints, value, path, out)
            for name in required:
                if name not in value:
                    out.append(("missing_required", (*path, name), {"at": at, "says": "required"}, None))
            for name in inferred:
                if name not in value:
                    says = "present (a guess: x-amili-inferred-required)"
                    out.append(("missing_property", (*path, name), {"at": at, "says": says}, None))
            return copy if copy is not None else value

        return check_object

    def _array(self, node: Mapping[str, Any]) -> Check:
        items = self.compile(node.get("items") or {})
        constraints = _constraints(node)
        python = self.python
        star = self.star_items
        limit = self.max_items

        def check_array(value: Any, path: tuple[Any, ...], out: list[Found]) -> Any:
            if not isinstance(value, list | tuple if python else list):
                out.append(("wrong_type", path, {"says": "array"}, value))
                return value
            if python and len(path) > MAX_DEPTH:
                out.append(("invalid", path, {"says": f"nested deeper than {MAX_DEPTH} levels"}, value))
                return value
            if constraints:
                _check_constraints(constraints, value, path, out)
            if items is _anything:
                return list(value) if python and type(value) is not list else value
            if star:
                inner = (*path, "[*]")
                for item in value[:limit] if limit is not None else value:
                    items(item, inner, out)
                return value
            # A tuple is a JSON array too: handed back as a list (the generated models take lists only).
            copy: list[Any] | None = list(value) if python and type(value) is not list else None
            for index, item in enumerate(value):
                checked = items(item, (*path, index), out)
                if checked is not item:
                    copy = copy if copy is not None else list(value)
                    copy[index] = checked
            return copy if copy is not None else value

        return check_array

    def _scalar(self, node: Mapping[str, Any]) -> Check:
        kind = node["type"]
        types = _SCALARS[kind]
        reject_bool = kind in ("integer", "number")
        enum = tuple(node.get("enum", ()))
        enum_set = frozenset(enum)
        at = node.get("at", "")
        fmt = node.get("format")
        says = {"says": kind + (f" ({fmt})" if fmt else "")}  # `type (format)`: what drift records
        constraints = _constraints(node)
        python = self.python
        strict = self.strict_formats

        def check_scalar(value: Any, path: tuple[Any, ...], out: list[Found]) -> Any:
            if not isinstance(value, types) or (reject_bool and isinstance(value, bool)):
                if python and kind == "string" and value is not None:
                    return _python_string(value, fmt, path, out, says)
                out.append(("wrong_type", path, says, value))
                return value
            if python and kind == "number" and isinstance(value, float) and not math.isfinite(value):
                out.append(("invalid", path, {"says": f"expected a finite number, got {value!r}"}, value))
            elif enum and value not in enum_set:
                out.append(("unknown_enum_value", path, {"at": at, "says": f"one of {sorted(enum, key=str)}"}, value))
            elif fmt and not valid_format(fmt, value, strict=strict):
                out.append(("wrong_type", path, says, value))
            elif constraints:
                _check_constraints(constraints, value, path, out)
            return value

        return check_scalar

    def _json(self, value: Any, path: tuple[Any, ...], out: list[Found]) -> Any:
        """A value the spec does not type (python mode): it must still be JSON; dates and UUIDs become text."""
        if value is None or isinstance(value, str | bool | int):
            return value
        if isinstance(value, float):
            if not math.isfinite(value):
                out.append(("invalid", path, {"says": f"expected a finite number, got {value!r}"}, value))
            return value
        if isinstance(value, Mapping):
            return self._untyped_object(value, path, out)
        if isinstance(value, list | tuple):
            return self._untyped_array(value, path, out)
        if isinstance(value, dt.date):
            return value.isoformat()
        if is_uuid(value):
            return str(value)
        out.append(("invalid", path, {"says": f"{type(value).__name__} is not JSON: {short(value)}"}, value))
        return value

    @property
    def _untyped_object(self) -> Check:
        return self.compile(_FREE_OBJECT)

    @property
    def _untyped_array(self) -> Check:
        return self.compile(_FREE_ARRAY)


_PLAIN_TYPES: dict[Any, type] = {"string": str, "integer": int}
_NOT_PLAIN = frozenset(
    {"$ref", "ref", "allOf", "anyOf", "oneOf", "enum", "format", "pattern", "minLength", "maxLength", "minimum"}
    | {"maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "const", "not"}
)


def _plain(node: Any) -> type | None:
    """`str` for a node that only says `type: string` (`int` for `type: integer`), else None."""
    if not isinstance(node, Mapping) or not _NOT_PLAIN.isdisjoint(node):
        return None
    kind = node.get("type")
    return _PLAIN_TYPES.get(kind) if isinstance(kind, str) else None


_FREE_OBJECT: Mapping[str, Any] = {"type": "object", "additionalProperties": True}
_FREE_ARRAY: Mapping[str, Any] = {"type": "array", "items": {}}


def _or_null(inner: Check) -> Check:
    def check_nullable(value: Any, path: tuple[Any, ...], out: list[Found]) -> Any:
        return None if value is None else inner(value, path, out)

    return check_nullable


def _python_string(value: Any, fmt: str | None, path: tuple[Any, ...], out: list[Found], says: Any) -> Any:
    """A Python value for a string field: a date/date-time/UUID of the field's format becomes its text."""
    if fmt in ("date", "date-time") and isinstance(value, dt.date):
        if fmt == "date" and isinstance(value, dt.datetime):
            out.append(("invalid", path, {"says": "expected a date, got a datetime"}, value))
            return value
        return value.isoformat()
    if fmt == "uuid" and is_uuid(value):
        return str(value)
    out.append(("wrong_type", path, says, value))
    return value


def _constraints(node: Mapping[str, Any]) -> list[Callable[[Any], str | None]]:
    """The node's bounds as predicates returning what is wrong (None: fine), worded as JSON Schema validators
    word them: minimum/maximum (OpenAPI 3.0's boolean or a number for exclusiveMinimum/Maximum), multipleOf,
    min/maxLength, pattern, min/maxItems, uniqueItems, min/maxProperties."""
    out: list[Callable[[Any], str | None]] = []
    kind = node.get("type")

    def bound(key: str, exclusive_key: str, below: bool) -> None:
        limit, exclusive = node.get(key), node.get(exclusive_key)
        if isinstance(exclusive, int | float) and not isinstance(exclusive, bool):
            limit, exclusive = exclusive, True
        if limit is None:
            return
        word = "minimum" if below else "maximum"
        side = "less" if below else "greater"
        if exclusive:
            text = f"is {side} than or equal to the {word} of {limit}"
            out.append(lambda v: text if (v <= limit if below else v >= limit) else None)
        else:
            text = f"is {side} than the {word} of {limit}"
            out.append(lambda v: text if (v < limit if below else v > limit) else None)

    if kind in ("integer", "number"):
        bound("minimum", "exclusiveMinimum", True)
        bound("maximum", "exclusiveMaximum", False)
        step = node.get("multipleOf")
        if isinstance(step, int | float) and step:
            out.append(lambda v: None if _multiple(v, step) else f"is not a multiple of {step}")
    sizes = {"string": ("minLength", "maxLength"), "array": ("minItems", "maxItems")}
    sizes["object"] = ("minProperties", "maxProperties")
    low_key, high_key = sizes.get(kind or "", ("", ""))
    if low_key in node:
        low = node[low_key]
        out.append(lambda v: "is too short" if len(v) < low else None)
    if high_key in node:
        high = node[high_key]
        out.append(lambda v: "is too long" if len(v) > high else None)
    if "pattern" in node and kind in ("string", None):
        pattern = re.compile(node["pattern"])
        text = f"does not match {node['pattern']!r}"
        out.append(lambda v: None if pattern.search(v) else text)
    if node.get("uniqueItems") and kind == "array":
        out.append(lambda v: None if _unique(v) else "has non-unique elements")
    return out


def _multiple(value: Any, step: Any) -> bool:
    if isinstance(step, float) or isinstance(value, float):
        try:
            quotient = value / step
            return bool(int(quotient) == quotient)
        except OverflowError:
            return False
    return bool(value % step == 0)


def _unique(items: Any) -> bool:
    seen: list[Any] = []
    for item in items:
        if any(item == other and type(item) is type(other) for other in seen):
            return False
        seen.append(item)
    return True


def _check_constraints(
    constraints: list[Callable[[Any], str | None]], value: Any, path: tuple[Any, ...], out: list[Found]
) -> None:
    for constraint in constraints:
        problem = constraint(value)
        if problem is not None:
            out.append(("constraint", path, {"says": problem}, value))
