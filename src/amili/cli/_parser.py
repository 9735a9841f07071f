"""The argument parser: connection flags, then one command group per module (operations from the API table)."""

from __future__ import annotations

import argparse
from collections.abc import Awaitable, Callable
from typing import Any

from .. import __version__
from ..drift import cli as drift_cli
from . import _cmd_batches, _cmd_customers, _cmd_operations, _cmd_sandbox, _cmd_submit, _cmd_token
from ._connection import Invocation, add_connection_flags
from ._io import add_output_flags

__all__ = ["build_parser"]

Handler = Callable[[Invocation], Awaitable[int]]


def _leaf(parent: Any, name: str, help_text: str, handler: Handler) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = parent.add_parser(name, help=help_text, description=help_text)
    add_connection_flags(p, suppress=True)
    p.set_defaults(handler=handler)
    return p


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="amili",
        description="Command line for Amili's APIs: every operation of every spec, batch submits from files.",
        epilog="Exit codes: 0 done, 1 error, 2 bad usage or input (nothing sent), 3 some items failed.",
    )
    parser.add_argument("--version", action="version", version=f"amili-sdk {__version__}")
    add_connection_flags(parser, suppress=False)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    groups: dict[str, Any] = {}
    _cmd_token.register(sub, _leaf)
    _cmd_operations.register(sub, _leaf, groups)
    _cmd_customers.register(_leaf, groups)
    _cmd_submit.register(_leaf, groups)
    _cmd_batches.register(sub, _leaf)
    _cmd_sandbox.register(sub)
    drift_cli.add_parser(sub, lambda p: add_output_flags(p, suppress=True))  # amili specs drift … (no client)
    return parser
