"""Spec drift on purpose: `SandboxConfig(drift=[DriftRule...])` makes the sandbox answer differently from the spec.

Each rule rewrites the 2xx responses of one operation as the real Amili might one day: an extra field, an enum
value the spec does not list, a renamed field, an undocumented 2xx status, an undocumented header. It lets tests
exercise the client's drift detection (`spec_drift=`) and the `amili specs drift` round trip end to end.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from .validation import short_name

if TYPE_CHECKING:
    from starlette.types import Message, Send

__all__ = ["DriftRule", "drifting"]

Kind = Literal["extra_field", "enum_value", "rename", "omit", "status", "header"]


@dataclass(frozen=True)
class DriftRule:
    """One departure. `operation` is `<api>.<operationId>` (`arm.get_customer`; the façade's
    `arm.customers.get_customer` works too); `path` is dotted into the JSON body, `[]` walks every array item
    (`customers[].status`). Build rules with the class methods."""

    operation: str
    kind: Kind
    path: str = ""
    value: Any = None

    @classmethod
    def extra_field(cls, operation: str, path: str, value: Any) -> DriftRule:
        """Add `path` (a field the spec does not declare) with `value`."""
        return cls(operation, "extra_field", path, value)

    @classmethod
    def enum_value(cls, operation: str, path: str, value: Any) -> DriftRule:
        """Set `path` to `value`, e.g. a status the spec's enum does not list."""
        return cls(operation, "enum_value", path, value)

    @classmethod
    def rename(cls, operation: str, path: str, to: str) -> DriftRule:
        """Send the field at `path` under the name `to`."""
        return cls(operation, "rename", path, to)

    @classmethod
    def omit(cls, operation: str, path: str) -> DriftRule:
        """Leave the field at `path` out (e.g. one the spec only guesses is always present)."""
        return cls(operation, "omit", path)

    @classmethod
    def status(cls, operation: str, status: int) -> DriftRule:
        """Answer a 2xx with `status` instead (an undocumented success status)."""
        return cls(operation, "status", "", status)

    @classmethod
    def header(cls, operation: str, name: str, value: str) -> DriftRule:
        """Add a response header (rate limits, a new request id, ...)."""
        return cls(operation, "header", name, value)

    def check(self, known: set[str]) -> None:
        """Refuse an operation that names no sandbox operation (a rule that would silently never apply)."""
        if self.operation in known:
            return
        close = difflib.get_close_matches(self.operation, sorted(known), n=3, cutoff=0.6)
        hint = f"; did you mean {' or '.join(close)}?" if close else ""
        raise ValueError(f"drift rule operation {self.operation!r} names no sandbox operation{hint}")

    def applies_to(self, operation: str) -> bool:
        """`operation` as the sandbox records it (``arm.customers.get_customer``); the rule may name it either way."""
        return short_name(operation) == short_name(self.operation)


def _walk(node: Any, parts: Sequence[str]) -> list[tuple[dict[str, Any], str]]:
    """(parent object, key) pairs the path reaches; `[]` fans out over arrays."""
    if not parts:
        return []
    head, rest = parts[0], parts[1:]
    many = head.endswith("[]")
    key = head[:-2] if many else head
    if not isinstance(node, dict):
        return []
    if not rest and not many:
        return [(node, key)]
    child = node.get(key)
    children = child if many and isinstance(child, list) else [child]
    if many and not rest:
        return []
    out: list[tuple[dict[str, Any], str]] = []
    for item in children:
        out += _walk(item, rest)
    return out


def apply(
    rules: Sequence[DriftRule], status: int, headers: list[tuple[bytes, bytes]], body: bytes
) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
    """The drifted (status, headers, body) of one 2xx response."""
    data: Any = None
    try:
        data = json.loads(body) if body else None
    except ValueError:
        data = None
    changed = False
    for rule in rules:
        if rule.kind == "status":
            status = int(rule.value)
        elif rule.kind == "header":
            headers = [*headers, (rule.path.lower().encode(), str(rule.value).encode())]
        elif data is not None:
            for parent, key in _walk(data, rule.path.split(".")):
                if rule.kind == "rename":
                    if key in parent:
                        parent[str(rule.value)] = parent.pop(key)
                        changed = True
                elif rule.kind == "omit":
                    if key in parent:
                        del parent[key]
                        changed = True
                else:
                    parent[key] = rule.value
                    changed = True
    if changed:
        body = json.dumps(data).encode()
        headers = [(k, v) for k, v in headers if k.lower() != b"content-length"]
        headers.append((b"content-length", str(len(body)).encode()))
    return status, headers, body


def drifting(send: Send, rules: Sequence[DriftRule], operation: str) -> Send:
    """`send` that buffers a 2xx response of `operation` and applies the rules matching it."""
    mine = [rule for rule in rules if rule.applies_to(operation)] if rules else []
    if not mine:
        return send
    start: Message | None = None
    chunks = bytearray()

    async def drifting_send(message: Message) -> None:
        nonlocal start
        if message["type"] == "http.response.start":
            if not 200 <= int(message["status"]) < 300:
                start = None
                await send(message)
                return
            start = message
            return
        if message["type"] != "http.response.body" or start is None:
            await send(message)
            return
        chunks.extend(message.get("body", b""))
        if message.get("more_body", False):
            return
        status, headers, body = apply(mine, int(start["status"]), list(start.get("headers", [])), bytes(chunks))
        await send({**start, "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body, "more_body": False})

    return drifting_send
