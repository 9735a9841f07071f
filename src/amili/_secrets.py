"""`Secret`: a value that never shows itself.

Credentials travel inside a `Secret` until the moment their bytes are written to the socket, so reprs, `vars()`,
logs, exception messages and traceback locals (`pytest --showlocals`, rich tracebacks, Sentry) show `[redacted]`.
"""

from __future__ import annotations

import hmac
import traceback
from typing import Any, AnyStr, Generic, NoReturn

__all__ = ["REDACTED", "Secret", "clear_locals", "reveal"]

from ._logging import REDACTED


class Secret(Generic[AnyStr]):
    """Holds a secret string (or bytes); `.get()` is the only way to read it."""

    __slots__ = ("_value",)
    _value: AnyStr

    def __init__(self, value: AnyStr | Secret[AnyStr]) -> None:
        object.__setattr__(self, "_value", value.get() if isinstance(value, Secret) else value)

    def get(self) -> AnyStr:
        return self._value

    def as_bytes(self) -> bytes:
        value = self._value
        return value if isinstance(value, bytes) else value.encode()

    def __bool__(self) -> bool:
        return bool(self._value)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        return hmac.compare_digest(self.as_bytes(), other.as_bytes())

    def __hash__(self) -> int:
        return hash((Secret, len(self._value)))

    def __repr__(self) -> str:
        return REDACTED

    __str__ = __repr__

    def __setattr__(self, name: str, value: Any) -> NoReturn:
        raise AttributeError("Secret is immutable")

    def __reduce__(self) -> NoReturn:
        raise TypeError("a Secret cannot be pickled")


def reveal(value: str | Secret[str]) -> str:
    return value.get() if isinstance(value, Secret) else value


def clear_locals(exc: BaseException) -> None:
    """Drop the locals of every finished frame `exc` (and its `__cause__`/`__context__` chain) went through.

    Below the retry engine the credentials headers exist as plain strings and bytes wherever they are written: in
    aiohttp's request objects and header multidicts, in httpcore's request. A failed attempt's traceback keeps those
    frames; cleared, a traceback renderer sees the functions and lines but none of their locals. Frames still running
    (the caller's own) are left alone (`frame.clear()` refuses them). Only called on failure: costs nothing per call.
    """
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        current = todo.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        traceback.clear_frames(current.__traceback__)
        todo += [current.__cause__, current.__context__]
        if isinstance(current, BaseExceptionGroup):
            todo += current.exceptions
