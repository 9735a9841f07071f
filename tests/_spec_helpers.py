"""Spec helpers for example tests: validate documented examples independently of the generated code.

Examples are checked with openapi-schema-validator (jsonschema) against the spec itself, `$ref`s resolved inside the
spec, so a mistake in the generator cannot hide a mistake in the spec (and vice versa).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from openapi_schema_validator import OAS30Validator, oas30_format_checker

SPECS = Path(__file__).resolve().parent.parent / "specs"
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def load_spec(name: str) -> dict[str, Any]:
    """specs/<name>.yaml as a plain dict (a fresh copy on every call)."""
    with (SPECS / f"{name}.yaml").open(encoding="utf-8") as fh:
        spec: dict[str, Any] = yaml.safe_load(fh)
    return spec


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follow a local `$ref` (responses, request bodies, examples, parameters) to its target."""
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def schema_validator(spec: dict[str, Any], schema: dict[str, Any] | str) -> OAS30Validator:
    """A validator for `schema` (a schema object, or the name of a component schema) within `spec`.

    The schema is wrapped in a root document that also carries the spec's `components`, so every
    `#/components/...` reference (also nested ones) resolves against the spec.
    """
    if isinstance(schema, str):
        schema = {"$ref": f"#/components/schemas/{schema}"}
    root = {"allOf": [schema], "components": spec.get("components", {})}
    return OAS30Validator(root, format_checker=oas30_format_checker)


def operation(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    """The operation object with this operationId."""
    for item in spec["paths"].values():
        for method in _METHODS:
            op = item.get(method)
            if op is not None and op.get("operationId") == operation_id:
                result: dict[str, Any] = op
                return result
    raise KeyError(f"no operation {operation_id!r}")


def _media(spec: dict[str, Any], operation_id: str, kind: str, status: int | str | None) -> dict[str, Any]:
    op = operation(spec, operation_id)
    if kind == "request":
        holder = _resolve(spec, op["requestBody"])
    elif kind == "response":
        responses = op["responses"]
        if status is None:
            status = min(code for code in responses if str(code).startswith("2"))
        holder = _resolve(spec, responses[str(status)])
    else:
        raise ValueError(f"kind must be 'request' or 'response', not {kind!r}")
    media: dict[str, Any] = holder["content"]["application/json"]
    return media


def validate_example(
    spec: dict[str, Any], operation_id: str, kind: str, status: int | str | None = None
) -> dict[str, Any]:
    """Validate every example of an operation's JSON request (`kind="request"`) or response (`kind="response"`,
    `status` defaults to the lowest documented 2xx) against its schema; return them as {name: value}
    (a single `example` is named `example`). Fails if there is no example.
    """
    media = _media(spec, operation_id, kind, status)
    examples: dict[str, Any] = {}
    if "example" in media:
        examples["example"] = media["example"]
    for name, example in media.get("examples", {}).items():
        examples[name] = _resolve(spec, example)["value"]
    assert examples, f"{operation_id} {kind} {status or ''} has no example"
    validator = schema_validator(spec, media["schema"])
    for name, value in examples.items():
        errors = sorted(validator.iter_errors(value), key=lambda e: list(e.absolute_path))
        assert not errors, f"{operation_id} {kind} example {name!r}: " + "; ".join(
            f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors
        )
    return examples
