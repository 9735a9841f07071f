"""State that must outlive one process, behind small protocols, configured by one URL: one store family.

| URL | backend | for |
|---|---|---|
| `memory://` | this process only | tests, scripts, one worker |
| `sqlite:///path/state.db` | one SQLite file (WAL) | every worker process on one machine (`uvicorn --workers N`) |
| `postgresql://user:pw@host/db` | PostgreSQL via asyncpg (`amili-sdk[postgres]`) | replicas on many machines |

One URL (`AmiliClient(state=URL)` or `AMILI_STATE_URL`) configures every store of the family: the token cache, the
batch-completion signals, the webhook receiver's de-dup store and the default bulk journal of
`submit_many(run_name=…)`. `amili.state.url.parse_store_url` is the one parser (the journal's `journal="…"` uses
it too). See docs/scale.md.
"""

from __future__ import annotations

from ..errors import ConfigurationError, StateStoreError
from .memory import MemoryCompletionSignals, MemoryDedupStore, MemoryState, MemoryTokenCache
from .protocols import Claim, CompletionSignals, DedupStore, StateStore, StoreFamily, TokenCache
from .url import StoreURL, parse_store_url, redact_url

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
    "StateStoreError",
    "StoreFamily",
    "StoreURL",
    "TokenCache",
    "open_state",
    "parse_store_url",
    "redact_url",
    "resolve_state",
]

STATE_URL_ENV = "AMILI_STATE_URL"


def open_state(url: str | StoreURL) -> StoreFamily:
    """The stores named by `url` (nothing is connected or created until `open()` or first use)."""
    parsed = parse_store_url(url) if isinstance(url, str) else url
    if parsed.kind == "memory":
        return MemoryState()
    if parsed.kind == "sqlite":
        from .sqlite import SqliteState

        assert parsed.path is not None
        return SqliteState(parsed.path)
    from .postgres import PostgresState

    return PostgresState(parsed)


def resolve_state(state: str | StateStore | None) -> StateStore | None:
    """`state=` as given to the SDK: a URL, a store, or None (no shared state). The environment
    (`AMILI_STATE_URL`) is read by the options builder, which passes its value here."""
    if state is None:
        return None
    if isinstance(state, str):
        return open_state(state)
    if isinstance(state, StateStore):
        return state
    raise ConfigurationError("state must be a URL string or a StateStore (amili.state.open_state(url))")
