"""Compare one response with its operation's spec: compiled once per operation, then a few closure calls.

The shapes come from the generated table `amili._api._shapes.<api>` (see codegen/shapes.py); each schema node is
compiled into a closure on first use and cached, so a check is plain `isinstance` work, no YAML, no jsonschema.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import re
import uuid
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

__all__ = ["BodyChecker", "Found", "OperationChecker", "meaningful_header", "shapes_for", "type_name"]

#: (kind, JSON path parts, what the spec says, the value seen)
Found = tuple[str, tuple[str, ...], dict[str, Any], Any]
Check = Callable[[Any, tuple[str, ...], list[Found]], None]

MAX_ITEMS = 100
"""Array items checked per array (the first ones): a 1,000-row page costs as much as a 100-row one."""

_MEANINGFUL = re.compile(
    r"(rate-?limit|request-?id|correlation-?id|trace-?id|^retry-after$|^deprecation$|^sunset$|^x-amili-)", re.I
)
_IGNORED_HEADERS = frozenset({"content-type", "content-length", "date", "server", "connection", "transfer-encoding"})


def meaningful_header(name: str) -> bool:
    """Headers worth documenting: rate limits, request/correlation ids, retry/deprecation hints, Amili's own."""
    return name not in _IGNORED_HEADERS and _MEANINGFUL.search(name) is not None


def shapes_for(api: str) -> Any:
    """The generated shape table of one API (imported only when drift detection is on)."""
    return importlib.import_module(f"amili._api._shapes.{api}")


def type_name(value: Any) -> str:
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


def _valid_format(fmt: str, value: str) -> bool:
    try:
        if fmt == "date":
            dt.date.fromisoformat(value)
        elif fmt == "uuid":
            uuid.UUID(value)
        elif fmt == "date-time":
            dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


class _Compiler:
    """Schema node -> closure; named schemas compiled once (recursion goes through a cell)."""

    def __init__(self, schemas: Mapping[str, Any]) -> None:
        self.schemas = schemas
        self.named: dict[str, list[Check]] = {}

    def compile(self, node: Mapping[str, Any]) -> Check:
        if "ref" in node:
            return self._ref(node["ref"])
        nullable = bool(node.get("nullable"))
        if "anyOf" in node:
            inner = self._any_of([self.compile(n) for n in node["anyOf"]])
        else:
            kind = node.get("type")
            if kind == "object":
                inner = self._object(node)
            elif kind == "array":
                inner = self._array(node)
            elif kind in ("string", "integer", "number", "boolean"):
                inner = self._scalar(node)
            else:
                return _anything
        if not nullable:
            return inner

        def check_nullable(value: Any, path: tuple[str, ...], out: list[Found]) -> None:
            if value is not None:
                inner(value, path, out)

        return check_nullable

    def _ref(self, name: str) -> Check:
        cell = self.named.get(name)
        if cell is None:
            cell = self.named[name] = [_anything]
            cell[0] = self.compile(self.schemas.get(name) or {})

        def check_ref(value: Any, path: tuple[str, ...], out: list[Found]) -> None:
            cell[0](value, path, out)

        return check_ref

    def _object(self, node: Mapping[str, Any]) -> Check:
        at = node.get("at", "")
        props = {name: self.compile(sub) for name, sub in node.get("properties", {}).items()}
        required = tuple(node.get("required", ()))
        inferred = tuple(node.get("inferred", ()))
        additional = node.get("additional")
        extra: Check | None = self.compile(additional) if isinstance(additional, Mapping) else None
        free = additional is True
        closed = additional is False

        def check_object(value: Any, path: tuple[str, ...], out: list[Found]) -> None:
            if not isinstance(value, dict):
                out.append(("wrong_type", path, {"at": at, "says": "object"}, value))
                return
            for key, item in value.items():
                check = props.get(key)
                if check is not None:
                    check(item, (*path, key), out)
                elif extra is not None:
                    extra(item, (*path, "[*]"), out)
                elif not free:
                    says = f"no property {key!r}" + (" (additionalProperties: false)" if closed else "")
                    out.append(("unknown_property", (*path, key), {"at": at, "says": says}, item))
            for name in required:
                if name not in value:
                    out.append(("missing_required", (*path, name), {"at": at, "says": "required"}, None))
            for name in inferred:
                if name not in value:
                    says = "present (a guess: x-amili-inferred-required)"
                    out.append(("missing_property", (*path, name), {"at": at, "says": says}, None))

        return check_object

    def _array(self, node: Mapping[str, Any]) -> Check:
        items = self.compile(node.get("items") or {})

        def check_array(value: Any, path: tuple[str, ...], out: list[Found]) -> None:
            if not isinstance(value, list):
                out.append(("wrong_type", path, {"says": "array"}, value))
                return
            if items is _anything:
                return
            inner = (*path, "[*]")
            for item in value[:MAX_ITEMS]:
                items(item, inner, out)

        return check_array

    def _scalar(self, node: Mapping[str, Any]) -> Check:
        kind = node["type"]
        types: tuple[type, ...] = {"string": (str,), "integer": (int,), "number": (int, float), "boolean": (bool,)}[
            kind
        ]
        reject_bool = kind in ("integer", "number")
        enum = frozenset(node.get("enum", ()))
        enum_at = node.get("at", "")
        fmt = node.get("format")
        says = {"says": kind + (f" ({fmt})" if fmt else "")}

        def check_scalar(value: Any, path: tuple[str, ...], out: list[Found]) -> None:
            if not isinstance(value, types) or (reject_bool and isinstance(value, bool)):
                out.append(("wrong_type", path, says, value))
            elif enum and value not in enum:
                spec = {"at": enum_at, "says": f"one of {sorted(enum, key=str)}"}
                out.append(("unknown_enum_value", path, spec, value))
            elif fmt and isinstance(value, str) and not _valid_format(fmt, value):
                out.append(("wrong_type", path, says, value))

        return check_scalar

    @staticmethod
    def _any_of(alternatives: list[Check]) -> Check:
        def check_any_of(value: Any, path: tuple[str, ...], out: list[Found]) -> None:
            best: list[Found] | None = None
            for alternative in alternatives:
                found: list[Found] = []
                alternative(value, path, found)
                if not found:
                    return
                if best is None or len(found) < len(best):
                    best = found
            out.extend(best or ())

        return check_any_of


