"""The SDK's public surface as data (`codegen/surface.json`), and what changed between two of them.

When a spec changes, users need to know what changed in the SDK they call. `make generate` rebuilds the snapshot
from the generated code (every façade operation with its parameters, body and return type; every model field with
its type and required-ness; every enum's members) and prints the difference classified as compatible or breaking;
`make check-generated` fails when the committed snapshot is stale. Read by walking the generated sources with
`ast` (nothing is imported), so it works on a staged tree.

Breaking: a removed operation, model, field, parameter or enum member; a narrowed type (a union member dropped or
a type replaced); a newly required field or parameter. Everything else (additions, widened types, a requirement
dropped) is compatible.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

#: values `x-amili-source` may take (CONVENTIONS.md): `observed` = seen on the wire by drift detection, not in the docs
SOURCES = ("documented", "inferred", "observed")


def snapshot(packages: Path, specs: list[tuple[str, dict[str, Any]]]) -> dict[str, Any]:
    """The surface of the generated packages `amili_<api>` under `packages`; `specs` = [(api, raw spec)]."""
    operations: dict[str, Any] = {}
    models: dict[str, Any] = {}
    enums: dict[str, Any] = {}
    for api, spec in specs:
        package = packages / f"amili_{api}"
        sources = _sources(spec)
        for module in sorted((package / "api").glob("*/*.py")):
            if module.name == "__init__.py":
                continue
            found = _operation(module)
            if found is not None:
                name = module.stem
                found["source"] = sources.get(name, "documented")
                operations[f"{api}.{module.parent.name}.{name}"] = found
        for module in sorted((package / "models").glob("*.py")):
            for cls in _classes(module):
                key = f"amili_{api}.{cls.name}"
                members = _enum_members(cls)
                if members is not None:
                    enums[key] = members
                else:
                    models[key] = _fields(cls)
    return {"x-amili-source-values": list(SOURCES), "operations": operations, "models": models, "enums": enums}


def _sources(spec: dict[str, Any]) -> dict[str, str]:
    out = {}
    for item in (spec.get("paths") or {}).values():
        for op in item.values():
            if isinstance(op, dict) and "operationId" in op:
                out[op["operationId"]] = op.get("x-amili-source", "documented")
    return out


def _operation(module: Path) -> dict[str, Any] | None:
    tree = ast.parse(module.read_text())
    fn = next((n for n in tree.body if isinstance(n, ast.AsyncFunctionDef) and n.name == "asyncio"), None)
    if fn is None:
        return None
    params: dict[str, Any] = {}
    args = fn.args
    positional = args.posonlyargs + args.args
    defaults = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
    pairs = list(zip(positional, defaults, strict=True)) + list(zip(args.kwonlyargs, args.kw_defaults, strict=True))
    for arg, default in pairs:
        if arg.arg == "client":
            continue
        params[arg.arg] = {"type": _text(arg.annotation), "required": default is None}
    return {"params": params, "returns": _text(fn.returns)}


def _classes(module: Path) -> Iterator[ast.ClassDef]:
    for node in ast.parse(module.read_text()).body:
        if isinstance(node, ast.ClassDef):
            yield node


def _enum_members(cls: ast.ClassDef) -> list[str] | None:
    if not any(_text(base) in ("StrEnum", "IntEnum", "Enum", "str, Enum") for base in cls.bases):
        return None
    members = []
    for node in cls.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            members.append(str(node.value.value))
    return sorted(members)


def _fields(cls: ast.ClassDef) -> dict[str, Any]:
    fields = {}
    for node in cls.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            name = node.target.id
            if name == "additional_properties":
                continue
            fields[name] = {"type": _text(node.annotation), "required": node.value is None}
    return fields


def _text(node: ast.AST | None) -> str:
    return "" if node is None else ast.unparse(node).replace("'", "").replace('"', "")


# ---------------------------------------------------------------- comparing two snapshots


def _members(annotation: str) -> set[str]:
    """Top-level union members of a type annotation ("list[A | B] | None" -> {"list[A | B]", "None"})."""
    out, depth, current = set(), 0, ""
    for char in annotation:
        if char in "[(":
            depth += 1
        elif char in "])":
            depth -= 1
        if char == "|" and depth == 0:
            out.add(current.strip())
            current = ""
        else:
            current += char
    out.add(current.strip())
    return {m for m in out if m}


def _type_change(where: str, old: str, new: str) -> tuple[str, str] | None:
    # `Unset` only says "optional", which the required-ness comparison already reports.
    before, after = _members(old) - {"Unset"}, _members(new) - {"Unset"}
    if before == after:
        return None
    if before <= after:
        return "compatible", f"{where}: type widened {old} -> {new}"
    return "breaking", f"{where}: type narrowed/changed {old} -> {new}"


def diff(old: dict[str, Any], new: dict[str, Any]) -> list[tuple[str, str]]:
    """[(kind, description)] with kind "compatible" or "breaking", in a stable order."""
    changes: list[tuple[str, str]] = []
    old_ops, new_ops = old.get("operations", {}), new.get("operations", {})
    for name in sorted(old_ops.keys() - new_ops.keys()):
        changes.append(("breaking", f"operation {name} removed"))
    for name in sorted(new_ops.keys() - old_ops.keys()):
        changes.append(("compatible", f"operation {name} added"))
    for name in sorted(old_ops.keys() & new_ops.keys()):
        before, after = old_ops[name], new_ops[name]
        changes += _compare_members(f"operation {name}", "parameter", before["params"], after["params"])
        returned = _type_change(f"operation {name} return", before["returns"], after["returns"])
        if returned:
            changes.append(returned)
        if before.get("source") != after.get("source"):
            changes.append(("compatible", f"operation {name}: source {before.get('source')} -> {after.get('source')}"))
    old_models, new_models = old.get("models", {}), new.get("models", {})
    for name in sorted(old_models.keys() - new_models.keys()):
        changes.append(("breaking", f"model {name} removed"))
    for name in sorted(new_models.keys() - old_models.keys()):
        changes.append(("compatible", f"model {name} added"))
    for name in sorted(old_models.keys() & new_models.keys()):
        changes += _compare_members(f"model {name}", "field", old_models[name], new_models[name])
    old_enums, new_enums = old.get("enums", {}), new.get("enums", {})
    for name in sorted(old_enums.keys() - new_enums.keys()):
        changes.append(("breaking", f"enum {name} removed"))
    for name in sorted(new_enums.keys() - old_enums.keys()):
        changes.append(("compatible", f"enum {name} added"))
    for name in sorted(old_enums.keys() & new_enums.keys()):
        for member in sorted(set(old_enums[name]) - set(new_enums[name])):
            changes.append(("breaking", f"enum {name}: member {member} removed"))
        for member in sorted(set(new_enums[name]) - set(old_enums[name])):
            changes.append(("compatible", f"enum {name}: member {member} added"))
    return changes


def _compare_members(where: str, kind: str, before: dict[str, Any], after: dict[str, Any]) -> list[tuple[str, str]]:
    changes: list[tuple[str, str]] = []
    for name in sorted(before.keys() - after.keys()):
        changes.append(("breaking", f"{where}: {kind} {name} removed"))
    for name in sorted(after.keys() - before.keys()):
        required = after[name]["required"]
        changes.append(
            ("breaking", f"{where}: new required {kind} {name}")
            if required
            else ("compatible", f"{where}: optional {kind} {name} added")
        )
    for name in sorted(before.keys() & after.keys()):
        old, new = before[name], after[name]
        if new["required"] and not old["required"]:
            changes.append(("breaking", f"{where}: {kind} {name} is now required"))
        elif old["required"] and not new["required"]:
            changes.append(("compatible", f"{where}: {kind} {name} is now optional"))
        typed = _type_change(f"{where}: {kind} {name}", old["type"], new["type"])
        if typed:
            changes.append(typed)
    return changes


def render(surface: dict[str, Any]) -> str:
    return json.dumps(surface, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def report(changes: list[tuple[str, str]]) -> str:
    if not changes:
        return "surface: no change to the public surface"
    breaking = [c for kind, c in changes if kind == "breaking"]
    lines = [f"surface: {len(changes) - len(breaking)} compatible, {len(breaking)} breaking change(s)"]
    lines += [f"  {kind:10} {text}" for kind, text in changes]
    if breaking:
        lines.append("surface: breaking changes need a CHANGELOG.md entry under [Unreleased]")
    return "\n".join(lines)
