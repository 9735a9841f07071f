"""`amili specs drift patch`: turn a drift file into a proposed change of `specs/*.yaml`, for a maintainer to review.

What is proposed: new optional properties (typed from what was seen), enum values, success statuses and response
headers, each marked `x-amili-source: observed` with `x-amili-observed: {date, count}` (for an enum value, its
schema gets `x-amili-observed-values: {VALUE: {date, count}}`). Missing required fields, wrong types and content
types are listed, not patched: they need a person to decide. The YAML is edited as text at positions PyYAML
reports, so comments, flow style and embedded examples stay byte for byte; only new lines appear in the diff.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import attrs

from ..errors import ConfigurationError
from .events import DriftEvent

__all__ = ["PATCHABLE", "SpecPatch", "propose"]

PATCHABLE = ("unknown_property", "unknown_enum_value", "undocumented_status", "undocumented_header")
_PLAIN = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]*$")
_RESERVED = {"yes", "no", "true", "false", "null", "on", "off", "y", "n", "~"}


@attrs.define
class SpecPatch:
    """The proposal: new text per spec file, what was applied and what was left for review (with the reason)."""

    originals: dict[Path, str] = attrs.field(factory=dict)
    updated: dict[Path, str] = attrs.field(factory=dict)
    applied: list[str] = attrs.field(factory=list)
    skipped: list[tuple[DriftEvent, str]] = attrs.field(factory=list)

    def diff(self, root: Path | None = None) -> str:
        out: list[str] = []
        for path, new in sorted(self.updated.items()):
            old = self.originals[path]
            if old == new:
                continue
            name = str(path.relative_to(root)) if root is not None and path.is_relative_to(root) else str(path)
            out += difflib.unified_diff(
                old.splitlines(keepends=True), new.splitlines(keepends=True), f"a/{name}", f"b/{name}"
            )
        return "".join(out)

    def write(self) -> list[Path]:
        written = []
        for path, new in sorted(self.updated.items()):
            if new != self.originals[path]:
                path.write_text(new, encoding="utf-8")
                written.append(path)
        return written


def _scalar(value: Any) -> str:
    if isinstance(value, str):
        return value if _PLAIN.match(value) and value.lower() not in _RESERVED else json.dumps(value)
    return json.dumps(value)


def _schema_lines(schema: Any, indent: int) -> list[str]:
    """Block YAML of a JSON-Schema fragment typed from what was seen (`shape_of`)."""
    pad = " " * indent
    if not isinstance(schema, dict):
        return [f"{pad}{{}}"]
    kind = schema.get("type")
    if kind == "null":
        return [f"{pad}nullable: true", f"{pad}description: Only null has been observed; the type is unknown."]
    lines = [f"{pad}type: {kind}"] if kind in ("string", "integer", "number", "boolean", "object", "array") else []
    if schema.get("format"):
        lines.append(f"{pad}format: {schema['format']}")
    if kind == "array":
        lines.append(f"{pad}items:")
        lines += _schema_lines(schema.get("items") or {}, indent + 2) if schema.get("items") else [f"{pad}  {{}}"]
    if kind == "object" and schema.get("properties"):
        lines.append(f"{pad}properties:")
        for name, sub in schema["properties"].items():
            lines.append(f"{pad}  {_scalar(name)}:")
            lines += _schema_lines(sub, indent + 4)
    return lines or [f"{pad}{{}}"]


def _observed(event: DriftEvent) -> str:
    date = (event.first_seen or "")[:10] or "unknown"
    return f'{{date: "{date}", count: {event.count}}}'


class _Spec:
    """One spec file: the text, its PyYAML node tree (with positions) and pending line insertions."""

    def __init__(self, path: Path) -> None:
        import yaml  # type: ignore[import-untyped]

        self.path = path
        self.text = path.read_text(encoding="utf-8")
        self.lines = self.text.splitlines(keepends=True)
        self.root = yaml.compose(self.text, Loader=yaml.SafeLoader)
        self.inserts: list[tuple[int, int, list[str]]] = []  # (line, order, lines)
        self.replacements: dict[int, str] = {}
        self.added: dict[tuple[int, int], int] = {}
        """Characters inserted into flow enums, by (line, column of the original closing bracket)."""
        self.pending: dict[tuple[int, str], tuple[Any, str, list[list[str]]]] = {}
        self._order = 0

    # -- node navigation ------------------------------------------------------------------------------------------

    @staticmethod
    def get(node: Any, key: str) -> Any:
        if node is None or node.tag != "tag:yaml.org,2002:map":
            return None
        for k, v in node.value:
            if str(k.value) == key:
                return v
        return None

    def pointer(self, pointer: str) -> Any:
        node = self.root
        for token in pointer.lstrip("#").strip("/").split("/") if pointer.strip("#/") else []:
            token = token.replace("~1", "/").replace("~0", "~")
            if node is None:
                return None
            if node.tag == "tag:yaml.org,2002:seq":
                node = node.value[int(token)] if token.isdigit() and int(token) < len(node.value) else None
            else:
                node = self.get(node, token)
        ref = self.get(node, "$ref")
        if ref is not None and str(ref.value).startswith("#/"):
            return self.pointer(str(ref.value))
        return node

    def operation(self, operation_id: str) -> Any:
        paths = self.get(self.root, "paths")
        for _, item in paths.value if paths is not None else []:
            for _, op in item.value if item.tag == "tag:yaml.org,2002:map" else []:
                if op.tag == "tag:yaml.org,2002:map":
                    found = self.get(op, "operationId")
                    if found is not None and str(found.value) == operation_id:
                        return op
        return None

    # -- edits ----------------------------------------------------------------------------------------------------

    def append_entry(self, mapping: Any, lines: Iterable[str]) -> None:
        """Add `lines` (already indented at the mapping's key column) after the mapping's last entry."""
        self._order += 1
        self.inserts.append((_end_line(mapping), self._order, [text + "\n" for text in lines]))

    def add(self, node: Any, container: str, entry: list[str]) -> None:
        """Queue `entry` (lines relative to the entry's own column) for `node[container]`, creating it if absent;
        entries for one container are written together (see `flush`)."""
        key = (node.start_mark.index, container)
        self.pending.setdefault(key, (node, container, []))[2].append(entry)

    def flush(self) -> None:
        for node, container, entries in self.pending.values():
            target = self.get(node, container)
            if target is not None and target.tag == "tag:yaml.org,2002:map" and target.value:
                col = self.key_column(target)
                self.append_entry(target, [" " * col + line for entry in entries for line in entry])
            else:
                col = self.key_column(node)
                lines = [" " * col + f"{container}:"]
                lines += [" " * (col + 2) + line for entry in entries for line in entry]
                self.append_entry(node, lines)
        self.pending.clear()

    def key_column(self, mapping: Any) -> int:
        return int(mapping.value[0][0].start_mark.column)

    def result(self) -> str:
        lines = list(self.lines)
        for index, text in self.replacements.items():
            lines[index] = text
        for line, _, new in sorted(self.inserts, key=lambda t: (-t[0], -t[1])):
            lines[line:line] = new
        return "".join(lines)


class _Patcher:
    def __init__(self, specs_dir: Path) -> None:
        try:
            import yaml  # noqa: F401
        except ImportError:
            raise ConfigurationError("amili specs drift patch needs PyYAML: pip install 'amili-sdk[sandbox]'") from None
        self.specs_dir = specs_dir
        self.specs: dict[str, _Spec] = {}
        self.done: set[tuple[str, str, str]] = set()  # (file, pointer, name): one addition per place
        self.patch = SpecPatch()

    def spec(self, event: DriftEvent) -> _Spec | None:
        api = event.operation.split(".", 1)[0]
        if api not in self.specs:
            path = self.specs_dir / f"{api}.yaml"
            if not path.exists():
                return None
            self.specs[api] = _Spec(path)
            self.patch.originals[path] = self.specs[api].text
        return self.specs[api]

    def once(self, spec: _Spec, pointer: str, name: str) -> bool:
        key = (str(spec.path), pointer, name)
        if key in self.done:
            return False
        self.done.add(key)
        return True

    def apply(self, event: DriftEvent) -> str | None:
        """None when applied, else why not."""
        if event.kind not in PATCHABLE:
            return "needs review (not patched automatically)"
        spec = self.spec(event)
        if spec is None:
            return f"no spec file {event.operation.split('.', 1)[0]}.yaml in {self.specs_dir}"
        handler = getattr(self, f"_{event.kind}")
        result: str | None = handler(spec, event)
        return result

    def _unknown_property(self, spec: _Spec, event: DriftEvent) -> str | None:
        at = str(event.spec.get("at") or "")
        name = _last_segment(event.path)
        node = spec.pointer(at) if at else None
        if node is None or node.tag != "tag:yaml.org,2002:map" or name is None:
            return f"cannot find the schema {at or '(none)'}"
        if not self.once(spec, at, name):
            return None
        props = spec.get(node, "properties")
        if spec.get(props, name) is not None:
            return f"{at} already declares {name!r}"
        entry = [f"{_scalar(name)}:", *_schema_lines(event.seen, 2)]
        entry += ["  x-amili-source: observed", f"  x-amili-observed: {_observed(event)}"]
        spec.add(node, "properties", entry)
        return None

    def _unknown_enum_value(self, spec: _Spec, event: DriftEvent) -> str | None:
        at = str(event.spec.get("at") or "")
        node = spec.pointer(at) if at else None
        value = (event.seen or {}).get("value") if isinstance(event.seen, dict) else None
        # an open value set (x-amili-known-values, CONVENTIONS rule 2) takes the value in its known list
        enum = spec.get(node, "enum") or spec.get(node, "x-amili-known-values")
        if enum is None or enum.tag != "tag:yaml.org,2002:seq" or not isinstance(value, (str, int, float)):
            return f"cannot find the enum {at or '(none)'} or the value is redacted"
        if any(str(item.value) == str(value) for item in enum.value):
            return None
        if not self.once(spec, at, str(value)):
            return None
        if enum.flow_style:
            line = enum.end_mark.line
            text = spec.replacements.get(line, spec.lines[line])
            col = enum.end_mark.column - 1
            # values added earlier on this line (this enum's, or another flow enum's before it) moved the bracket
            col += sum(n for (at_line, at_col), n in spec.added.items() if at_line == line and at_col <= col)
            if enum.start_mark.line != line or text[col] != "]":
                return f"{at}: a multi-line flow enum; add {value!r} by hand"
            added = f", {_scalar(value)}"
            spec.replacements[line] = text[:col] + added + text[col:]
            spec.added[(line, enum.end_mark.column - 1)] = spec.added.get((line, enum.end_mark.column - 1), 0) + len(
                added
            )
        else:
            first = enum.value[0]
            dash = " " * (first.start_mark.column - 2)
            spec.inserts.append((enum.value[-1].end_mark.line + 1, 0, [f"{dash}- {_scalar(value)}\n"]))
        spec.add(node, "x-amili-observed-values", [f"{_scalar(value)}: {_observed(event)}"])
        return None

    def _undocumented_status(self, spec: _Spec, event: DriftEvent) -> str | None:
        operation_id = event.operation.rsplit(".", 1)[-1]
        op = spec.operation(operation_id)
        responses = spec.get(op, "responses")
        if responses is None or not responses.value:
            return f"cannot find operation {operation_id} in {spec.path.name}"
        status = str(event.status)
        if spec.get(responses, status) is not None or not self.once(spec, operation_id, status):
            return None
        entry = [
            f'"{status}":',
            "  description: Observed in live traffic; not in the documentation.",
            "  x-amili-source: observed",
            f"  x-amili-observed: {_observed(event)}",
        ]
        seen = event.seen if isinstance(event.seen, dict) else {}
        media = str(seen.get("content_type") or event.spec.get("content_type") or "")
        matches = event.spec.get("matches")
        schema_ref = None
        if matches:
            matched = spec.get(responses, str(matches))
            ref = spec.get(matched, "$ref")
            target = spec.pointer(str(ref.value)) if ref is not None else matched
            content = spec.get(spec.get(target, "content"), media)
            schema_ref = spec.get(spec.get(content, "schema"), "$ref")
        if media and (schema_ref is not None or seen.get("body")):
            entry += ["  content:", f"    {media}:", "      schema:"]
            if schema_ref is not None:
                entry.append(f'        $ref: "{schema_ref.value}"')
            else:
                entry += _schema_lines(seen.get("body"), 8)
        headers = [str(name) for name in event.spec.get("headers") or ()]
        if headers:
            entry.append("  headers:")
            for name in headers:
                entry += [f"    {_header_name(name)}:", *(f"    {line}" for line in _header_entry(event)[1:])]
        spec.add(op, "responses", entry)
        return None

    def _undocumented_header(self, spec: _Spec, event: DriftEvent) -> str | None:
        at = str(event.spec.get("at") or "")
        response = spec.pointer(at) if at else None
        if response is None or response.tag != "tag:yaml.org,2002:map" or not response.value:
            return f"cannot find the response {at or '(none)'}"
        name = _header_name(event.path.split(":", 1)[-1])
        resolved = _resolved_pointer(spec, at)
        if not self.once(spec, resolved, name.lower()):
            return None
        headers = spec.get(response, "headers")
        if headers is not None and any(str(k.value).lower() == name.lower() for k, _ in headers.value):
            return None
        spec.add(response, "headers", [f"{name}:", *_header_entry(event)[1:]])
        return None


def _header_name(name: str) -> str:
    return "-".join(part.capitalize() for part in name.split("-"))


def _header_entry(event: DriftEvent) -> list[str]:
    return [
        "",
        "  description: Observed in live traffic; not in the documentation.",
        "  x-amili-source: observed",
        f"  x-amili-observed: {_observed(event)}",
        "  schema:",
        "    type: string",
    ]


def _end_line(node: Any) -> int:
    """The line after `node` (PyYAML ends a block collection at the next token, so look at its last scalar)."""
    while node.tag in ("tag:yaml.org,2002:map", "tag:yaml.org,2002:seq") and not node.flow_style and node.value:
        last = node.value[-1]
        node = last[1] if isinstance(last, tuple) else last
    end = node.end_mark
    return int(end.line) + (1 if end.column > 0 else 0)


def _resolved_pointer(spec: _Spec, pointer: str) -> str:
    node = spec.pointer(pointer)
    return f"{node.start_mark.line}:{node.start_mark.column}" if node is not None else pointer


def _last_segment(path: str) -> str | None:
    match = re.search(r"(?:\.(\w+)|\[('(?:[^'\\]|\\.)*')\])$", path)
    if match is None:
        return None
    if match.group(1):
        return match.group(1)
    text: str = match.group(2)[1:-1]
    return text


def propose(events: Iterable[DriftEvent], specs_dir: Path) -> SpecPatch:
    """The spec patch that documents `events` (nothing is written; see `SpecPatch.write`)."""
    patcher = _Patcher(specs_dir)
    for event in sorted(events, key=lambda e: (e.operation, e.kind, e.path)):
        reason = patcher.apply(event)
        if reason is None:
            patcher.patch.applied.append(f"{event.operation}: {event.kind} {event.path}")
        else:
            patcher.patch.skipped.append((event, reason))
    for spec in patcher.specs.values():
        spec.flush()
        patcher.patch.updated[spec.path] = spec.result()
    return patcher.patch
