"""`amili specs drift report FILE` and `amili specs drift patch FILE` (plugged into the `amili` command line)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import IO, Any

from ..errors import AmiliError
from .patch import propose
from .recorder import read_drift_file
from .report import render_report, summary

__all__ = ["add_parser", "run"]


def add_parser(sub: Any) -> None:
    """`specs drift report|patch` under the top-level subparsers; handlers run without a client."""
    specs = sub.add_parser("specs", help="the OpenAPI specs the SDK is built from").add_subparsers(
        dest="specs_command", required=True
    )
    drift = specs.add_parser(
        "drift", help="where live responses departed from the specs (files from spec_drift='record')"
    ).add_subparsers(dest="drift_command", required=True)
    text = "summarise a drift file per operation"
    p = drift.add_parser("report", help=text, description=text)
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true", help="machine-readable summary")
    p.set_defaults(handler=None, local=run)
    text = "propose a patch to specs/*.yaml from a drift file (a unified diff on stdout)"
    p = drift.add_parser("patch", help=text, description=text)
    p.add_argument("file", type=Path)
    p.add_argument("--specs", type=Path, default=Path("specs"), help="folder of the specs (default: ./specs)")
    p.add_argument("--write", action="store_true", help="apply the patch to the files instead of printing it")
    p.set_defaults(handler=None, local=run)


def run(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    """Exit codes: 0 done, 2 unreadable input."""
    path: Path = args.file
    if not path.is_file():
        err.write(f"amili: error: {path}: no such drift file\n")
        return 2
    events = read_drift_file(path)
    if args.drift_command == "report":
        out.write(json.dumps(summary(events), indent=2) + "\n" if args.json else render_report(events))
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
    if args.write:
        for written in patch.write():
            err.write(f"patched {written}\n")
    else:
        out.write(patch.diff(Path.cwd()))
    for event, reason in patch.skipped:
        err.write(f"not patched: {event.operation} {event.kind} {event.path}: {reason}\n")
    err.write(
        f"{len(patch.applied)} change(s) proposed, {len(patch.skipped)} left for review; "
        "after applying: make generate lint-specs check-generated test\n"
    )
    return 0
