"""Shared by tests/batches: a journal of each kind (memory, SQLite, a real PostgreSQL), fast sandbox clients."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from amili import AmiliClient, RetryPolicy
from amili.journal import JournalStore, MemoryJournal, PostgresJournal, SQLiteJournal
from amili.sandbox import Sandbox

FAST = RetryPolicy(base_delay=0.001, max_delay=0.002)


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


@pytest.fixture(params=["sqlite", "postgres"])
async def durable_store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[JournalStore]:
    """A journal that outlives the process (SQLite, PostgreSQL)."""
    if request.param == "sqlite":
        journal: JournalStore = SQLiteJournal(tmp_path / "journal.sqlite")
    else:
        journal = PostgresJournal(request.getfixturevalue("postgres_url"))
    try:
        yield journal
    finally:
        await journal.aclose()


def fast_client(sandbox: Sandbox, **kwargs: Any) -> AmiliClient:
    amili = AmiliClient(sandbox=sandbox, retry_policy=FAST, **kwargs)
    amili.batches.first_delay = 0.01
    amili.batches.max_delay = 0.05
    amili.batches.max_polls_per_second = 1000
    return amili
