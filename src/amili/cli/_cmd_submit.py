"""`amili <api> <tag> submit FILE`: every batch helper of the table (`submit_batch`, `submit`) as a command."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

import attrs

from .._argtypes import integer, seconds
from ..batches import BatchSubmitter, ItemOutcome, SettlePolicy
from ..errors import RequestValidationError
from ._catalog import Submitter, catalog
from ._cmd_operations import SCOPE_VARIABLES, scope_value
from ._connection import Invocation
from ._errors import EXIT_ITEMS_FAILED, EXIT_OK, InputError
from ._io import ProgressBar, Row, coerce_item, dump, read_items, reason_of

__all__ = ["Invalid", "cmd_submit", "register", "submit_options", "validate_rows"]


@attrs.frozen
class Invalid:
    row: Row
    index: int
    field: str | None
    message: str


def validate_rows(submitter: BatchSubmitter, rows: list[Row]) -> list[Invalid]:
    """Every problem visible before sending: text cells converted to the spec's types, then the façade's own
    validation of an item (`BatchSubmitter.validate`)."""
    invalid = []
    for index, row in enumerate(rows):
        try:
            coerce_item(submitter.meta.body_type, submitter.items_field, row.data)
            submitter.validate(row.data)
        except InputError as exc:
            text = str(exc)
            field = text.split(":", 1)[0].removeprefix("field ") if text.startswith("field ") else None
            invalid.append(Invalid(row, index, field, text.split(": ", 1)[-1]))
        except RequestValidationError as exc:
            invalid.append(Invalid(row, index, exc.field, str(exc)))
    return invalid


def _strip_prefix(message: str) -> str:
    return message.removeprefix("invalid: ")


async def cmd_submit(inv: Invocation, api: str, tag: str, spec: Submitter) -> int:
    args = inv.args
    submitter: BatchSubmitter = getattr(getattr(getattr(inv.client, api), tag), spec.helper)
    scope = scope_value(args, spec.scope_param)
    if scope is None:
        variable = SCOPE_VARIABLES.get(spec.scope_param)
        raise InputError(
            f"--{spec.scope_param.replace('_', '-')} is required" + (f" (or {variable})" if variable else "")
        )
    path = Path(args.file)
    rows = read_items(path, args.format, items_key=spec.items_field)
    if not rows:
        raise InputError(f"{path}: no items")
    invalid = validate_rows(submitter, rows)
    if invalid and not args.skip_invalid:
        first = invalid[0]
        more = f"; {len(invalid) - 1} more invalid item(s)" if len(invalid) > 1 else ""
        field = f" field {first.field}:" if first.field else ""
        raise InputError(
            f"{path}: {first.row.where}:{field} {_strip_prefix(first.message)}{more}; nothing was sent "
            "(fix the file or use --skip-invalid)"
        )
    target = f"{api}.{tag}"
    bad = {i.index for i in invalid}
    positions = [i for i in range(len(rows)) if i not in bad]
    bar = ProgressBar(len(positions), target, stream=inv.err, enabled=args.progress)
    tally = {"succeeded": 0, "failed": 0}
    reasons: dict[str, int] = {}
    path_out = Path(args.out) if args.out else None
    # Opened at the first outcome, after every argument was checked: a refused rerun leaves an earlier file as it was.
    out: IO[str] | None = None
    # Arguments are checked (`RequestValidationError`, exit 2) before anything is recorded or sent.
    run = (
        submitter.submit_many(
            scope,
            [rows[i].data for i in positions],
            chunk_size=args.chunk_size,
            concurrency=args.concurrency,
            journal=args.journal,
            wait_timeout=args.wait_timeout,
            on_progress=bar,
            settle=SettlePolicy(window=args.settle_window),
            resend_on_absence=args.resend_on_absence,
            resolve_only=getattr(args, "resolve_only", False),
        )
        if positions
        else None
    )

    def record(outcome: ItemOutcome, row: Row) -> None:
        nonlocal out
        if outcome.ok:
            tally["succeeded"] += 1
        else:
            tally["failed"] += 1
            reason = reason_of(outcome)
            reasons[reason] = reasons.get(reason, 0) + 1
        if path_out is not None:
            if out is None:
                out = path_out.open("w", encoding="utf-8")
            out.write(dump({"source": row.where, **outcome.to_dict()}) + "\n")

    try:
        for problem in invalid:
            message = f"invalid: {problem.field + ': ' if problem.field else ''}{_strip_prefix(problem.message)}"
            key = problem.row.data.get(submitter.key_field) if submitter.key_field else None
            errors = (problem.field,) if problem.field else ()
            outcome = ItemOutcome(
                problem.index, None if key is None else str(key), False, "INVALID", message=message, errors=errors
            )
            record(outcome, problem.row)
        if run is not None:
            async with run:
                async for outcome in run:
                    position = positions[outcome.index]
                    record(attrs.evolve(outcome, index=position), rows[position])
    finally:
        bar.close()
        if out is not None:
            out.close()
    top = sorted(reasons.items(), key=lambda kv: -kv[1])[:10]
    text = [f"{target}: {len(rows)} item(s): {tally['succeeded']} succeeded, {tally['failed']} failed"]
    text += [f"  {count:>6}  {reason}" for reason, count in top]
    text += [f"outcomes: {path_out}"] if path_out is not None else []
    summary = {
        "target": target,
        "items": len(rows),
        "succeeded": tally["succeeded"],
        "failed": tally["failed"],
        "reasons": [{"count": count, "reason": reason} for reason, count in top],
        "outcomes": None if path_out is None else str(path_out),
    }
    inv.output.summary(summary, text)
    return EXIT_OK if tally["failed"] == 0 else EXIT_ITEMS_FAILED


def submit_options(p: argparse.ArgumentParser) -> None:
    """FILE and the options of `submit` (also `batches resolve`)."""
    p.add_argument("file", help="items as .json (array), .jsonl or .csv (header row; dotted columns nest)")
    p.add_argument("--format", choices=["json", "jsonl", "csv"], help="default: from the file extension")
    p.add_argument("--out", help="write one outcome per input item to this JSONL file")
    p.add_argument("--journal", help="SQLite journal: rerun with the same file to resume after a crash")
    p.add_argument("--chunk-size", type=integer(minimum=1), default=500)
    p.add_argument("--concurrency", type=integer(minimum=1), default=4)
    p.add_argument("--wait-timeout", type=seconds(), default=3600.0, help="seconds to wait for each batch")
    p.add_argument("--skip-invalid", action="store_true", help="send the valid items, report invalid ones")
    p.add_argument(
        "--settle-window",
        type=seconds(strict=False),
        default=SettlePolicy().window,
        help="seconds to keep looking for the items of a submission whose fate is unknown (default 60)",
    )
    p.add_argument(
        "--resend-on-absence",
        action="store_true",
        help="send again what is still not found when the settle window ends (default: report UNKNOWN_FATE)",
    )
    p.add_argument(
        "--progress", action=argparse.BooleanOptionalAction, default=None, help="default: when stderr is a tty"
    )


def register(leaf: Callable[..., argparse.ArgumentParser], groups: dict[str, Any]) -> None:
    for api, tags in catalog().items():
        for tag, (_, submitters) in tags.items():
            for spec in submitters[:1]:
                p = leaf(
                    groups[f"{api}.{tag}"],
                    "submit",
                    f"submit {tag.replace('_', ' ')} from a file through batches",
                    lambda inv, api=api, tag=tag, spec=spec: cmd_submit(inv, api, tag, spec),
                )
                flag = "--" + spec.scope_param.replace("_", "-")
                p.add_argument(flag, dest=spec.scope_param, help=f"({SCOPE_VARIABLES.get(spec.scope_param, '')})")
                if spec.scope_param == "organization_id":
                    p.add_argument("--org", dest=spec.scope_param, help="alias of --organization-id")
                submit_options(p)
