"""Generic serving: every spec operation without a stateful handler is answered from the spec itself.

The response is the documented example of the operation's first 2xx response when there is one, else a value
synthesised from its schema with a random generator seeded by (sandbox seed, operation, path, query) — so the same
request gets the same answer. Path parameters, the request's own fields and a stored record the path identifies
(``known``) are laid over the synthesised value where the response schema has a field of that name, and the result
is checked against the schema before it is sent (an overlay that would break it is dropped).
"""

from __future__ import annotations

import json
import math
import random
import string
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

from .regex_gen import matching
from .validation import coerce, escape_pointer

if TYPE_CHECKING:
    from starlette.types import Receive, Scope, Send

    from .validation import Spec, SpecOperation

Json = dict[str, Any]
#: (api, path params) -> stored records the path identifies (their fields win over synthesised ones)
Known = Callable[[str, dict[str, str]], list[Json]]
MAX_DEPTH = 6
#: synthesised answers tried per request before the last is sent (each is validated against the response schema)
ATTEMPTS = 8


class Synthesizer:
    """Builds a value for a schema, honouring its keywords (``pattern``, ``multipleOf``, ``format``, bounds, enums,
    ``allOf``/``oneOf``/``anyOf``...); ``attempt`` 0 prefers the spec's ``example``s, later attempts (after the
    whole answer failed validation) invent values and take other ``oneOf``/``anyOf`` branches."""

    def __init__(self, spec: Spec, rng: random.Random, attempt: int = 0) -> None:
        self.spec, self.rng, self.attempt = spec, rng, attempt

    def flatten(self, schema: Any) -> Any:
        """``schema`` with its ``$ref`` resolved and its ``allOf`` members merged into one schema."""
        schema, _ = self.spec.resolve(schema, "")
        if not isinstance(schema, dict) or "allOf" not in schema:
            return schema
        merged: Json = {k: v for k, v in schema.items() if k != "allOf"}
        properties: Json = dict(merged.get("properties") or {})
        required = set(merged.get("required") or [])
        for part in schema["allOf"]:
            flat = self.flatten(part)
            if not isinstance(flat, dict):
                continue
            properties.update(flat.get("properties") or {})
            required.update(flat.get("required") or [])
            merged.update({k: v for k, v in flat.items() if k not in ("properties", "required")})
        if properties:
            merged["properties"] = properties
        if required:
            merged["required"] = sorted(required)
        return merged

    def value(self, schema: Any, depth: int = 0) -> Any:
        schema = self.flatten(schema)
        if not isinstance(schema, dict):
            return None
        if "example" in schema and self.attempt == 0:
            return schema["example"]
        for key in ("oneOf", "anyOf"):
            branches = schema.get(key)
            if branches:
                return self.value(branches[self.attempt % len(branches)], depth)
        listed = schema.get("enum") or schema.get("x-amili-known-values")  # an open value set: a known value
        if listed:
            values = [v for v in listed if v is not None]
            return values[0] if values and self.attempt == 0 else (self.rng.choice(values) if values else None)
        kind = schema.get("type") or ("object" if "properties" in schema else None)
        if isinstance(kind, list):  # OpenAPI 3.1: [string, "null"]
            kind = next((k for k in kind if k != "null"), None)
        if kind == "object":
            return self._object(schema, depth)
        if kind == "array":
            return self._array(schema, depth)
        if kind == "integer":
            return self._integer(schema)
        if kind == "number":
            return self._number(schema)
        if kind == "boolean":
            return self.rng.random() < 0.5
        if kind == "string":
            return self._string(schema)
        return None if schema.get("nullable") else {}

    def _object(self, schema: Json, depth: int) -> Json:
        out: Json = {}
        required = set(schema.get("required", []))
        for name, sub in (schema.get("properties") or {}).items():
            resolved = self.flatten(sub)
            if (isinstance(resolved, dict) and resolved.get("writeOnly")) or (
                depth >= MAX_DEPTH and name not in required
            ):
                continue
            out[name] = self.value(sub, depth + 1)
        return out

    def _array(self, schema: Json, depth: int) -> list[Any]:
        low = int(schema.get("minItems", 0))
        count = max(low, 1 if depth < MAX_DEPTH - 2 else 0)
        if "maxItems" in schema:
            count = min(count, int(schema["maxItems"]))
        items: list[Any] = []
        for _ in range(count * 5 if schema.get("uniqueItems") else count):
            item = self.value(schema.get("items", {}), depth + 1)
            if not schema.get("uniqueItems") or item not in items:
                items.append(item)
            if len(items) == count:
                break
        return items

    @staticmethod
    def _bounds(schema: Json, default_low: float, default_high: float, step: float) -> tuple[float, float]:
        """(lowest, highest) allowed, exclusive bounds (OpenAPI 3.0 booleans or 3.1 numbers) moved in by ``step``."""
        low, high = schema.get("minimum"), schema.get("maximum")
        exclusive_low, exclusive_high = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
        if not isinstance(exclusive_low, bool) and isinstance(exclusive_low, int | float):
            low, exclusive_low = exclusive_low, True
        if not isinstance(exclusive_high, bool) and isinstance(exclusive_high, int | float):
            high, exclusive_high = exclusive_high, True
        if low is None:
            low = default_low if high is None or high >= default_low + step else high - (default_high - default_low)
        if high is None:
            high = max(default_high, low + default_high - default_low) if low > default_high else default_high
        return float(low) + (step if exclusive_low else 0), float(high) - (step if exclusive_high else 0)

    def _integer(self, schema: Json) -> int:
        low, high = self._bounds(schema, 1, 99999, 1)
        lowest, highest = math.ceil(low), math.floor(high)
        multiple = schema.get("multipleOf")
        if multiple:
            first, last = math.ceil(lowest / multiple), math.floor(highest / multiple)
            if first <= last:
                return int(self.rng.randint(first, last) * multiple)
        return self.rng.randint(lowest, max(lowest, highest))

    def _number(self, schema: Json) -> float | int:
        multiple: float | int | None = schema.get("multipleOf")
        low, high = self._bounds(schema, 1, 9999, (multiple or 0.01) / 100)
        if multiple:
            first, last = math.ceil(low / multiple), math.floor(high / multiple)
            decimals = max(0, -math.floor(math.log10(multiple))) + 2 if multiple < 1 else 0
            for _ in range(10):
                k = self.rng.randint(first, max(first, last))
                candidate = round(k * multiple, decimals) if decimals else k * multiple
                if float(candidate / multiple).is_integer() and low <= candidate <= high:
                    return candidate
            return first * multiple
        return round(self.rng.uniform(low, max(low, high)), 2) if high - low > 0.02 else low

    def _string(self, schema: Json) -> str:
        low = int(schema.get("minLength", 0))
        high = int(schema["maxLength"]) if "maxLength" in schema else None
        pattern = schema.get("pattern")
        if isinstance(pattern, str):
            for _ in range(5):
                text = matching(pattern, self.rng)
                if text is not None and low <= len(text) <= (high if high is not None else len(text)):
                    return text
        formatted = self._formatted(str(schema.get("format", "")))
        if formatted is not None and low <= len(formatted) <= (high if high is not None else len(formatted)):
            return formatted
        upper = max(low, min(high if high is not None else 12, 12))
        length = self.rng.randint(min(max(low, 1), upper), upper)
        return "".join(self.rng.choice(string.ascii_letters) for _ in range(length))

    def _formatted(self, fmt: str) -> str | None:
        rng = self.rng
        month, day, hour = rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23)
        return {
            "uuid": lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "date": lambda: f"2026-{month:02d}-{day:02d}",
            "date-time": lambda: f"2026-{month:02d}-{day:02d}T{hour:02d}:00:00Z",
            "time": lambda: f"{hour:02d}:00:00Z",
            "uri": lambda: f"https://example.invalid/{rng.randint(1, 9999)}",
            "url": lambda: f"https://example.invalid/{rng.randint(1, 9999)}",
            "uri-reference": lambda: f"/sandbox/{rng.randint(1, 9999)}",
            "byte": lambda: "c2FuZGJveA==",
            "email": lambda: f"user{rng.randint(1, 999)}@example.invalid",
            "hostname": lambda: "sandbox.example.invalid",
            "ipv4": lambda: f"192.0.2.{rng.randint(1, 254)}",
            "ipv6": lambda: f"2001:db8::{rng.randint(1, 9999):x}",
        }.get(fmt, lambda: None)()


