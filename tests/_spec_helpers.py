"""Generic helpers for spec tests: load a spec and validate its embedded examples against its own schemas.

The validator is openapi-schema-validator (jsonschema underneath), independent of the generated clients; `$ref`s are
resolved inside the spec itself. Shared by every `tests/test_<name>_spec.py`.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml
from openapi_schema_validator import OAS30Validator, OAS31Validator, oas30_format_checker, oas31_format_checker

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

Spec = Mapping[str, Any]


@functools.cache
def load_spec(name: str) -> dict[str, Any]:
    """`specs/<name>.yaml` as a dict (cached: treat it as read-only)."""
    with (SPECS / f"{name}.yaml").open(encoding="utf-8") as fh:
        spec: dict[str, Any] = yaml.safe_load(fh)
    return spec


def _spec(spec: Spec | str) -> Spec:
    return load_spec(spec) if isinstance(spec, str) else spec


def resolve(spec: Spec | str, node: Any) -> Any:
    """Follow local `$ref`s (`#/components/...`) until a non-reference node is reached."""
    spec = _spec(spec)
    while isinstance(node, Mapping) and "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            raise ValueError(f"only local $refs are allowed in a spec, got {ref!r}")
        node = spec
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def operations(spec: Spec | str) -> Iterator[tuple[str, str, Mapping[str, Any]]]:
    """Every operation as (path, method, operation object)."""
    for path, item in _spec(spec)["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method]


def operation(spec: Spec | str, operation_id: str) -> Mapping[str, Any]:
    for _, _, op in operations(spec):
        if op.get("operationId") == operation_id:
            return op
    raise KeyError(f"no operation {operation_id!r}")


def schema_validator(spec: Spec | str, schema: Mapping[str, Any] | str) -> OAS30Validator | OAS31Validator:
    """A format-checking validator for `schema` (or a component name) whose `#/components/...` refs resolve."""
    spec = _spec(spec)
    if isinstance(schema, str):
        schema = {"$ref": f"#/components/schemas/{schema}"}
    # The spec's components ride along in the root document so local refs resolve; JSON Schema ignores the key.
    root = {**schema, "components": spec.get("components", {})}
    if str(spec.get("openapi", "")).startswith("3.0"):
        return OAS30Validator(root, format_checker=oas30_format_checker)
    return OAS31Validator(root, format_checker=oas31_format_checker)


def _media(spec: Spec, operation_id: str, kind: str, status: str | int | None) -> tuple[str, Mapping[str, Any]]:
    op = operation(spec, operation_id)
    if kind == "request":
        return "request", resolve(spec, op["requestBody"])["content"]
    if kind != "response":
        raise ValueError(f"kind must be 'request' or 'response', not {kind!r}")
    responses = op["responses"]
    if status is None:
        with_examples = [
            code
            for code, resp in responses.items()
            if str(code).startswith("2")
            and any("examples" in m or "example" in m for m in resolve(spec, resp).get("content", {}).values())
        ]
        if not with_examples:
            raise AssertionError(f"{operation_id}: no 2xx response with examples")
        status = with_examples[0]
    return str(status), resolve(spec, responses[str(status)]).get("content", {})


def examples_of(spec: Spec | str, media: Mapping[str, Any]) -> dict[str, Any]:
    """The examples of one media-type object as {name: value} (a single `example` is named "example")."""
    found: dict[str, Any] = {}
    if "example" in media:
        found["example"] = media["example"]
    for name, example in media.get("examples", {}).items():
        found[name] = resolve(spec, example)["value"]
    return found


def validate_example(spec: Spec | str, operation_id: str, kind: str, status: str | int | None = None) -> dict[str, Any]:
    """Validate every example of the request body (`kind="request"`) or of one response (`kind="response"`,
    `status` defaults to the first 2xx that has examples) against its schema. Returns {example name: value};
    raises jsonschema.ValidationError on a mismatch and AssertionError when there is nothing to validate."""
    spec = _spec(spec)
    where, content = _media(spec, operation_id, kind, status)
    found: dict[str, Any] = {}
    for media in content.values():
        validator = schema_validator(spec, media["schema"])
        for name, value in examples_of(spec, media).items():
            validator.validate(value)
            found[name] = value
    if not found:
        raise AssertionError(f"{operation_id} {where}: no examples to validate")
    return found


def strict_view(spec: Any) -> Any:
    """The spec with its stated guesses applied: inferred-required properties are required, and in schemas a request
    body uses also not empty (the sandbox refuses `""` and `[]` there; a response may well list nothing)."""
    spec = copy.deepcopy(spec)
    schemas = (spec.get("components") or {}).get("schemas") or {}
    in_requests: set[str] = set()
    pending = [
        op["requestBody"]
        for item in (spec.get("paths") or {}).values()
        for op in item.values()
        if isinstance(op, dict) and "requestBody" in op
    ]
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            ref = node.get("$ref", "")
            if ref.startswith("#/components/requestBodies/"):
                pending.append(spec["components"]["requestBodies"][ref.rsplit("/", 1)[-1]])
            elif ref.startswith("#/components/schemas/") and ref.rsplit("/", 1)[-1] not in in_requests:
                in_requests.add(ref.rsplit("/", 1)[-1])
                pending.append(schemas[ref.rsplit("/", 1)[-1]])
            pending.extend(node.values())
        elif isinstance(node, list):
            pending.extend(node)

    def walk(n: Any, non_empty: bool) -> None:
        if isinstance(n, dict):
            inferred = n.get("x-amili-inferred-required") or []
            if inferred:
                n["required"] = sorted({*n.get("required", []), *inferred})
                for name in inferred if non_empty else ():
                    prop = (n.get("properties") or {}).get(name)
                    if isinstance(prop, dict) and prop.get("type") == "string":
                        prop.setdefault("minLength", 1)
                        prop.setdefault("pattern", r"\S")
                    elif isinstance(prop, dict) and prop.get("type") == "array":
                        prop.setdefault("minItems", 1)
            for value in n.values():
                walk(value, non_empty)
        elif isinstance(n, list):
            for value in n:
                walk(value, non_empty)

    for name, schema in schemas.items():
        walk(schema, name in in_requests)
    return spec


_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def spec_operations(specs: Path, apis: tuple[str, ...]) -> list[tuple[str, str, str, str]]:
    """`(api, path, method, operationId)` of every operation, read from the YAML alone.

    Cheap enough for collection: a property-based module parametrizes with this and builds its schemathesis schemas
    and its sandbox on first use, so the workers of `pytest -n` that never run it do not pay for them.
    """
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    out = []
    for api in apis:
        spec = yaml.load((specs / f"{api}.yaml").read_text(), Loader=loader)
        for path, item in spec["paths"].items():
            for method, operation in item.items():  # the spec's own order, as schemathesis yields them
                if method in _METHODS:
                    out.append((api, path, method, str(operation["operationId"])))
    return out
