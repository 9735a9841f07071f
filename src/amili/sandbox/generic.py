"""Generic serving: every spec operation without a stateful handler is answered from the spec itself.

The response is the documented example of the operation's first 2xx response when there is one, else a value
synthesised from its schema with a random generator seeded by (sandbox seed, operation, path, query) — so the same
request gets the same answer. Path parameters, the request's own fields and a stored record the path identifies
(``known``) are laid over the synthesised value where the response schema has a field of that name, and the result
is checked against the schema before it is sent (an overlay that would break it is dropped).
"""

from __future__ import annotations

import json
import random
import string
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

from .validation import coerce, escape_pointer

if TYPE_CHECKING:
    from starlette.types import Receive, Scope, Send

    from .validation import Spec, SpecOperation

Json = dict[str, Any]
#: (api, path params) -> stored records the path identifies (their fields win over synthesised ones)
Known = Callable[[str, dict[str, str]], list[Json]]
MAX_DEPTH = 6


class Synthesizer:
    """Builds a schema-valid value; ``example``s in the spec win over invented values."""

    def __init__(self, spec: Spec, rng: random.Random) -> None:
        self.spec, self.rng = spec, rng

    def value(self, schema: Any, depth: int = 0) -> Any:
        schema, _ = self.spec.resolve(schema, "")
        if not isinstance(schema, dict):
            return None
        if "example" in schema:
            return schema["example"]
        if "allOf" in schema:
            merged: Json = {}
            for part in schema["allOf"]:
                value = self.value(part, depth)
                merged.update(value if isinstance(value, dict) else {})
            return merged
        for key in ("oneOf", "anyOf"):
            if schema.get(key):
                return self.value(schema[key][0], depth)
        listed = schema.get("enum") or schema.get("x-amili-known-values")  # an open value set: its first known value
        if listed:
            return next((v for v in listed if v is not None), None)  # the first value: the happy path
        kind = schema.get("type") or ("object" if "properties" in schema else None)
        if kind == "object":
            return self._object(schema, depth)
        if kind == "array":
            count = max(int(schema.get("minItems", 0)), 1 if depth < MAX_DEPTH - 2 else 0)
            return [self.value(schema.get("items", {}), depth + 1) for _ in range(count)]
        if kind == "integer":
            low, high = int(schema.get("minimum", 1)), int(schema.get("maximum", 99999))
            return self.rng.randint(low, max(low, high))
        if kind == "number":
            lowest, highest = float(schema.get("minimum", 1)), float(schema.get("maximum", 9999))
            return round(self.rng.uniform(lowest, max(lowest, highest)), 2)
        if kind == "boolean":
            return self.rng.random() < 0.5
        if kind == "string":
            return self._string(schema)
        return None if schema.get("nullable") else {}

    def _object(self, schema: Json, depth: int) -> Json:
        out: Json = {}
        required = set(schema.get("required", []))
        for name, sub in (schema.get("properties") or {}).items():
            resolved, _ = self.spec.resolve(sub, "")
            if resolved.get("writeOnly") or (depth >= MAX_DEPTH and name not in required):
                continue
            out[name] = self.value(sub, depth + 1)
        return out

    def _string(self, schema: Json) -> str:
        fmt = schema.get("format")
        rng = self.rng
        if fmt == "uuid":
            return str(uuid.UUID(int=rng.getrandbits(128), version=4))
        if fmt == "date":
            return f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        if fmt == "date-time":
            return f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:00:00Z"
        if fmt == "uri":
            return f"https://example.invalid/{rng.randint(1, 9999)}"
        if fmt == "byte":
            return "c2FuZGJveA=="
        if fmt == "email":
            return f"user{rng.randint(1, 999)}@example.invalid"
        low = int(schema.get("minLength", 1))
        high = max(low, min(int(schema.get("maxLength", 12)), 12))
        return "".join(rng.choice(string.ascii_letters) for _ in range(rng.randint(low, high)))


def success_response(spec: Spec, op: SpecOperation) -> tuple[int, Json, str]:
    """(status, response object, its pointer) of the first documented 2xx response."""
    operation, _ = spec.resolve({"$ref": op.pointer}, op.pointer)
    responses = operation.get("responses", {})
    codes = sorted(c for c in responses if str(c).startswith("2")) or ["200"]
    code = str(codes[0])
    response, pointer = spec.resolve(responses.get(code, {}), f"{op.pointer}/responses/{code}")
    return int(code) if code.isdigit() else 200, response, pointer


def _overlay(spec: Spec, schema_pointer: str, value: Any, layers: list[Json]) -> Any:
    """Lay each layer's fields over ``value`` where its top-level schema has them (case-insensitively); a layer
    that would make the value invalid is skipped."""
    if not isinstance(value, dict):
        return value
    names = {k.lower(): k for k in value}
    for layer in layers:
        candidate = dict(value)
        for key, item in layer.items():
            if key.lower() in names and item is not None:
                target = names[key.lower()]
                sample = value[target]
                candidate[target] = coerce(item, {"type": _json_type(sample)}) if isinstance(item, str) else item
        if not spec.check(schema_pointer, candidate, "response"):
            value = candidate
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
        if "example" in entry:
            value = entry["example"]
        elif entry.get("examples"):
            value = spec.resolve(next(iter(entry["examples"].values())), "")[0].get("value")
        else:
            value = Synthesizer(spec, rng).value(entry.get("schema", {}))
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
            schema_pointer = f"{pointer}/content/{escape_pointer(media)}/schema"
            value = _overlay(spec, schema_pointer, _last_page(spec, schema_pointer, value), layers)
        return status, json.dumps(value).encode(), media

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