def success_response(spec: Spec, op: SpecOperation) -> tuple[int, Json, str]:
    """(status, response object, its pointer) of the first documented 2xx response."""
    operation, _ = spec.resolve({"$ref": op.pointer}, op.pointer)
    responses = operation.get("responses", {})
    codes = sorted(c for c in responses if str(c).startswith("2")) or ["200"]
    code = str(codes[0])
    response, pointer = spec.resolve(responses.get(code, {}), f"{op.pointer}/responses/{code}")
    return int(code) if code.isdigit() else 200, response, pointer


def _overlay(spec: Spec, schema_pointer: str, value: Any, layers: list[Json]) -> Any:
    """Echo each layer's fields into ``value`` where it (or an object directly under it, an envelope's ``data``)
    has a field of that name (case-insensitively), one field at a time: a field that would make the value invalid
    is left as synthesised, the others are echoed regardless."""
    if not isinstance(value, dict):
        return value
    targets = [value, *[v for v in value.values() if isinstance(v, dict)]]
    for layer in layers:
        for key, item in layer.items():
            if item is None:
                continue
            for target in targets:
                name = next((k for k in target if k.lower() == key.lower()), None)
                if name is None:
                    continue
                old = target[name]
                new = coerce(item, {"type": _json_type(old)}) if isinstance(item, str) else item
                if new == old:
                    continue
                target[name] = new
                if spec.check(schema_pointer, value, "response"):
                    target[name] = old
    return value


