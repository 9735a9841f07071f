"""Exit codes and the one-line error report: every failure becomes one line on stderr, never a traceback."""

from __future__ import annotations

import traceback
from typing import IO

from ..errors import AmiliError, APIConnectionError, APIStatusError, RequestValidationError, ResponseValidationError

__all__ = ["EXIT_ERROR", "EXIT_ITEMS_FAILED", "EXIT_OK", "EXIT_USAGE", "InputError", "describe_error", "report"]

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_ITEMS_FAILED = 0, 1, 2, 3


class InputError(AmiliError):
    """A bad input file or argument: reported on one line, exit code 2, nothing sent."""


def one_line(text: object) -> str:
    return " ".join(str(text).split())


def leaf_error(exc: BaseException) -> BaseException:
    """The one interesting exception inside (nested) exception groups from task groups."""
    while isinstance(exc, BaseExceptionGroup) and exc.exceptions:
        exc = exc.exceptions[0]
    return exc


def describe_error(exc: BaseException) -> str:
    """operation, status, request id, server message: one line, no secrets (the SDK never puts them in errors)."""
    if isinstance(exc, APIStatusError):
        parts = [exc.operation or "request", f"HTTP {exc.status_code}"]
        message = exc.server_message
        fields = exc.field_errors
        if fields:
            detail = "; ".join(f"{f.field}: {f.message}" if f.field else f.message for f in fields[:3])
            message = f"{message} ({detail})" if message else detail
        parts.append(f"request id {exc.request_id or '-'}")
        if message:
            parts.append(message)
        return one_line(" — ".join(parts))
    if isinstance(exc, ResponseValidationError):
        return one_line(f"{exc} (HTTP {exc.status_code}, request id {exc.request_id or '-'})")
    if isinstance(exc, APIConnectionError):
        return one_line(str(exc))
    return one_line(str(exc) or type(exc).__name__)


def report(raised: BaseException, err: IO[str], *, debug: bool = False) -> int:
    """Write one line for any failure and return its exit code (2: bad input, nothing sent; 1: anything else)."""
    error = leaf_error(raised)
    if isinstance(error, KeyboardInterrupt):
        err.write("amili: interrupted\n")
        return 130
    if isinstance(error, InputError | RequestValidationError):
        err.write(f"amili: error: {one_line(error)}\n")
        return EXIT_USAGE
    if isinstance(error, AmiliError):
        err.write(f"amili: error: {describe_error(error)}\n")
        return EXIT_ERROR
    if isinstance(error, OSError):
        name = f" {error.filename}" if error.filename else ""
        err.write(f"amili: error:{name} {one_line(error.strerror or error)}\n")
        return EXIT_ERROR
    # A bug or an unforeseen failure: still one line; --debug adds the traceback for a bug report.
    err.write(f"amili: error: unexpected {type(error).__name__}: {one_line(error)[:300]}\n")
    if debug:
        err.write("".join(traceback.format_exception(error)))
    return EXIT_ERROR
