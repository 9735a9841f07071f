"""A durable record of bulk submissions, so a rerun after a crash loses nothing and sends nothing twice.

One SQLite file (standard library). Every step of a chunk is written *before* the next one starts:
`submitting` (with the idempotency key) → `submitted` (with the batch id) → `done` (with every item's outcome).
All database work runs in a worker thread, serialised by a one-slot limiter, so the event loop never blocks.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import anyio
import anyio.to_thread
import attrs

__all__ = ["ChunkRecord", "Journal", "JournalMismatchError"]

T = TypeVar("T")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS chunks (
    run TEXT NOT NULL,
    idx INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    item_count INTEGER NOT NULL,
    idempotency_key TEXT NOT NULL,
    state TEXT NOT NULL,
    batch_id TEXT,
    handle TEXT,
    outcomes TEXT,
    updated_at REAL NOT NULL,
    PRIMARY KEY (run, idx)
)
"""


class JournalMismatchError(ValueError):
    """The items given to a rerun differ from the ones the journal recorded for the same chunk."""


@attrs.frozen
class ChunkRecord:
    run: str
    index: int
    content_hash: str
    item_count: int
    idempotency_key: str
    state: str  # submitting | submitted | done
    batch_id: str | None = None
    handle: dict[str, Any] | None = None
    outcomes: list[dict[str, Any]] | None = None


class Journal:
    """Opened lazily on first use; safe to share between the chunks of one run."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._conn: sqlite3.Connection | None = None
        self._limiter: anyio.CapacityLimiter | None = None

    def __repr__(self) -> str:
        return f"Journal({str(self.path)!r})"

    @property
    def limiter(self) -> anyio.CapacityLimiter:
        # Created on first use (and again after `aclose`), so a journal may be reused under another event loop.
        if self._limiter is None:
            self._limiter = anyio.CapacityLimiter(1)
        return self._limiter

    async def _run(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        def call() -> T:
            if self._conn is None:
                self._conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
                self._conn.execute("PRAGMA journal_mode=WAL")
                self._conn.execute("PRAGMA synchronous=FULL")
                self._conn.execute(_SCHEMA)
            return fn(self._conn)

        return await anyio.to_thread.run_sync(call, limiter=self.limiter)

    async def get(self, run: str, index: int) -> ChunkRecord | None:
        def q(conn: sqlite3.Connection) -> tuple[Any, ...] | None:
            row: tuple[Any, ...] | None = conn.execute(
                "SELECT run, idx, content_hash, item_count, idempotency_key, state, batch_id, handle, outcomes "
                "FROM chunks WHERE run = ? AND idx = ?",
                (run, index),
            ).fetchone()
            return row

        row = await self._run(q)
        if row is None:
            return None
        return ChunkRecord(
            run=row[0],
            index=row[1],
            content_hash=row[2],
            item_count=row[3],
            idempotency_key=row[4],
            state=row[5],
            batch_id=row[6],
            handle=json.loads(row[7]) if row[7] else None,
            outcomes=json.loads(row[8]) if row[8] else None,
        )

    async def all(self, run: str) -> list[ChunkRecord]:
        def q(conn: sqlite3.Connection) -> list[int]:
            return [r[0] for r in conn.execute("SELECT idx FROM chunks WHERE run = ? ORDER BY idx", (run,))]

        records = []
        for index in await self._run(q):
            record = await self.get(run, index)
            if record is not None:
                records.append(record)
        return records

    async def begin(self, run: str, index: int, content_hash: str, item_count: int, idempotency_key: str) -> None:
        await self._write(
            "INSERT INTO chunks (run, idx, content_hash, item_count, idempotency_key, state, updated_at) "
            "VALUES (?, ?, ?, ?, ?, 'submitting', ?)",
            (run, index, content_hash, item_count, idempotency_key, time.time()),
        )

    async def submitted(self, run: str, index: int, batch_id: str, handle: dict[str, Any]) -> None:
        await self._write(
            "UPDATE chunks SET state = 'submitted', batch_id = ?, handle = ?, updated_at = ? WHERE run = ? AND idx = ?",
            (batch_id, json.dumps(handle), time.time(), run, index),
        )

    async def done(self, run: str, index: int, outcomes: list[dict[str, Any]]) -> None:
        await self._write(
            "UPDATE chunks SET state = 'done', outcomes = ?, updated_at = ? WHERE run = ? AND idx = ?",
            (json.dumps(outcomes), time.time(), run, index),
        )

    async def _write(self, sql: str, params: tuple[Any, ...]) -> None:
        def w(conn: sqlite3.Connection) -> None:
            conn.execute(sql, params)

        await self._run(w)

    async def aclose(self) -> None:
        """Close the database (it reopens on next use)."""
        limiter = self.limiter
        self._limiter = None
        conn = self._conn
        self._conn = None
        if conn is not None:
            await anyio.to_thread.run_sync(conn.close, limiter=limiter)
