"""Request-side types rendered from the raw specs: one `TypedDict` per request schema and a compact schema table.

Why from the raw YAML and not the generated models: a dict body is the *wire* JSON (camelCase keys, `Required` /
`NotRequired` exactly as the spec's `required` lists say), which is what users write and what the runtime validator
(`amili/_validation.py`) checks before anything is sent (unknown keys, wrong types, NaN, nested paths).
"""

from __future__ import annotations

import keyword
from collections.abc import Iterable
from typing import Any

REF_PREFIX = "#/components/schemas/"
# JSON-schema keywords the runtime validator understands; everything else is the server's business.
_KEEP = ("type", "format", "nullable", "enum")


def _ref_name(ref: str) -> str:
    if not ref.startswith(REF_PREFIX):
        raise SystemExit(f"codegen: unsupported $ref {ref!r} (only {REF_PREFIX}…)")
    return ref[len(REF_PREFIX) :]


def _resolve(spec: dict[str, Any], node: dict[str, Any], section: str) -> dict[str, Any]:
    ref = node.get("$ref")
    if ref:
        prefix = f"#/components/{section}/"
        return dict((spec.get("components") or {}).get(section, {})[ref[len(prefix) :]])
    return node


def json_body_schema(spec: dict[str, Any], op: dict[str, Any]) -> str | None:
    """The component schema name of an operation's JSON request body, or None."""
    body = op.get("requestBody")
    if not body:
        return None
    body = _resolve(spec, body, "requestBodies")
    schema = ((body.get("content") or {}).get("application/json") or {}).get("schema") or {}
    ref = schema.get("$ref")
    return _ref_name(ref) if ref else None


