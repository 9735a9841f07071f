"""`amili specs drift report FILE` and `amili specs drift patch FILE` (plugged into the `amili` command line)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from ..errors import AmiliError
from .patch import propose
from .recorder import read_drift_file
from .report import render_report, summary

__all__ = ["add_parser", "run"]


def add_parser(sub: Any, output_flags: Callable[[argparse.ArgumentParser], None] | None = None) -> None:
    """`specs drift report|patch` under the top-level subparsers; handlers run without a client. `output_flags`
    adds the command line's `-o/--output`, `--json` to each command (`args.output`: table | json | jsonl)."""
    specs = sub.add_parser("specs", help="the OpenAPI specs the SDK is built from").add_subparsers(
        dest="specs_command", required=True
    )
    drift = specs.add_parser(
        "drift", help="where live responses departed from the specs (files from spec_drift='record')"
    ).add_subparsers(dest="drift_command", required=True)
    text = "summarise a drift file per operation"
    p = drift.add_parser("report", help=text, description=text)
    p.add_argument("file", type=Path)
    p.set_defaults(handler=None, local=run, output_default=None)
    if output_flags is not None:
        output_flags(p)
    text = "propose a patch to specs/*.yaml from a drift file (a unified diff on stdout)"
    p = drift.add_parser("patch", help=text, description=text)
    p.add_argument("file", type=Path)
    p.add_argument("--specs", type=Path, default=Path("specs"), help="folder of the specs (default: ./specs)")
    p.add_argument("--write", action="store_true", help="apply the patch to the files instead of printing it")
    p.set_defaults(handler=None, local=run, output_default="table")  # a diff for `git apply`, even when piped
    if output_flags is not None:
        output_flags(p)


def _format(args: argparse.Namespace, out: IO[str]) -> str:
    """`--output` given, else the command's default, else table on a terminal and json otherwise."""
    chosen = getattr(args, "output", None) or getattr(args, "output_default", None)
    return str(chosen or ("table" if getattr(out, "isatty", lambda: False)() else "json"))


def run(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    """Exit codes: 0 done, 2 unreadable input. `report`: a table, or the summary as one JSON document (jsonl: one
    operation per line); `patch`: the unified diff, or {diff, applied, skipped} as one JSON object."""
    path: Path = args.file
    if not path.is_file():
        err.write(f"amili: error: {path}: no such drift file\n")
        return 2
    events = read_drift_file(path)
    fmt = _format(args, out)
    if args.drift_command == "report":
        if fmt == "table":
            out.write(render_report(events))
        elif fmt == "jsonl":
            for operation, info in summary(events)["operations"].items():
                out.write(json.dumps({"operation": operation, **info}) + "\n")
        else:
            out.write(json.dumps(summary(events), indent=2) + "\n")
        return 0
    specs: Path = args.specs
    if not specs.is_dir():
        err.write(f"amili: error: {specs}: no such specs folder (pass --specs DIR)\n")
        return 2
    try:
        patch = propose(events, specs)
    except AmiliError as exc:
        err.write(f"amili: error: {exc}\n")
        return 1
    written = [str(p) for p in patch.write()] if args.write else []
    for name in written:
        err.write(f"patched {name}\n")
    diff = "" if args.write else patch.diff(Path.cwd())
    if fmt == "table":
        out.write(diff)
    else:
        result = {
            "diff": diff,
            "written": written,
            "applied": list(patch.applied),
            "skipped": [{**_change(event), "reason": reason} for event, reason in patch.skipped],
        }
        out.write(json.dumps(result, indent=2 if fmt == "json" else None) + "\n")
    for event, reason in patch.skipped:
        err.write(f"not patched: {event.operation} {event.kind} {event.path}: {reason}\n")
    err.write(
        f"{len(patch.applied)} change(s) proposed, {len(patch.skipped)} left for review; "
        "after applying: make generate lint-specs check-generated test\n"
    )
    return 0


def _change(event: Any) -> dict[str, Any]:
    return {"operation": event.operation, "kind": event.kind, "path": event.path}
