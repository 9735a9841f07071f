"""The sandbox says only what the specs say: every JSON answer of a spec operation leaves the sandbox holding only
the properties its documented response schema declares (issue 28.1).

Handlers keep whatever they store (a request's extra fields, bookkeeping of their own); what goes on the wire is
pruned to the schema of the documented response for that status and content type — the fields the SDK's spec-drift
checker (`AmiliClient(spec_drift="strict")`) would otherwise report as `unknown_property`. An object whose schema
allows additional properties (`additionalProperties: true` or a map schema, or no properties at all) is kept whole.
Drift rules (`SandboxConfig(drift=...)`) are applied after this, so deliberate departures still reach the client.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from starlette.types import Message, Send

    from .validation import Spec, SpecOperation

Json = dict[str, Any]


def response_schema(spec: Spec, op: SpecOperation, status: int, media: str) -> Any:
    """The schema of ``op``'s documented response for ``status`` and ``media`` (None when undocumented)."""
    operation, _ = spec.resolve({"$ref": op.pointer}, op.pointer)
    responses = operation.get("responses", {})
    for key in (str(status), f"{status // 100}XX", f"{status // 100}xx", "default"):
        if key in responses:
            response, _ = spec.resolve(responses[key], "")
            content = response.get("content") or {}
            entry = content.get(media) or next((v for k, v in content.items() if k.lower() == media), None)
            return entry.get("schema") if isinstance(entry, dict) else None
    return None


def documents_header(spec: Spec | None, op: SpecOperation | None, status: int, name: str) -> bool:
    """Whether ``op``'s documented response for ``status`` lists the header ``name`` (True off the specs' paths:
    the sandbox's own endpoints)."""
    if spec is None or op is None:
        return True
    operation, _ = spec.resolve({"$ref": op.pointer}, op.pointer)
    responses = operation.get("responses", {})
    for key in (str(status), f"{status // 100}XX", f"{status // 100}xx", "default"):
        if key in responses:
            response, _ = spec.resolve(responses[key], "")
            return any(str(h).lower() == name.lower() for h in response.get("headers") or {})
    return False


def prune(spec: Spec, schema: Any, value: Any, depth: int = 0) -> Any:
    """``value`` without the object properties ``schema`` does not declare (recursively)."""
    schema, _ = spec.resolve(schema, "")
    if not isinstance(schema, dict) or depth > 64:
        return value
    if isinstance(value, list):
        items = schema.get("items")
        if items is None:
            items = next((s.get("items") for s in _alternatives(spec, schema) if "items" in s), None)
        return [prune(spec, items, v, depth + 1) for v in value] if items is not None else value
    if not isinstance(value, dict):
        return value
    props, extra, free = _object_shape(spec, schema)
    if free:
        return value
    out: Json = {}
    for key, item in value.items():
        if key in props:
            out[key] = prune(spec, props[key], item, depth + 1)
        elif extra is not None:
            out[key] = prune(spec, extra, item, depth + 1)
    return out


def _alternatives(spec: Spec, schema: Json) -> list[Json]:
    found = []
    for key in ("allOf", "oneOf", "anyOf"):
        for part in schema.get(key) or []:
            resolved, _ = spec.resolve(part, "")
            if isinstance(resolved, dict):
                found.append(resolved)
    return found


def _object_shape(spec: Spec, schema: Json) -> tuple[dict[str, Any], Any, bool]:
    """(declared properties, the schema of other keys of a map, free-form) over allOf/oneOf/anyOf members."""
    props: dict[str, Any] = dict(schema.get("properties") or {})
    extra = schema.get("additionalProperties")
    free = extra is True or (isinstance(extra, dict) and not extra)
    map_schema = extra if isinstance(extra, dict) and extra else None
    parts = _alternatives(spec, schema)
    for part in parts:
        part_props, part_extra, part_free = _object_shape(spec, part)
        for name, sub in part_props.items():
            props.setdefault(name, sub)
        free = free or part_free
        map_schema = map_schema or part_extra
    if not props and map_schema is None and not parts and schema.get("type") in ("object", None):
        free = True  # an object the docs do not describe: its keys are data
    return props, map_schema, free


def conforming(send: Send, spec: Spec | None, op: SpecOperation | None) -> Send:
    """``send`` that buffers a JSON answer of ``op`` and prunes it to the documented response schema."""
    if spec is None or op is None:
        return send
    start: Message | None = None
    chunks = bytearray()

    async def conforming_send(message: Message) -> None:
        nonlocal start
        if message["type"] == "http.response.start":
            headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in message.get("headers", [])}
            media = headers.get("content-type", "").split(";")[0].strip().lower()
            schema = response_schema(spec, op, int(message["status"]), media) if "json" in media else None
            if schema is None:
                await send(message)
                return
            start = {**message, "schema": schema}
            return
        if message["type"] != "http.response.body" or start is None:
            await send(message)
            return
        chunks.extend(message.get("body", b""))
        if message.get("more_body", False):
            return
        body = bytes(chunks)
        try:
            data = json.loads(body) if body else None
        except ValueError:
            data = None
        if data is not None:
            pruned = prune(spec, start["schema"], data)
            if pruned != data:
                body = json.dumps(pruned).encode()
        kept: list[tuple[bytes, bytes]] = [
            (k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"
        ]
        kept.append((b"content-length", str(len(body)).encode()))
        head = {k: v for k, v in start.items() if k != "schema"}
        await send({**head, "headers": kept})
        await send({"type": "http.response.body", "body": body, "more_body": False})

    return conforming_send
