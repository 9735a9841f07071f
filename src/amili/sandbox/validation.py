"""Request validation against specs/*.yaml, independent of the generated models.

A small matcher (path templates, parameters, request bodies) on top of the SDK's one JSON-Schema checker
(`amili._schema`, the one the façade and drift detection use too), in its collecting mode: every problem of a
request or response, worded as JSON Schema validators word them (`'x' is a required property`).
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlparse

import yaml  # type: ignore[import-untyped]

from .._api_table import API_TABLE
from .._schema import Check, Found, SchemaCompiler, type_name

Json = dict[str, Any]
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
#: sandbox API name -> spec file name (from the API table)
SPEC_FILES = {info.name: info.spec for info in API_TABLE}


def find_specs_dir(start: Path | None = None) -> Path | None:
    """The specs shipped in the wheel (`amili/sandbox/specs`), else the repository's specs/ folder searched upwards
    from this package (editable installs, tests)."""
    if start is None and (Path(__file__).parent / "specs" / "identity.yaml").is_file():
        return Path(__file__).parent / "specs"
    here = (start or Path(__file__)).resolve()
    for parent in here.parents:
        candidate = parent / "specs"
        if (candidate / "identity.yaml").is_file():
            return candidate
    return None


@dataclass
class SpecOperation:
    operation_id: str
    method: str
    template: str
    regex: re.Pattern[str]
    pointer: str  # JSON pointer of the operation object
    parameters: list[tuple[Json, str]]  # (parameter object, pointer of its schema)
    statuses: set[str]
    #: the operation's own ``security`` (None when it inherits the spec's)
    security: list[Json] | None = None
    #: first tag: the façade namespace (``arm.<tag>.<operation>``)
    tag: str = ""

    @property
    def specificity(self) -> tuple[int, int]:
        return (self.template.count("{"), -len(self.template))


@dataclass
class Outcome:
    """Result of validating one request; ``errors`` empty means valid."""

    operation_id: str | None
    errors: list[str] = field(default_factory=list)
    status: int = 400


def escape_pointer(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _compile(template: str) -> re.Pattern[str]:
    pattern = re.sub(r"\\\{([^}/]+)\\\}", r"(?P<\1>[^/]+)", re.escape(template))
    pattern = re.sub(r"\(\?P<([^>]+)>", lambda m: "(?P<p" + re.sub(r"\W", "_", m.group(1)) + ">", pattern)
    return re.compile(f"^{pattern}/?$")


def coerce(value: str, schema: Json) -> Any:
    """Turn a string from a query/header/path/form into the schema's type so the schema can judge it."""
    kind = schema.get("type")
    try:
        if kind == "integer":
            return int(value)
        if kind == "number":
            return float(value)
    except ValueError:
        return value
    if kind == "boolean":
        return {"true": True, "false": False}.get(value.lower(), value)
    return value


def _with_inferred_requirements(node: Any) -> Any:
    """The sandbox protects callers with the requirements the spec states as guesses (`x-amili-inferred-required`)
    as well as the documented ones: one source of truth, nothing the spec does not state."""
    if isinstance(node, dict):
        inferred = node.get("x-amili-inferred-required")
        if inferred:
            node["x-amili-documented-required"] = list(node.get("required", []))
            node["required"] = [*node.get("required", []), *(n for n in inferred if n not in node.get("required", []))]
        for value in node.values():
            _with_inferred_requirements(value)
    elif isinstance(node, list):
        for value in node:
            _with_inferred_requirements(value)
    return node


_INFERRED_NOTE = (
    "inferred requirement: the docs do not state it; SandboxConfig(enforce_inferred_requirements=False) accepts it"
)


def _message(found: Found) -> tuple[tuple[Any, ...], str]:
    """(where, message) of one departure, worded as JSON Schema validators word it."""
    kind, path, spec, value = found
    says = str(spec.get("says", ""))
    if kind in ("missing_required", "missing_property"):
        message = f"{path[-1]!r} is a required property"
        return path[:-1], message if kind == "missing_required" else f"{message} ({_INFERRED_NOTE})"
    if kind == "unknown_property":
        return path[:-1], f"Additional properties are not allowed ({path[-1]!r} was unexpected)"
    if kind == "wrong_type":
        word, _, fmt = says.partition(" ")
        seen = type_name(value)
        if fmt and (seen == word or (word == "number" and seen == "integer")):
            return path, f"{value!r} is not a {fmt.strip('()')!r}"
        return path, f"{value!r} is not of type {word!r}"
    if kind == "unknown_enum_value":
        return path, f"{value!r} is not {says}"
    return path, f"{value!r} {says}"


