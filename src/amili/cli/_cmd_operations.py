"""`amili <api> <tag> <operation>`: one command per operation of every API, from the generated table.

Path and query parameters are flags (`--clientno 7`), the body is `--data JSON|@file` plus `--set FIELD=VALUE`,
list operations follow every page (`--limit N` stops early). Each tag also gets the short forms `list` and `get`
(its one `list_*` / `get_*` operation; `get` takes the last path parameter positionally).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from .._argtypes import integer
from .._options import env_value
from ._catalog import CliOperation, catalog
from ._connection import Invocation
from ._errors import EXIT_OK, InputError
from ._io import body_from_flags, coerce_cells

__all__ = ["SCOPE_VARIABLES", "register"]

SCOPE_VARIABLES = {"clientno": "AMILI_CLIENTNO", "organization_id": "AMILI_ORGANIZATION_ID"}
"""Scope parameters that may come from the environment instead of a flag."""


def scope_value(args: argparse.Namespace, name: str) -> str | None:
    value = getattr(args, name, None)
    if value is None and name in SCOPE_VARIABLES:
        value = env_value(SCOPE_VARIABLES[name])
    return value


def _kwargs(inv: Invocation, op: CliOperation) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    for param in op.params:
        raw = scope_value(inv.args, param.name)
        if raw is None:
            if param.required:
                variable = f" (or {SCOPE_VARIABLES[param.name]})" if param.name in SCOPE_VARIABLES else ""
                raise InputError(f"{param.flag} is required{variable}")
            continue
        try:
            kwargs[param.name] = param.convert(raw)
        except ValueError:
            kind = getattr(param.convert, "__name__", "value")
            raise InputError(f"{param.flag}: expected {kind}, got {raw!r}") from None
    if op.meta.body_param:
        body = body_from_flags(getattr(inv.args, "data", None), getattr(inv.args, "set", None))
        if body:
            coerce_cells(op.meta.body_type, body)
            kwargs[op.meta.body_param] = body
    return kwargs


async def run_operation(inv: Invocation, op: CliOperation) -> int:
    kwargs = _kwargs(inv, op)
    bound: Any = op.bound(inv.client)
    limit = getattr(inv.args, "limit", None)
    if op.paginated:
        items: list[Any] = []
        async for item in bound.iter(**kwargs):
            if limit is not None and len(items) >= limit:
                break
            items.append(item)
        inv.output.many(items)
        return EXIT_OK
    result = await bound(**kwargs)
    if isinstance(result, list):
        inv.output.many(result[:limit] if limit is not None else result)
    elif result is not None:
        inv.output.one(result)
    else:
        inv.output.nothing()
    return EXIT_OK


def add_operation(parent: Any, leaf: Callable[..., argparse.ArgumentParser], op: CliOperation, name: str) -> None:
    p = leaf(parent, name, op.summary, lambda inv: run_operation(inv, op))
    for param in op.params:
        scope = f" ({SCOPE_VARIABLES[param.name]})" if param.name in SCOPE_VARIABLES else ""
        required = " (required)" if param.required and not scope else ""
        p.add_argument(param.flag, dest=param.name, help=f"{'path' if param.path else 'query'}{required}{scope}")
    if op.meta.body_param:
        p.add_argument("--data", help="request body as JSON, or @file.json")
        p.add_argument("--set", action="append", metavar="FIELD=VALUE", help="a body field (dotted names nest)")
    p.add_argument("--limit", type=integer(minimum=0), help="at most this many items")


def add_short_forms(
    parent: Any, leaf: Callable[..., argparse.ArgumentParser], tag: str, ops: list[CliOperation]
) -> set[str]:
    """`list` / `get` for a tag's one `list_*` / `get_*` operation (or the one named after the tag)."""
    added = set()
    for short in ("list", "get"):
        matches = [op for op in ops if op.name.startswith(short + "_")]
        if len(matches) > 1:  # `list_invoices` over `list_invoice_payments` in tag `invoices`
            exact = {f"{short}_{tag}", f"{short}_{tag.removesuffix('s')}"}
            matches = [op for op in matches if op.name in exact]
        if len(matches) != 1:
            continue
        op = matches[0]
        if short == "get" and op.meta.path_params:
            last = op.meta.path_params[-1]
            p = leaf(parent, short, op.summary, lambda inv, op=op: run_operation(inv, op))
            p.add_argument(last, metavar=last.upper())
            for param in op.params:
                if param.name != last:
                    p.add_argument(param.flag, dest=param.name)
        else:
            add_operation(parent, leaf, op, short)
        added.add(short)
    return added


def register(sub: Any, leaf: Callable[..., argparse.ArgumentParser], groups: dict[str, Any]) -> None:
    """Every API and tag as nested commands; `groups[(api, tag)]` keeps the tag parsers for the submit commands."""
    for api, tags in catalog().items():
        api_parser = sub.add_parser(api, help=f"{api} API").add_subparsers(dest="group", required=True)
        for tag, (ops, _) in tags.items():
            tag_parser = api_parser.add_parser(tag, help=tag.replace("_", " ")).add_subparsers(
                dest="action", required=True, metavar="ACTION"
            )
            groups[f"{api}.{tag}"] = tag_parser
            add_short_forms(tag_parser, leaf, tag, ops)
            for op in ops:
                add_operation(tag_parser, leaf, op, op.name)