def _anything(value: Any, path: tuple[str, ...], out: list[Found]) -> None:
    return None


def _media(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


class OperationChecker:
    """Everything the spec says about one operation's responses, compiled lazily per (status, content type)."""

    def __init__(self, operation: Mapping[str, Any], schemas: Mapping[str, Any]) -> None:
        self.responses: Mapping[str, Any] = operation.get("responses", {})
        self._compiler = _Compiler(schemas)
        self._bodies: dict[tuple[str, str], Check] = {}

    def response_for(self, status: int) -> tuple[str | None, Mapping[str, Any] | None]:
        for key in (str(status), f"{status // 100}XX", "DEFAULT"):
            response = self.responses.get(key)
            if response is not None:
                return key, response
        return None, None

    def body_check(self, key: str, media: str) -> Check:
        check = self._bodies.get((key, media))
        if check is None:
            schema = self.responses[key]["content"].get(media) or {}
            check = self._bodies[(key, media)] = self._compiler.compile(schema)
        return check

    def check(self, response: httpx.Response, *, full: bool) -> list[Found]:
        """Departures of `response`; `full=False` looks at status and content type only (the cheap part)."""
        status = response.status_code
        key, documented = self.response_for(status)
        found: list[Found] = []
        if documented is None:
            if status < 500:  # 5xx are outages, not part of the contract
                found.append(self._undocumented_status(response))
            return found
        media = _media(response.headers.get("content-type"))
        content = documented["content"]
        if media not in content:
            if content or response.content:
                kind = "undocumented_content_type"
                found.append((kind, (), {"at": documented["at"], "says": f"one of {sorted(content)}"}, media))
            return found
        if not full:
            return found
        headers = documented.get("headers", ())
        for name in response.headers:
            if name not in headers and meaningful_header(name):
                spec = {"at": documented["at"], "says": "not documented"}
                found.append(("undocumented_header", (f"header:{name}",), spec, response.headers[name]))
        if "json" in media and response.content:
            try:
                body = json.loads(response.content)
            except ValueError:
                found.append(("wrong_type", (), {"says": "JSON"}, "<not JSON>"))
                return found
            self.body_check(key or "", media)(body, (), found)
        return found

    def _undocumented_status(self, response: httpx.Response) -> Found:
        documented = sorted(self.responses)
        spec: dict[str, Any] = {"says": f"one of {documented}"}
        body: Any = None
        media = _media(response.headers.get("content-type"))
        if "json" in media and response.content:
            try:
                body = json.loads(response.content)
            except ValueError:
                body = None
            # Which documented 2xx body does it look like? A patch reuses that response for the new status.
            for key in documented:
                if key.startswith("2") and media in self.responses[key]["content"]:
                    found: list[Found] = []
                    self.body_check(key, media)(body, (), found)
                    if not found:
                        spec["matches"] = key
                        break
        spec["content_type"] = media
        # the headers it came with, so the patch documents them on the new response too
        spec["headers"] = sorted(name for name in response.headers if meaningful_header(name))
        return ("undocumented_status", (), spec, body)


class BodyChecker:
    """One body schema, not a response: a webhook delivery's payload (`x-webhooks` in the specs)."""

    def __init__(self, schema: Mapping[str, Any], schemas: Mapping[str, Any]) -> None:
        self._check = _Compiler(schemas).compile(schema)

    def check(self, body: Any) -> list[Found]:
        found: list[Found] = []
        self._check(body, (), found)
        return found
