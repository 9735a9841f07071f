"""Spec helpers shared by the spec tests: load a spec, validate documented examples without the generated code.

Validation uses openapi-schema-validator (OpenAPI 3.0 dialect, `nullable`, formats) and resolves local `$ref`s by
embedding the spec's `components` into the validated schema, so it is independent of the generated client.
"""

from __future__ import annotations

import copy
import functools
from pathlib import Path
from typing import Any

import yaml
from openapi_schema_validator import OAS30Validator, oas30_format_checker

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


@functools.cache
def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((SPECS / f"{name}.yaml").read_text())
    return data


def load_spec(name: str) -> dict[str, Any]:
    """specs/<name>.yaml as a dict (a fresh copy; callers may mutate it)."""
    return copy.deepcopy(_load(name))


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow a local `$ref` chain (`#/components/...`) to the referenced node."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def operations(spec: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId -> (method, path, operation) for every client operation under `paths`."""
    found: dict[str, tuple[str, str, dict[str, Any]]] = {}
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                op = item[method]
                found[op["operationId"]] = (method, path, op)
    return found


def find_operation(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    return operations(spec)[operation_id][2]


def schema_validator(spec: dict[str, Any], schema: dict[str, Any]) -> OAS30Validator:
    """A validator for `schema` (may be a `$ref`) whose local `$ref`s resolve against the spec's components."""
    root = {**copy.deepcopy(schema), "components": spec.get("components", {})}
    return OAS30Validator(root, format_checker=oas30_format_checker)


def media_examples(media: dict[str, Any]) -> list[tuple[str, Any]]:
    """(name, value) of a media type object's `example` / `examples`."""
    found: list[tuple[str, Any]] = []
    if "example" in media:
        found.append(("example", media["example"]))
    for name, example in (media.get("examples") or {}).items():
        found.append((name, example["value"]))
    return found


def _media_for(spec: dict[str, Any], operation_id: str, kind: str, status: str | int | None) -> dict[str, Any]:
    op = find_operation(spec, operation_id)
    if kind == "request":
        body = resolve(spec, op["requestBody"])
    elif kind == "response":
        responses = op["responses"]
        key = str(status) if status is not None else next(s for s in responses if str(s).startswith("2"))
        body = resolve(spec, responses[key])
    else:
        raise ValueError(f"kind must be 'request' or 'response', not {kind!r}")
    content: dict[str, Any] = body["content"]
    return content


def validate_example(
    spec: dict[str, Any], operation_id: str, kind: str, status: str | int | None = None
) -> list[tuple[str, Any]]:
    """Validate every documented example of an operation's request body (kind="request") or response
    (kind="response", `status` defaults to the first 2xx) against its schema. Raises
    jsonschema.ValidationError on the first mismatch; returns the (name, value) pairs that were checked."""
    checked: list[tuple[str, Any]] = []
    for media in _media_for(spec, operation_id, kind, status).values():
        validator = schema_validator(spec, media["schema"])
        for name, value in media_examples(media):
            validator.validate(value)
            checked.append((name, value))
    if not checked:
        raise AssertionError(f"{operation_id} {kind} {status or ''} has no examples")
    return checked
