"""A durable record of bulk submissions, so a rerun after a crash loses nothing and sends nothing twice.

`JournalStore` is the protocol `submit_many` uses (small and async, so a PostgreSQL implementation can sit beside
the embedded default); `SQLiteJournal` (alias `Journal`, one file, standard library) is the default and
`MemoryJournal` keeps records for the life of the process (tests, one-shot scripts); `PostgresJournal`
(`amili-sdk[postgres]`) lets workers on many machines share and resume runs. They are the journal stores of the
`amili.state` family: `open_journal(url)` reads the same URLs, and a client's `state=` provides the default
journal of `submit_many(run_name=…)`.
"""

from __future__ import annotations

import os

from ..errors import (
    JournalCorruptError,
    JournalError,
    JournalLockedError,
    JournalMismatchError,
    JournalStorageError,
)
from .memory import MemoryJournal
from .postgres import PostgresJournal
from .protocol import DEFAULT_LEASE_TTL, ChunkRecord, ChunkState, JournalStore
from .sqlite import Journal, SQLiteJournal

__all__ = [
    "DEFAULT_LEASE_TTL",
    "ChunkRecord",
    "ChunkState",
    "Journal",
    "JournalCorruptError",
    "JournalError",
    "JournalLockedError",
    "JournalMismatchError",
    "JournalStorageError",
    "JournalStore",
    "MemoryJournal",
    "PostgresJournal",
    "SQLiteJournal",
    "open_journal",
]


def open_journal(target: str | os.PathLike[str]) -> JournalStore:
    """The journal `submit_many(journal=…)` builds from a string or path: a store URL (`memory://`,
    `sqlite:///path.db`, `postgresql://…`, parsed by the one store-URL parser of `amili.state`) or, for anything
    else, the path of a SQLite file."""
    from ..state.url import is_store_url, parse_store_url

    if isinstance(target, str) and is_store_url(target):
        url = parse_store_url(target)
        if url.kind == "memory":
            return MemoryJournal()
        if url.kind == "sqlite":
            assert url.path is not None
            return SQLiteJournal(url.path)
        return PostgresJournal(url)
    return SQLiteJournal(os.fspath(target))
