"""argparse types for numeric flags (the `amili` CLI and the sandbox launcher): finite and in range, or argparse's
own usage error naming the flag (exit 2) — before anything is sent or any output file is touched."""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable

__all__ = ["choice", "integer", "seconds"]


def seconds(*, minimum: float = 0.0, strict: bool = True) -> Callable[[str], float]:
    """A finite number of seconds, > `minimum` (or >= with `strict=False`); NaN and ±inf refused."""
    bound = f"> {minimum:g}" if strict else f">= {minimum:g}"

    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"must be a number of seconds {bound}, got {text!r}") from None
        if not math.isfinite(value) or value < minimum or (strict and value == minimum):
            raise argparse.ArgumentTypeError(f"must be a finite number of seconds {bound}, got {text!r}")
        return value

    parse.__name__ = "seconds"
    return parse


def integer(*, minimum: int = 0, maximum: int | None = None) -> Callable[[str], int]:
    """A whole number in `minimum..maximum`."""
    bound = f">= {minimum}" if maximum is None else f"in {minimum}..{maximum}"

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"must be a whole number {bound}, got {text!r}") from None
        if value < minimum or (maximum is not None and value > maximum):
            raise argparse.ArgumentTypeError(f"must be a whole number {bound}, got {text!r}")
        return value

    parse.__name__ = "integer"
    return parse


def choice(options: tuple[str, ...], *, variable: str | None = None) -> Callable[[str], str]:
    """One of `options`, else a usage error with the near miss (`prodution` -> did you mean 'production'?)."""
    from ._validation import closest

    def parse(text: str) -> str:
        if text in options:
            return text
        match = closest(text, options)
        hint = f"did you mean {match!r}? " if match else ""
        source = f" ({variable})" if variable else ""
        raise argparse.ArgumentTypeError(f"unknown value {text!r}{source}: {hint}use {', '.join(options)}")

    parse.__name__ = "choice"
    return parse
