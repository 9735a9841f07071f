"""The one parser of store URLs, shared by the state stores and the journal.

| URL | kind |
|---|---|
| `memory://` | this process only |
| `sqlite:///relative/path.db`, `sqlite:////absolute/path.db` | one SQLite file |
| `postgresql://user:password@host:port/db` (or `postgres://`) | PostgreSQL (asyncpg) |

PostgreSQL URLs may carry the SDK's own `connect_timeout` and `command_timeout` (seconds) in their query string
(`postgresql://…/db?connect_timeout=5`); they are taken out before the rest reaches asyncpg. The password never
leaves a `Secret`: `StoreURL.redacted` (and every message naming a store) shows `[redacted]` in its place.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Literal
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

import attrs

from .._secrets import Secret
from ..errors import ConfigurationError

__all__ = [
    "DEFAULT_COMMAND_TIMEOUT",
    "DEFAULT_CONNECT_TIMEOUT",
    "StoreKind",
    "StoreURL",
    "is_store_url",
    "parse_store_url",
    "redact_url",
]

StoreKind = Literal["memory", "sqlite", "postgresql"]

DEFAULT_CONNECT_TIMEOUT = 10.0
"""Seconds to open one PostgreSQL connection (TCP, TLS, authentication) before the store is reported unreachable."""
DEFAULT_COMMAND_TIMEOUT = 30.0
"""Seconds one PostgreSQL statement may take before it fails (a server that accepts and never answers)."""

_SCHEMES: dict[str, StoreKind] = {
    "memory": "memory",
    "sqlite": "sqlite",
    "postgresql": "postgresql",
    "postgres": "postgresql",
}
_EXPECTED = "memory://, sqlite:///path.db or postgresql://user:password@host/db"


@attrs.frozen
class StoreURL:
    """A parsed store URL. `path` is set for SQLite, `dsn` (a `Secret`: it may hold the password) for PostgreSQL."""

    kind: StoreKind
    redacted: str
    path: Path | None = None
    dsn: Secret[str] | None = attrs.field(default=None, repr=False)
    connect_timeout: float = DEFAULT_CONNECT_TIMEOUT
    command_timeout: float = DEFAULT_COMMAND_TIMEOUT


def redact_url(url: str) -> str:
    """The URL without its password (for reprs and errors)."""
    try:
        parts = urlsplit(url)
        password = parts.password
    except ValueError:
        return "[unparseable URL]"
    if password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)[1]
    user = parts.username or ""
    return urlunsplit(parts._replace(netloc=f"{user}:[redacted]@{netloc}"))


def is_store_url(value: str) -> bool:
    """True when `value` starts with a store URL scheme (`memory:`, `sqlite:`, `postgresql:`, `postgres:`)."""
    scheme, sep, _ = value.strip().partition(":")
    return bool(sep) and scheme.lower() in _SCHEMES


def parse_store_url(url: str) -> StoreURL:
    """`url` as a `StoreURL`; `ConfigurationError` (naming the URL without its password) when it is not one."""
    if not isinstance(url, str) or not url.strip():
        raise ConfigurationError(f"a store URL must be a non-empty string ({_EXPECTED})")
    url = url.strip()
    kind = _SCHEMES.get(url.partition(":")[0].lower())
    shown = redact_url(url)
    if kind is None:
        raise ConfigurationError(f"store URL {shown!r}: unknown scheme ({_EXPECTED})")
    if kind == "memory":
        return StoreURL("memory", "memory://")
    try:
        parts = urlsplit(url)
    except ValueError:
        raise ConfigurationError(f"store URL {shown!r}: not a valid URL ({_EXPECTED})") from None
    if kind == "sqlite":
        if parts.netloc not in ("", "localhost") or not parts.path.startswith("/") or len(parts.path) < 2:
            raise ConfigurationError(
                f"store URL {shown!r}: write sqlite:///relative/path.db or sqlite:////absolute/path.db"
            )
        return StoreURL("sqlite", shown, path=Path(unquote(parts.path[1:])))
    query = parse_qsl(parts.query, keep_blank_values=True)
    timeouts = {"connect_timeout": DEFAULT_CONNECT_TIMEOUT, "command_timeout": DEFAULT_COMMAND_TIMEOUT}
    rest = []
    for key, value in query:
        if key in timeouts:
            timeouts[key] = _seconds(shown, key, value)
        else:
            rest.append((key, value))
    dsn = urlunsplit(parts._replace(query=urlencode(rest)))
    return StoreURL(
        "postgresql",
        redact_url(dsn),
        dsn=Secret(dsn),
        connect_timeout=timeouts["connect_timeout"],
        command_timeout=timeouts["command_timeout"],
    )


def _seconds(shown: str, key: str, value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        seconds = math.nan
    if not (math.isfinite(seconds) and seconds > 0):
        raise ConfigurationError(f"store URL {shown!r}: {key} must be a number of seconds > 0, got {value!r}")
    return seconds