def _order(problem: tuple[tuple[Any, ...], str]) -> list[tuple[int, Any]]:
    """By where (as jsonschema sorts by the error's path); a stable sort keeps the checker's order within."""
    return [(0, part) if isinstance(part, int) else (1, str(part)) for part in problem[0]]


class Spec:
    """One loaded spec with its operations and a schema registry for $ref resolution."""

    def __init__(self, api: str, path: Path) -> None:
        self.api = api
        self.document: Json = _with_inferred_requirements(yaml.safe_load(path.read_text()))
        components = (self.document.get("components") or {}).get("schemas") or {}
        # Unknown keys pass unless a schema says `additionalProperties: false` (as a server takes them); formats
        # are checked strictly (an RFC 3339 date-time has an offset).
        self._compiler = SchemaCompiler(components, closed_objects=False, strict_formats=True)
        self._checks: dict[str, Check] = {}
        servers = self.document.get("servers") or [{"url": "/"}]
        self.server_path = urlparse(str(servers[0].get("url", "/"))).path.rstrip("/")
        self.operations: list[SpecOperation] = []
        for template, item in (self.document.get("paths") or {}).items():
            base_params = item.get("parameters", [])
            for method in METHODS:
                op = item.get(method)
                if op is None:
                    continue
                pointer = f"#/paths/{escape_pointer(template)}/{method}"
                params = self._parameters(base_params, f"#/paths/{escape_pointer(template)}/parameters")
                params.update(self._parameters(op.get("parameters", []), f"{pointer}/parameters"))
                self.operations.append(
                    SpecOperation(
                        operation_id=str(op.get("operationId") or f"{method}_{template}"),
                        method=method.upper(),
                        template=template,
                        regex=_compile(template),
                        pointer=pointer,
                        parameters=list(params.values()),
                        statuses={str(s) for s in op.get("responses", {})},
                        security=op.get("security"),
                        tag=str((op.get("tags") or [""])[0]),
                    )
                )
        self.operations.sort(key=lambda o: o.specificity)

    def find(self, operation_id: str) -> SpecOperation | None:
        return next((o for o in self.operations if o.operation_id == operation_id), None)

    def schemes(self, op: SpecOperation) -> list[str] | None:
        """Security schemes that may authorise ``op``: None = the operation does not say (inherits), [] = public."""
        if op.security is None:
            return None
        return sorted({name for requirement in op.security for name in requirement})

    def error_status(self, op: SpecOperation | None, preferred: int) -> int:
        """``preferred`` when the operation documents it, else the nearest documented client error."""
        if op is None or str(preferred) in op.statuses:
            return preferred
        for fallback in (400, 422, 404):
            if str(fallback) in op.statuses:
                return fallback
        return preferred

    def resolve(self, obj: Any, pointer: str) -> tuple[Any, str]:
        """Follow local $refs (components/parameters, requestBodies...) returning the target and its pointer."""
        while isinstance(obj, dict) and "$ref" in obj:
            pointer = str(obj["$ref"])
            obj = self.document
            for part in pointer.lstrip("#/").split("/"):
                obj = obj[part.replace("~1", "/").replace("~0", "~")]
        return obj, pointer

    def _parameters(self, raw: list[Any], pointer: str) -> dict[tuple[str, str], tuple[Json, str]]:
        out: dict[tuple[str, str], tuple[Json, str]] = {}
        for index, entry in enumerate(raw):
            param, ppointer = self.resolve(entry, f"{pointer}/{index}")
            out[(param["name"], param["in"])] = (param, f"{ppointer}/schema")
        return out

    def compiled(self, pointer: str) -> Check:
        """The schema at `pointer` (a JSON pointer into the spec), compiled once."""
        check = self._checks.get(pointer)
        if check is None:
            node: Any = self.document
            for part in pointer.lstrip("#/").split("/") if pointer.strip("#/") else ():
                token = part.replace("~1", "/").replace("~0", "~")
                node = node[int(token)] if isinstance(node, list) else node[token]
            schema, _ = self.resolve(node, pointer)
            check = self._checks[pointer] = self._compiler.compile(schema if isinstance(schema, dict) else {})
        return check

    def check(
        self, pointer: str, instance: Any, where: str, write: bool = False, *, inferred: bool = True
    ) -> list[str]:
        """Every problem of `instance` against the schema at `pointer`, as `<where>.<path>: <message>` lines.
        (`write`: the request direction; no spec schema marks properties readOnly/writeOnly, so both read alike.)"""
        found: list[Found] = []
        self.compiled(pointer)(instance, (), found)
        problems = [_message(item) for item in found if inferred or item[0] != "missing_property"]
        out = []
        for path, message in sorted(problems, key=_order):
            location = where + "".join(f"[{p!r}]" if isinstance(p, int) else f".{p}" for p in path)
            out.append(f"{location}: {message}")
        return out

    def match(self, method: str, path: str) -> tuple[SpecOperation | None, dict[str, str], bool]:
        """(operation, path params, path known) for a path relative to the API root."""
        candidates = [path]
        if self.server_path and not path.startswith(self.server_path):
            candidates.append(self.server_path + path)
        path_known = False
        for candidate in candidates:
            for op in self.operations:
                found = op.regex.match(candidate)
                if found is None:
                    continue
                path_known = True
                if op.method == method:
                    names = re.findall(r"\{([^}/]+)\}", op.template)
                    return op, dict(zip(names, found.groups(), strict=True)), True
        return None, {}, path_known

    def validate(
        self,
        method: str,
        path: str,
        query: str,
        headers: dict[str, str],
        body: bytes,
        content_type: str,
        *,
        inferred: bool = True,
    ) -> Outcome:
        op, path_params, path_known = self.match(method, path)
        if op is None:
            status = 405 if path_known else 404
            return Outcome(None, [f"{method} {path} is not an operation of the {self.api} spec"], status)
        outcome = Outcome(op.operation_id)
        query_pairs = parse_qsl(query, keep_blank_values=True)
        lowered = {k.lower(): v for k, v in headers.items()}
        for param, schema_pointer in op.parameters:
            name, where = param["name"], param["in"]
            schema, _ = self.resolve(param.get("schema", {}), schema_pointer)
            if where == "path":
                raw: list[str] = [path_params[name]] if name in path_params else []
            elif where == "query":
                raw = [v for k, v in query_pairs if k == name]
            elif where == "header":
                raw = [lowered[name.lower()]] if name.lower() in lowered else []
            else:
                continue
            if not raw:
                if param.get("required"):
                    outcome.errors.append(f"{where} parameter {name!r} is required")
                continue
            if schema.get("type") == "array":
                items, _ = self.resolve(schema.get("items", {}), f"{schema_pointer}/items")
                values = [v for r in raw for v in (r.split(",") if len(raw) == 1 else [r])]
                value: Any = [coerce(v, items) for v in values]
            else:
                value = coerce(raw[0], schema)
            if "schema" in param:
                outcome.errors += self.check(schema_pointer, value, f"{where}.{name}")
        self._check_body(op, body, content_type, outcome, inferred=inferred)
        outcome.status = self.error_status(op, outcome.status)
        return outcome

    def check_response(self, method: str, path: str, status: int, body: bytes) -> list[str]:
        """Problems of a sandbox response against the spec (keeps the sandbox honest; used by tests)."""
        op, _, _ = self.match(method, path)
        if op is None:
            return []
        operation, _ = self.resolve({"$ref": op.pointer}, op.pointer)
        responses = operation.get("responses", {})
        key = str(status) if str(status) in responses else ("default" if "default" in responses else None)
        if key is None:
            return [f"status {status} is not declared for {op.operation_id}"]
        response, pointer = self.resolve(responses[key], f"{op.pointer}/responses/{key}")
        media = response.get("content", {}).get("application/json")
        if media is None or "schema" not in media or not body:
            return []
        try:
            instance = json.loads(body)
        except ValueError:
            return ["response body is not JSON"]
        return self.check(f"{pointer}/content/application~1json/schema", instance, "response")

    def _check_body(
        self, op: SpecOperation, body: bytes, content_type: str, outcome: Outcome, *, inferred: bool = True
    ) -> None:
        operation, _ = self.resolve({"$ref": op.pointer}, op.pointer)
        raw_body = operation.get("requestBody")
        if raw_body is None:
            return
        request_body, body_pointer = self.resolve(raw_body, f"{op.pointer}/requestBody")
        if not body:
            if request_body.get("required"):
                outcome.errors.append("request body is required")
            return
        media = content_type.split(";")[0].strip().lower()
        content = request_body.get("content", {})
        chosen = next((m for m in content if m.lower() == media), None)
        if chosen is None and media.endswith("json"):
            chosen = next((m for m in content if m.lower().endswith("json")), None)
        if chosen is None:
            chosen = next((m for m in content if m in ("*/*", media.split("/")[0] + "/*")), None)
        if chosen is None:
            outcome.errors.append(f"content type {media or '(none)'!r} not accepted (expected {', '.join(content)})")
            return
        schema_pointer = f"{body_pointer}/content/{escape_pointer(chosen)}/schema"
        schema, _ = self.resolve(content[chosen].get("schema", {}), schema_pointer)
        if chosen.endswith("x-www-form-urlencoded"):
            props = schema.get("properties", {})
            instance: Any = {
                k: coerce(v, self.resolve(props.get(k, {}), "")[0])
                for k, v in parse_qsl(body.decode(errors="replace"), keep_blank_values=True)  # `token=` is sent
            }
        elif "json" in chosen:
            try:
                instance = json.loads(body)
            except ValueError as exc:
                outcome.errors.append(f"body is not valid JSON: {exc}")
                return
        else:
            return
        errors = self.check(schema_pointer, instance, "body", write=True, inferred=inferred)
        if errors:
            outcome.errors += errors
            outcome.status = 422 if "422" in op.statuses else 400


