"""Compare one response with its operation's spec: compiled once per operation, then a few closure calls.

The shapes come from the generated table `amili._api._shapes.<api>` (see codegen/shapes.py); each schema node is
compiled by the SDK's one schema checker (`amili._schema`) into a closure on first use and cached, so a check is
plain `isinstance` work, no YAML, no jsonschema.
"""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._schema import Check, Found, SchemaCompiler, type_name

if TYPE_CHECKING:
    import httpx

__all__ = ["BodyChecker", "Found", "OperationChecker", "meaningful_header", "shapes_for", "type_name"]

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


def _media(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


class OperationChecker:
    """Everything the spec says about one operation's responses, compiled lazily per (status, content type)."""

    def __init__(self, operation: Mapping[str, Any], schemas: Mapping[str, Any]) -> None:
        self.responses: Mapping[str, Any] = operation.get("responses", {})
        # The SDK's one JSON-Schema checker (`amili._schema`), in its collecting mode: every departure, array items
        # at `[*]` (the first MAX_ITEMS), unknown keys reported, date-times as ISO 8601.
        self._compiler = SchemaCompiler(
            schemas, closed_objects=True, star_items=True, max_items=MAX_ITEMS, strict_formats=False
        )
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
        compiler = SchemaCompiler(
            schemas, closed_objects=True, star_items=True, max_items=MAX_ITEMS, strict_formats=False
        )
        self._check = compiler.compile(schema)

    def check(self, body: Any) -> list[Found]:
        found: list[Found] = []
        self._check(body, (), found)
        return found