class RequestSchemas:
    """Collects every component schema reachable from request bodies; renders TypedDicts and the schema table."""

    def __init__(self, spec: dict[str, Any], class_names: dict[str, str]) -> None:
        self.components: dict[str, Any] = (spec.get("components") or {}).get("schemas") or {}
        self.class_names = class_names
        self.names: list[str] = []

    def add(self, name: str) -> None:
        if name in self.names:
            return
        self.names.append(name)
        for ref in _refs(self.components[name]):
            self.add(ref)

    # -- naming -----------------------------------------------------------------------------------------------------

    def is_object(self, name: str) -> bool:
        schema = self.components[name]
        return schema.get("type") == "object" or "properties" in schema or "allOf" in schema

    def param_name(self, name: str) -> str:
        return f"{self.class_names.get(name, name)}Param"

    # -- TypedDicts -------------------------------------------------------------------------------------------------

    def annotation(self, schema: dict[str, Any]) -> str:
        """The Python type a user may write for this schema in a dict body."""
        if "$ref" in schema:
            name = _ref_name(schema["$ref"])
            target = self.components[name]
            base = self.param_name(name) if self.is_object(name) else self.annotation(target)
            return f"{base} | None" if schema.get("nullable") and "None" not in base else base
        for key in ("anyOf", "oneOf"):
            if key in schema:
                parts = list(dict.fromkeys(self.annotation(s) for s in schema[key]))
                text = " | ".join(parts)
                return f"{text} | None" if schema.get("nullable") and "None" not in parts else text
        if "allOf" in schema and len(schema["allOf"]) == 1:
            return self.annotation(schema["allOf"][0])
        kind = schema.get("type")
        fmt = schema.get("format")
        if kind == "string":
            text = {"date": "str | datetime.date", "date-time": "str | datetime.datetime", "uuid": "str | UUID"}.get(
                fmt or "", "str"
            )
        elif kind == "integer":
            text = "int"
        elif kind == "number":
            text = "float"
        elif kind == "boolean":
            text = "bool"
        elif kind == "array":
            text = f"Sequence[{self.annotation(schema.get('items') or {})}]"
        elif kind == "object" or "additionalProperties" in schema:
            extra = schema.get("additionalProperties", True)
            value = self.annotation(extra) if isinstance(extra, dict) else "object"
            text = f"Mapping[str, {value}]"
        else:
            text = "object"
        return f"{text} | None" if schema.get("nullable") else text

    def _properties(self, name: str) -> tuple[dict[str, Any], set[str], Any]:
        """Properties, required names and additionalProperties of an object schema (allOf flattened)."""
        props, required, _, extra = self._members(name)
        return props, required, extra

    def _members(self, name: str) -> tuple[dict[str, Any], set[str], set[str], Any]:
        """Properties, required names, the documented subset of those (the rest are guesses: spec_view.py) and
        additionalProperties of an object schema (allOf flattened)."""
        schema = self.components[name]
        props: dict[str, Any] = {}
        required: set[str] = set()
        documented: set[str] = set()
        extra: Any = schema.get("additionalProperties", False)
        for part in [*schema.get("allOf", []), schema]:
            if "$ref" in part and part is not schema:
                p, r, d, x = self._members(_ref_name(part["$ref"]))
            else:
                p, r, x = part.get("properties") or {}, set(part.get("required") or []), False
                d = set(part.get("x-amili-documented-required", part.get("required") or []))
            props.update(p)
            required |= r
            documented |= d
            extra = extra or x
        return props, required, documented, extra

    def render_typeddicts(self, header: str) -> str:
        out = [
            header,
            "# ruff: noqa",
            "from __future__ import annotations",
            "",
            "import datetime",
            "from collections.abc import Mapping, Sequence",
            "from typing import TypedDict",
            "from uuid import UUID",
            "",
            "from typing_extensions import NotRequired, Required",
            "",
            "__all__ = [" + ", ".join(repr(self.param_name(n)) for n in self.names if self.is_object(n)) + "]",
        ]
        for name in self.names:
            if not self.is_object(name):
                continue
            props, required, _ = self._properties(name)
            cls = self.param_name(name)
            doc = _first_line(self.components[name].get("description")) or f"The `{name}` request schema."
            fields = []
            for key, prop in props.items():
                ann = self.annotation(prop)
                ann = f"Required[{ann}]" if key in required else f"NotRequired[{ann}]"
                fields.append((key, ann, _first_line(prop.get("description"))))
            if all(k.isidentifier() and not keyword.iskeyword(k) for k, _, _ in fields):
                out += ["", "", f"class {cls}(TypedDict):", f'    """{_doc(doc)}"""', ""]
                for key, ann, desc in fields:
                    out.append(f"    {key}: {ann}")
                    if desc:
                        out.append(f'    """{_doc(desc)}"""')
            else:
                items = ", ".join(f"{key!r}: {ann!r}" for key, ann, _ in fields)
                out += ["", "", f"{cls} = TypedDict({cls!r}, {{{items}}})", f'"""{_doc(doc)}"""']
        return "\n".join(out) + "\n"

    # -- runtime schema table ---------------------------------------------------------------------------------------

    def compact(self, schema: dict[str, Any]) -> dict[str, Any]:
        """The subset of a schema the runtime validator reads; `$ref` becomes the bare component name."""
        if "$ref" in schema:
            out: dict[str, Any] = {"$ref": _ref_name(schema["$ref"])}
            if schema.get("nullable"):
                out["nullable"] = True
            return out
        out = {k: schema[k] for k in _KEEP if k in schema and k != "enum"}
        for key in ("anyOf", "oneOf"):
            if key in schema:
                out["anyOf"] = [self.compact(s) for s in schema[key]]
        if "allOf" in schema and len(schema["allOf"]) == 1:
            out.update(self.compact(schema["allOf"][0]))
        if "items" in schema:
            out["items"] = self.compact(schema["items"])
        if isinstance(schema.get("additionalProperties"), dict):
            out["additionalProperties"] = self.compact(schema["additionalProperties"])
        elif schema.get("type") == "object" and "properties" not in schema:
            out["additionalProperties"] = bool(schema.get("additionalProperties", True))
        return out

    def table(self) -> dict[str, Any]:
        table: dict[str, Any] = {}
        for name in self.names:
            if self.is_object(name):
                props, required, documented, extra = self._members(name)
                entry: dict[str, Any] = {
                    "type": "object",
                    "properties": {k: self.compact(v) for k, v in props.items()},
                    "required": sorted(documented),
                }
                if required - documented:
                    entry["inferred"] = sorted(required - documented)
                if self.components[name].get("x-amili-open"):
                    entry["open"] = True  # the docs show it cut off: unknown keys pass, near misses do not
                if extra:
                    entry["additionalProperties"] = self.compact(extra) if isinstance(extra, dict) else True
                table[name] = entry
            else:
                table[name] = self.compact(self.components[name])
        return table


def _refs(schema: Any) -> Iterable[str]:
    if isinstance(schema, dict):
        for key, value in schema.items():
            if key == "$ref" and isinstance(value, str):
                yield _ref_name(value)
            elif key not in ("example", "examples"):
                yield from _refs(value)
    elif isinstance(schema, list):
        for value in schema:
            yield from _refs(value)


def _first_line(text: Any) -> str:
    return " ".join(str(text or "").split()).strip()


def _doc(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"""', "'''")
