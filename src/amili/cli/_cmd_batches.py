"""`amili batches wait API BATCH_ID --scope …`: wait for a batch submitted elsewhere and show its outcome.
`amili batches resolve API TAG FILE --journal J …`: settle the UNKNOWN_FATE items of a journalled submit run."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from .._argtypes import seconds
from .._models import field as _attr
from .._options import env_value
from ..batches import BatchHandle, BatchResult, BatchState, ItemOutcome
from ._catalog import catalog
from ._cmd_operations import SCOPE_VARIABLES
from ._connection import Invocation
from ._errors import EXIT_ITEMS_FAILED, EXIT_OK, InputError
from ._io import dump

__all__ = ["register"]


def _batch_apis() -> list[str]:
    """APIs with asynchronous batch writes (an `x-amili-batch` operation in their spec)."""
    return [api for api, tags in catalog().items() if any(op.meta.batch for ops, _ in tags.values() for op in ops)]


async def cmd_batches_wait(inv: Invocation) -> int:
    args = inv.args
    client = inv.client
    variable = "AMILI_CLIENTNO" if args.api == "arm" else "AMILI_ORGANIZATION_ID"
    scope = args.scope or args.clientno or args.org or env_value(variable)
    if not scope:
        raise InputError(f"--scope is required ({'the clientno' if args.api == 'arm' else 'the organization id'})")
    item_count = 0
    if args.api == "arm":
        try:
            clientno = int(scope)
        except ValueError:
            raise InputError(f"--scope must be the ARM clientno (a number), got {scope!r}") from None
        first = await client.arm.batches.get_batch.raw(clientno=clientno, batchuuid=args.batch_id)
        count = _attr(first.parsed, "item_count", "itemCount")
        item_count = int(count) if isinstance(count, int) else 0
    handle = client.batches.handle(
        BatchHandle(
            api=args.api,
            operation="cli",
            scope=str(scope),
            batch_id=args.batch_id,
            idempotency_key=None,
            item_count=item_count,
        )
    )
    result = await handle.wait(timeout=args.wait_timeout)
    return _print_batch(inv, result)


def _print_batch(inv: Invocation, result: BatchResult) -> int:
    outcomes = list(result.outcomes)
    if not outcomes and result.handle.api == "autocollect":
        data = _attr(result.raw, "data")
        ok = _attr(data, "succeeded") or []
        bad = _attr(data, "failed") or []
        outcomes = [ItemOutcome(i, None, True, "SUCCESS") for i in range(len(ok))]
        for entry in bad:
            index = _attr(entry, "index")
            message = _attr(entry, "message")
            outcomes.append(ItemOutcome(index if isinstance(index, int) else -1, None, False, "FAILED", message))
    n_ok = sum(1 for o in outcomes if o.ok)
    failures = [o for o in outcomes if not o.ok]
    text = [f"batch {result.handle.batch_id}: {result.state} ({n_ok} succeeded, {len(outcomes) - n_ok} failed)"]
    for outcome in failures:
        key = f" {outcome.key}" if outcome.key else ""
        text.append(f"  item {outcome.index}{key}: {outcome.message or outcome.status}")
    summary = {
        "batchId": result.handle.batch_id,
        "state": str(result.state),
        "succeeded": n_ok,
        "failed": len(failures),
        "failures": [o.to_dict() for o in failures],
    }
    inv.output.summary(summary, text)
    if inv.args.out:
        with Path(inv.args.out).open("w", encoding="utf-8") as fh:
            for outcome in outcomes:
                fh.write(dump(outcome.to_dict()) + "\n")
    return EXIT_OK if result.state is BatchState.SUCCESS else EXIT_ITEMS_FAILED


def register(sub: Any, leaf: Callable[..., Any]) -> None:
    batches = sub.add_parser("batches", help="asynchronous batches").add_subparsers(dest="action", required=True)
    _register_resolve(batches, leaf)
    p = leaf(batches, "wait", "wait for a batch and show its outcome", cmd_batches_wait)
    p.add_argument("api", choices=_batch_apis())
    p.add_argument("batch_id")
    p.add_argument("--scope", help="ARM clientno or AutoCollect organization id")
    p.add_argument("--clientno", help="alias of --scope for arm")
    p.add_argument("--org", help="alias of --scope for autocollect")
    p.add_argument("--wait-timeout", type=seconds(), default=600.0, help="seconds to wait (default 600)")
    p.add_argument("--out", help="write the item outcomes to this JSONL file")


def _submit_tags() -> dict[str, dict[str, Any]]:
    """Every `submit` command's (api, tag) → its batch helper."""
    return {api: {tag: subs[0] for tag, (_, subs) in tags.items() if subs} for api, tags in catalog().items()}


async def cmd_batches_resolve(inv: Invocation) -> int:
    from ._cmd_submit import cmd_submit

    args = inv.args
    spec = _submit_tags().get(args.api, {}).get(args.tag)
    if spec is None:
        raise InputError(f"{args.api} {args.tag}: no batch submit for this tag")
    if not args.journal:
        raise InputError("--journal is required: resolve settles the run that journal holds")
    args.resolve_only = True
    return await cmd_submit(inv, args.api, args.tag, spec)


def _register_resolve(batches: Any, leaf: Callable[..., Any]) -> None:
    from ._cmd_submit import submit_options

    p = leaf(
        batches,
        "resolve",
        "settle the UNKNOWN_FATE items of a journalled submit run: the same file and journal again, starting no "
        "chunk the journal never began",
        cmd_batches_resolve,
    )
    tags = _submit_tags()
    p.add_argument("api", choices=sorted(tags))
    p.add_argument("tag", help="the tag of the submit command (documents, invoices, payments, …)")
    for scope_param in sorted({spec.scope_param for by_tag in tags.values() for spec in by_tag.values()}):
        flags = ["--" + scope_param.replace("_", "-")] + (["--org"] if scope_param == "organization_id" else [])
        p.add_argument(*flags, dest=scope_param, help=f"({SCOPE_VARIABLES.get(scope_param, '')})")
    submit_options(p)
