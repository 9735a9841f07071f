"""`Secret`: a value that never shows itself.

Credentials travel inside a `Secret` until the moment their bytes are written to the socket, so reprs, `vars()`,
logs, exception messages and traceback locals (`pytest --showlocals`, rich tracebacks, Sentry) show `[redacted]`.
"""

from __future__ import annotations

import hmac
from typing import Any, AnyStr, Generic, NoReturn

__all__ = ["REDACTED", "Secret", "reveal"]

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
