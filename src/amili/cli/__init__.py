"""`amili`: the command line for Amili's APIs (argparse, no extra dependencies).

    amili token [--show]
    amili <api> <tag> <operation> [--param VALUE ...] [--data JSON] [--set FIELD=VALUE]   (every operation)
    amili <api> <tag> list|get ...                                                       (short forms)
    amili arm customers create --customer-no N --name NAME
    amili <api> <tag> submit FILE --clientno N | --org ORG [--out outcomes.jsonl] [--journal run.sqlite]
    amili batches wait arm|autocollect BATCH_ID --scope CLIENTNO|ORG
    amili sandbox serve [--port 8080]
    amili specs drift report|patch FILE [--specs DIR] [--write]

Output, every command: `-o/--output table|json|jsonl` (default table on a terminal, json otherwise; `--json` is
`-o json`): json is exactly one document (a list for lists, an object otherwise), jsonl one object per line.
Credentials and environment come from the flags, else from `AMILI_*` as `AmiliClient()` reads them
(`AMILI_CLIENT_ID`, `AMILI_CLIENT_SECRET`, `AMILI_ENVIRONMENT`, `AMILI_BASE_URL` = root of a running
`amili sandbox serve`, `AMILI_<API>_BASE_URL`).
Exit codes: 0 done, 1 error, 2 bad usage or bad input (nothing sent; an unknown environment too), 3 done but some
items failed. Every failure is one line on stderr (`--debug` adds the SDK's request log, and a traceback for
unexpected errors).
"""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Sequence
from typing import IO

import anyio

from ._connection import SANDBOX_PATHS, Invocation, debug_logging, make_client
from ._errors import EXIT_USAGE, InputError, describe_error, report
from ._io import Output, ProgressBar, read_items, reason_of
from ._parser import build_parser

__all__ = [
    "SANDBOX_PATHS",
    "InputError",
    "ProgressBar",
    "build_parser",
    "describe_error",
    "entrypoint",
    "main",
    "read_items",
    "reason_of",
]


def main(argv: Sequence[str] | None = None, *, stdout: IO[str] | None = None, stderr: IO[str] | None = None) -> int:
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse already printed usage
        return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE
    debug = bool(getattr(args, "debug", False))
    try:
        if getattr(args, "serve", False):
            from ._cmd_sandbox import cmd_sandbox_serve

            return cmd_sandbox_serve(args, out)
        if getattr(args, "local", None) is not None:  # commands that need no client (`amili specs drift …`)
            return int(args.local(args, out, err))
        with debug_logging(debug, err):
            return anyio.run(_run, args, out, err)
    except BaseException as raised:
        if isinstance(raised, SystemExit):
            raise
        return report(raised, err, debug=debug)


@functools.cache
def _parser() -> argparse.ArgumentParser:
    """Built once per process (~100 ms for every operation's command): parsing does not change it."""
    return build_parser()


async def _run(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    client = make_client(args)
    async with client:
        code: int = await args.handler(Invocation(args, out, err, client, Output(out, getattr(args, "output", None))))
    return code


def entrypoint() -> None:  # the console script
    sys.exit(main())
