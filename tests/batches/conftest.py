"""Fixtures of tests/batches: a journal of each kind (memory, SQLite, a real PostgreSQL)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from amili.journal import JournalStore, MemoryJournal, PostgresJournal, SQLiteJournal


@pytest.fixture(params=["memory", "sqlite", "postgres"])
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[JournalStore]:
    """A journal the test lends to its runs (and closes itself)."""
    if request.param == "memory":
        journal: JournalStore = MemoryJournal()
    elif request.param == "sqlite":
        journal = SQLiteJournal(tmp_path / "journal.sqlite")
    else:
        journal = PostgresJournal(request.getfixturevalue("postgres_url"))
    try:
        yield journal
    finally:
        await journal.aclose()
