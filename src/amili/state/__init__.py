"""State that must outlive one process, behind small protocols, configured by one URL.

| URL | backend | for |
|---|---|---|
| `memory://` | this process only | tests, scripts, one worker |
| `sqlite:///path/state.db` | one SQLite file (WAL) | every worker process on one machine (`uvicorn --workers N`) |
| `postgresql://user:pw@host/db` | PostgreSQL via asyncpg (`amili-sdk[postgres]`) | replicas on many machines |

`AmiliClient(state=URL)` (or `AMILI_STATE_URL`) shares the token cache and batch-completion signals; the webhook
receiver takes the same URL for its de-dup store. See docs/scale.md.
"""

from __future__ import annotations

import os
from urllib.parse import unquote, urlsplit

from ..errors import ConfigurationError
from .memory import MemoryCompletionSignals, MemoryDedupStore, MemoryState, MemoryTokenCache
from .protocols import Claim, CompletionSignals, DedupStore, StateStore, TokenCache

__all__ = [
    "STATE_URL_ENV",
    "Claim",
    "CompletionSignals",
    "DedupStore",
    "MemoryCompletionSignals",
    "MemoryDedupStore",
    "MemoryState",
    "MemoryTokenCache",
    "StateStore",
    "TokenCache",
    "open_state",
    "resolve_state",
]

STATE_URL_ENV = "AMILI_STATE_URL"


def open_state(url: str) -> StateStore:
    """The stores named by `url` (nothing is connected or created until first use)."""
    if not isinstance(url, str) or not url.strip():
        raise ConfigurationError("state URL must be a non-empty string (memory://, sqlite:///…, postgresql://…)")
    url = url.strip()
    scheme = url.split(":", 1)[0].lower()
    if scheme == "memory":
        return MemoryState()
    if scheme == "sqlite":
        from .sqlite import SqliteState

        parts = urlsplit(url)
        if parts.netloc not in ("", "localhost") or not parts.path.startswith("/") or len(parts.path) < 2:
            raise ConfigurationError("state URL: write sqlite:///relative/path.db or sqlite:////absolute/path.db")
        return SqliteState(unquote(parts.path[1:]))
    if scheme in ("postgresql", "postgres"):
        from .postgres import PostgresState

        return PostgresState(url)
    from .postgres import redact_url

    raise ConfigurationError(f"state URL {redact_url(url)!r}: unknown scheme (memory://, sqlite:///…, postgresql://…)")


def resolve_state(state: str | StateStore | None) -> StateStore | None:
    """`state=` as given to the SDK: a URL, a store, or None (then `AMILI_STATE_URL`, else no shared state)."""
    if state is None:
        env = os.environ.get(STATE_URL_ENV, "").strip()
        return open_state(env) if env else None
    if isinstance(state, str):
        return open_state(state)
    if isinstance(state, StateStore):
        return state
    raise ConfigurationError("state must be a URL string or a StateStore (amili.state.open_state(url))")
