"""`Secret`: a value that never shows itself.

Credentials travel inside a `Secret` until the moment their bytes are written to the socket, so reprs, `vars()`,
logs, exception messages and traceback locals (`pytest --showlocals`, rich tracebacks, Sentry) show `[redacted]`.
"""

from __future__ import annotations

import contextlib
import dis
import functools
import hmac
import inspect
from types import CodeType, FrameType
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
    """Drop the locals of every frame `exc` (and its `__cause__`/`__context__` chain) went through.

    Below the retry engine the credentials headers exist as plain strings and bytes wherever they are written: in
    aiohttp's request objects and header multidicts, in httpcore's request. A failed attempt's traceback keeps those
    frames; cleared, a traceback renderer sees the functions and lines but none of their locals. Only called on
    failure: costs nothing per call.

    Frames still running are left alone: the caller's own (`frame.clear()` refuses them), and a coroutine suspended
    at an `await` (another task's, which caught an exception it handed over; before Python 3.13 clearing its frame
    would close it).
    """
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        current = todo.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        tb = current.__traceback__
        while tb is not None:
            frame = tb.tb_frame
            if not _may_be_suspended(frame):
                with contextlib.suppress(RuntimeError):  # executing
                    frame.clear()
            tb = tb.tb_next
        todo += [current.__cause__, current.__context__]
        if isinstance(current, BaseExceptionGroup):
            todo += current.exceptions


_RESUMABLE = inspect.CO_COROUTINE | inspect.CO_GENERATOR | inspect.CO_ASYNC_GENERATOR | inspect.CO_ITERABLE_COROUTINE


def _may_be_suspended(frame: FrameType) -> bool:
    """A generator or coroutine frame stopped at a `yield` (an `await` suspends there); a finished one stopped
    elsewhere (the instruction an exception left it by)."""
    code = frame.f_code
    if not code.co_flags & _RESUMABLE:
        return False
    lasti = frame.f_lasti
    return lasti < 0 or lasti in _yields(code)


@functools.lru_cache(maxsize=1024)
def _yields(code: CodeType) -> frozenset[int]:
    return frozenset(i.offset for i in dis.get_instructions(code) if i.opname == "YIELD_VALUE")
