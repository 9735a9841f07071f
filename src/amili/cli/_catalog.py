"""The operations the CLI offers, discovered from the API table and the generated namespaces (no hand-made list).

Each API's namespace is built once with an inert context to read its operations' metadata and signatures; calls
go through the real client's namespace at run time.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import typing
import uuid
from collections.abc import Callable
from typing import Any

import attrs

from .._api_table import API_TABLE, ApiInfo
from .._options import ClientOptions
from ..client import ApiContext
from ..operations import Namespace, Operation, OperationMeta

__all__ = ["CliOperation", "Param", "Submitter", "catalog"]


@attrs.frozen
class Param:
    name: str
    """The Python keyword (`organization_id`)."""
    flag: str
    """The command-line flag (`--organization-id`)."""
    convert: Callable[[str], Any]
    required: bool
    path: bool


@attrs.frozen
class Submitter:
    """A batch helper (`submit_batch`, `submit`) of a tag: `amili <api> <tag> submit FILE`."""

    helper: str
    items_field: str
    scope_param: str


@attrs.frozen
class CliOperation:
    api: str
    tag: str
    name: str
    meta: OperationMeta
    params: tuple[Param, ...]
    paginated: bool
    summary: str

    def bound(self, client: Any) -> Operation[Any, Any]:
        return getattr(getattr(getattr(client, self.api), self.tag), self.name)  # type: ignore[no-any-return]


def _converter(hint: Any) -> Callable[[str], Any]:
    """Text → the parameter's type (int, float, bool, UUID; else text), from the generated function's hints."""
    options = typing.get_args(hint) or (hint,)
    for kind in (bool, int, float, uuid.UUID):
        if kind in options:
            if kind is bool:
                return lambda text: text.strip().lower() in ("true", "1", "yes")
            return kind
    return str


def _params(operation: Operation[Any, Any]) -> tuple[Param, ...]:
    build = operation._build
    try:
        hints = typing.get_type_hints(build)
    except Exception:  # an unresolvable annotation: every parameter is text
        hints = {}
    params = []
    for name, parameter in inspect.signature(build).parameters.items():
        if name in ("body", operation.meta.body_param, operation.meta.idempotency_param):
            continue
        params.append(
            Param(
                name=name,
                flag="--" + name.replace("_", "-"),
                convert=_converter(hints.get(name, str)),
                required=parameter.default is inspect.Parameter.empty,
                path=name in operation.meta.path_params,
            )
        )
    return tuple(params)


def _inert_context(info: ApiInfo) -> ApiContext:
    return ApiContext(info.name, None, None, ClientOptions(), None)  # type: ignore[arg-type]


def _namespace(info: ApiInfo) -> Any:
    module = importlib.import_module(f"amili._api.{info.name}")
    return getattr(module, info.namespace)(_inert_context(info))


@functools.cache
def catalog() -> dict[str, dict[str, tuple[list[CliOperation], list[Submitter]]]]:
    """api → tag → (operations, batch submitters), for every API of the table."""
    found: dict[str, dict[str, tuple[list[CliOperation], list[Submitter]]]] = {}
    for info in API_TABLE:
        namespace = _namespace(info)
        tags: dict[str, tuple[list[CliOperation], list[Submitter]]] = {}
        for tag_name, tag in sorted(vars(namespace).items()):
            if not isinstance(tag, Namespace):
                continue
            operations: list[CliOperation] = []
            submitters: list[Submitter] = []
            for value in vars(tag).values():
                if isinstance(value, Operation):
                    meta = value.meta
                    summary = (inspect.getdoc(value) or "").splitlines()[0] if inspect.getdoc(value) else ""
                    operations.append(
                        CliOperation(
                            info.name,
                            tag_name,
                            meta.name,
                            meta,
                            _params(value),
                            meta.pagination is not None,
                            summary or f"{meta.method} {meta.path}",
                        )
                    )
                    batch = meta.batch or {}
                    if batch.get("helper") in ("submit", "submit_batch") and meta.path_params:
                        submitters.append(Submitter(batch["helper"], batch["items"], meta.path_params[0]))
            tags[tag_name] = (sorted(operations, key=lambda o: o.name), submitters)
        found[info.name] = tags
    return found
