"""Connection flags → `AmiliClient`: flags win, then the client's own `AMILI_*` reading, then its defaults."""

from __future__ import annotations

import argparse
import contextlib
import logging
from collections.abc import Iterator
from typing import IO, Any

import attrs

from .._api_table import API_TABLE
from .._argtypes import choice, integer, seconds
from .._logging import logger
from .._options import env_value
from ..client import AmiliClient
from ..environments import ENVIRONMENTS
from ..errors import ConfigurationError
from ._errors import InputError
from ._io import Output, add_output_flags

__all__ = ["SANDBOX_PATHS", "Invocation", "add_connection_flags", "debug_logging", "make_client"]

SANDBOX_PATHS = {info.name: info.default_server.sandbox_prefix for info in API_TABLE}
"""Path of each API under the root of an Amili-compatible server (`amili sandbox serve`), for `--base-url`."""


def add_connection_flags(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """Accepted before and after the subcommand (`amili -e sandbox token`, `amili token -e …`)."""
    default: Any = argparse.SUPPRESS if suppress else None
    group = parser.add_argument_group("connection")
    group.add_argument(
        "-e",
        "--environment",
        type=choice(ENVIRONMENTS),
        default=default,
        help="production | staging | sandbox (AMILI_ENVIRONMENT)",
    )
    group.add_argument("--client-id", default=default, help="(AMILI_CLIENT_ID)")
    group.add_argument("--client-secret", default=default, help="(AMILI_CLIENT_SECRET; prefer the variable)")
    group.add_argument("--oauth-scope", default=default, help="OAuth scope to request with the token")
    group.add_argument("--base-url", default=default, help="root of a running `amili sandbox serve` (AMILI_BASE_URL)")
    group.add_argument("--timeout", type=seconds(), default=default, help="seconds per request")
    group.add_argument("--max-retries", type=integer(minimum=0), default=default)
    add_output_flags(group, suppress=suppress)
    group.add_argument(
        "--debug",
        action="store_true",
        default=default if suppress else False,
        help="log every attempt with its (redacted) headers to stderr",
    )


def make_client(args: argparse.Namespace) -> AmiliClient:
    """The client the flags describe; whatever they leave out, `AmiliClient` reads from `AMILI_*` itself.

    A misspelled `AMILI_ENVIRONMENT` is bad usage like a misspelled `--environment` (exit 2, nothing sent)."""
    if args.environment is None and (variable := env_value("AMILI_ENVIRONMENT")) is not None:
        try:
            choice(ENVIRONMENTS, variable="AMILI_ENVIRONMENT")(variable)
        except argparse.ArgumentTypeError as exc:
            raise InputError(str(exc)) from None
    client = AmiliClient(
        args.client_id,
        args.client_secret,
        environment=args.environment,
        base_url=args.base_url,
        scope=args.oauth_scope,
        timeout=args.timeout,
        max_retries=args.max_retries,
    )
    options = client.options
    if (
        client.simulator is None
        and options.token_provider is None
        and not (options.client_id and options.client_secret)
    ):
        raise ConfigurationError(
            "no credentials: set AMILI_CLIENT_ID and AMILI_CLIENT_SECRET (or --client-id/--client-secret), "
            "or use --environment sandbox"
        )
    return client


@contextlib.contextmanager
def debug_logging(enabled: bool, stream: IO[str]) -> Iterator[None]:
    """`--debug`: the SDK's own logger at DEBUG, to `stream` — the one place attempts are logged."""
    if not enabled:
        yield
        return
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("amili: %(levelname)s %(message)s"))
    previous = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous)


@attrs.define
class Invocation:
    """One run of a command: its arguments, streams, client and output format."""

    args: argparse.Namespace
    out: IO[str]
    err: IO[str]
    client: AmiliClient
    output: Output

    def print(self, text: str = "") -> None:
        self.out.write(text + "\n")