@functools.lru_cache(maxsize=16)
def _load(api: str, path: Path, mtime_ns: int) -> Spec:
    """Parsed specs are immutable, so sandboxes share them (parsing arm.yaml dominates sandbox start-up)."""
    del mtime_ns  # part of the cache key only
    return Spec(api, path)


class SpecValidator:
    """All available specs; APIs whose spec file is missing are not validated."""

    def __init__(self, specs_dir: Path | None, *, inferred: bool = True) -> None:
        self.inferred = inferred
        self.specs: dict[str, Spec] = {}
        if specs_dir is None:
            return
        for api, filename in SPEC_FILES.items():
            path = specs_dir / filename
            if not path.is_file():
                raise RuntimeError(f"Amili sandbox: spec {path} is missing; refusing to run without validation")
            self.specs[api] = _load(api, path, path.stat().st_mtime_ns)

    def validate(
        self, api: str, method: str, path: str, query: str, headers: dict[str, str], body: bytes, content_type: str
    ) -> Outcome | None:
        spec = self.specs.get(api)
        if spec is None:
            return None
        return spec.validate(method, path, query, headers, body, content_type, inferred=self.inferred)

    def qualified(self, operation: str) -> str:
        """The façade's name of ``<api>.<operation>`` (``arm.customers.get_customer``), as SDK errors print it: the
        one name the sandbox's records, fault log, violations and counters carry. A name already qualified, or one
        no spec knows (``sandbox``, ``arm.unknown``), is returned as it is."""
        api, _, op_id = operation.partition(".")
        spec = self.specs.get(api)
        op = spec.find(op_id) if spec is not None else None
        return f"{api}.{op.tag}.{op_id}" if op is not None and op.tag else operation


def short_name(operation: str) -> str:
    """``arm.customers.get_customer`` -> ``arm.get_customer`` (``<api>.<operationId>``): the input alias fault and
    drift rules still accept, and the key of the sandbox's own per-operation tables."""
    api, _, rest = operation.partition(".")
    return f"{api}.{rest.rpartition('.')[2]}" if rest else operation