def _last_page(spec: Spec, schema_pointer: str, value: Any) -> Any:
    """A synthesised list is complete: its paging summary points nowhere (pageNo = totalPages, no next link)."""
    summary = value.get("summary") if isinstance(value, dict) else None
    if not isinstance(summary, dict):
        return value
    ended = {k: (None if k.lower().startswith("next") else 1) for k in summary if k in _PAGE_END}
    candidate = {**value, "summary": {**summary, **ended}}
    return value if spec.check(schema_pointer, candidate, "response") else candidate


_PAGE_END = {"pageNo", "totalPages", "nextPage", "nextPageToken"}


def _json_type(sample: Any) -> str:
    if isinstance(sample, bool):
        return "boolean"
    return {int: "integer", float: "number"}.get(type(sample), "string")


class GenericApp:
    """ASGI app answering the operations that have no hand-written route (``Sandbox.generic_operations``)."""

    def __init__(self, specs: dict[str, Spec], seed: int, known: Known) -> None:
        self.specs, self.seed, self.known = specs, seed, known

    def answer(self, api: str, method: str, rel: str, query: str, body: bytes) -> tuple[int, bytes, str]:
        """(status, body, content type) for one request to a spec operation."""
        spec = self.specs[api]
        op, params, _ = spec.match(method, rel)
        assert op is not None, "the pipeline routes only spec operations here"
        status, response, pointer = success_response(spec, op)
        content = response.get("content") or {}
        media = next((m for m in content if "json" in m), next(iter(content), None))
        if media is None:
            return status, b"", ""
        entry = content[media]
        rng = random.Random(f"{self.seed}|{api}.{op.operation_id}|{rel}|{query}")  # noqa: S311 - determinism
        schema_pointer = f"{pointer}/content/{escape_pointer(media)}/schema"
        if "example" in entry:
            value = entry["example"]
        elif entry.get("examples"):
            value = spec.resolve(next(iter(entry["examples"].values())), "")[0].get("value")
        else:
            value = self.synthesise(spec, entry.get("schema", {}), schema_pointer, rng, "json" in media)
        if "json" not in media:
            return status, (value if isinstance(value, str) else "sandbox").encode(), media
        layers = [params, dict(parse_qsl(query))]
        try:
            sent = json.loads(body) if body else None
        except ValueError:
            sent = None
        if isinstance(sent, dict):
            layers += [sent, *[v for v in sent.values() if isinstance(v, dict)]]
        layers += self.known(api, params)
        if "schema" in entry:
            value = _overlay(spec, schema_pointer, _last_page(spec, schema_pointer, value), layers)
        return status, json.dumps(value).encode(), media

    @staticmethod
    def synthesise(spec: Spec, schema: Any, pointer: str, rng: random.Random, check: bool) -> Any:
        """A value valid against the schema at ``pointer``: the first attempt takes the spec's examples, later ones
        invent values and other ``oneOf`` branches; after ``ATTEMPTS`` the last value is sent as it is."""
        value = None
        for attempt in range(ATTEMPTS):
            value = Synthesizer(spec, rng, attempt).value(schema)
            if not check or not spec.check(pointer, value, "response"):
                break
        return value

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        from .pipeline import split_api

        body = bytearray()
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body", False):
                break
        api, rel = split_api(scope["path"])
        query = scope.get("query_string", b"").decode("latin-1")
        status, raw, media = self.answer(str(api), scope["method"], rel, query, bytes(body))
        headers = [(b"content-length", str(len(raw)).encode())]
        if media:
            headers.append((b"content-type", media.encode()))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": raw})
