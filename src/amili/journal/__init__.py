"""A durable record of bulk submissions, so a rerun after a crash loses nothing and sends nothing twice.

`JournalStore` is the protocol `submit_many` uses (small and async, so a PostgreSQL implementation can sit beside
the embedded default); `SQLiteJournal` (alias `Journal`, one file, standard library) is the default and
`MemoryJournal` keeps records for the life of the process (tests, one-shot scripts); `PostgresJournal`
(`amili-sdk[postgres]`) lets workers on many machines share and resume runs.
"""

from __future__ import annotations

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
]
