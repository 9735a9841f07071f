"""`amili sandbox serve`: the sandbox's own launcher (`python -m amili.sandbox` is the same)."""

from __future__ import annotations

import argparse
import contextlib
from typing import IO, Any

from ..errors import ConfigurationError

__all__ = ["cmd_sandbox_serve", "register"]


def _launcher() -> Any:
    try:
        from ..sandbox import launcher
    except ImportError:
        raise ConfigurationError("the sandbox needs the extra: pip install 'amili-sdk[sandbox]'") from None
    return launcher


def cmd_sandbox_serve(args: argparse.Namespace, out: IO[str]) -> int:
    return int(_launcher().run(args, out))  # the banner even when piped (a server's log); -o json|jsonl on request


def register(sub: Any) -> None:
    sandbox = sub.add_parser("sandbox", help="the embedded Amili simulator").add_subparsers(
        dest="action", required=True
    )
    p = sandbox.add_parser("serve", help="serve the sandbox on loopback", description="serve the sandbox on loopback")
    p.set_defaults(handler=None, serve=True)
    with contextlib.suppress(ConfigurationError):  # without the extra, `serve` explains itself when run
        _launcher().add_arguments(p)
