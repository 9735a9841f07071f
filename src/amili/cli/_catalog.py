"""The operations the CLI offers, read from the API table and each API's generated operation table (no hand-made
list, no namespace built to find them); calls go through the real client's namespace at run time.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import uuid
from collections.abc import Callable
from typing import Any

import attrs

from .._api_table import API_TABLE
from ..operations import Operation, OperationMeta

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


_CONVERTERS: dict[str, Callable[[str], Any]] = {
    "integer": int,
    "number": float,
    "boolean": lambda text: text.strip().lower() in ("true", "1", "yes"),
    "uuid": uuid.UUID,
}


def _params(meta: OperationMeta) -> tuple[Param, ...]:
    """Path, query and header parameters from the operation table; text is converted by the spec type of the
    parameter (integer, number, boolean, uuid; the rest stays text and the façade checks it)."""
    types = meta.param_types or {}
    names = [*meta.path_params, *(name for name, _ in meta.query), *(name for name, _ in meta.headers)]
    params = []
    for name in names:
        if name == meta.idempotency_param:
            continue
        kind = types.get(name)
        params.append(
            Param(
                name=name,
                flag="--" + name.replace("_", "-"),
                convert=_CONVERTERS.get(kind, str) if isinstance(kind, str) else str,
                required=name in meta.required,
                path=name in meta.path_params,
            )
        )
    return tuple(params)


@functools.cache
def catalog() -> dict[str, dict[str, tuple[list[CliOperation], list[Submitter]]]]:
    """api → tag → (operations, batch submitters), for every API of the table."""
    found: dict[str, dict[str, tuple[list[CliOperation], list[Submitter]]]] = {}
    for info in API_TABLE:
        table: dict[str, OperationMeta] = importlib.import_module(f"amili._api.{info.name}").OPERATIONS
        tags: dict[str, tuple[list[CliOperation], list[Submitter]]] = {}
        for meta in table.values():
            operations, submitters = tags.setdefault(meta.tag, ([], []))
            doc = inspect.getdoc(meta.signature) or ""
            summary = doc.splitlines()[0] if doc else ""
            operations.append(
                CliOperation(
                    info.name,
                    meta.tag,
                    meta.name,
                    meta,
                    _params(meta),
                    meta.pagination is not None,
                    summary or f"{meta.method} {meta.path}",
                )
            )
            batch = meta.batch or {}
            if batch.get("helper") in ("submit", "submit_batch") and meta.path_params:
                submitters.append(Submitter(batch["helper"], batch["items"], meta.path_params[0]))
        found[info.name] = {tag: (sorted(ops, key=lambda o: o.name), subs) for tag, (ops, subs) in sorted(tags.items())}
    return found
