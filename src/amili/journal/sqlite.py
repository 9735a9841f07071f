"""The default journal: one SQLite file (standard library), safe for many processes on one machine.

All database work runs in a worker thread, serialised by a one-slot limiter, so the event loop never blocks.
Writers wait for each other (`busy_timeout`); the lease and the `begin` fence run in `BEGIN IMMEDIATE`
transactions, so two processes never both believe they own a run. sqlite3 is imported on first use only.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import anyio
import anyio.to_thread

from ..errors import JournalCorruptError, JournalError, JournalLockedError, JournalStorageError
from .protocol import DEFAULT_LEASE_TTL, ChunkRecord, chunk_from_row, owner_is_gone

if TYPE_CHECKING:
    import sqlite3

__all__ = ["Journal", "SQLiteJournal"]

T = TypeVar("T")

_SCHEMA = (
    """
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
""",
    """
CREATE TABLE IF NOT EXISTS leases (
    run TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    expires_at REAL NOT NULL
)
""",
)

_BUSY_TIMEOUT_S = 10.0
"""How long a write waits for another process's transaction before the journal reports itself unusable."""


class SQLiteJournal:
    """Opened lazily on first use; safe to share between the chunks of one run and between processes."""

    def __init__(self, path: str | Path, *, lease_ttl: float = DEFAULT_LEASE_TTL) -> None:
        if lease_ttl <= 0:
            raise ValueError("lease_ttl must be > 0")
        self.path = Path(path)
        self.lease_ttl = float(lease_ttl)
        self._conn: sqlite3.Connection | None = None
        self._limiter: anyio.CapacityLimiter | None = None

    def __repr__(self) -> str:
        return f"SQLiteJournal({str(self.path)!r})"

    @property
    def limiter(self) -> anyio.CapacityLimiter:
        # Created on first use (and again after `aclose`), so a journal may be reused under another event loop.
        if self._limiter is None:
            self._limiter = anyio.CapacityLimiter(1)
        return self._limiter

    def _connect(self) -> sqlite3.Connection:
        import sqlite3

        conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=_BUSY_TIMEOUT_S)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            for statement in _SCHEMA:
                conn.execute(statement)
        except BaseException:
            conn.close()
            raise
        return conn

    async def _run(self, fn: Callable[[sqlite3.Connection], T], what: str) -> T:
        def call() -> T:
            import sqlite3

            try:
                if self._conn is None:
                    self._conn = self._connect()
                return fn(self._conn)
            except JournalError:
                raise
            except sqlite3.Error as exc:
                raise _translate(exc, self.path, what) from None

        return await anyio.to_thread.run_sync(call, limiter=self.limiter)

    # -- leases -----------------------------------------------------------------------------------------------------

    async def acquire(self, run: str, owner: str) -> bool:
        def q(conn: sqlite3.Connection) -> bool:
            with _immediate(conn):
                row = conn.execute("SELECT owner, expires_at FROM leases WHERE run = ?", (run,)).fetchone()
                now = time.time()
                if row is not None and row[0] != owner and row[1] > now and not owner_is_gone(row[0]):
                    return False
                conn.execute(
                    "INSERT INTO leases (run, owner, expires_at) VALUES (?, ?, ?) "
                    "ON CONFLICT (run) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at",
                    (run, owner, now + self.lease_ttl),
                )
                return True

        return await self._run(q, f"taking the lease of run {run!r}")

    async def release(self, run: str, owner: str) -> None:
        def q(conn: sqlite3.Connection) -> None:
            conn.execute("DELETE FROM leases WHERE run = ? AND owner = ?", (run, owner))

        await self._run(q, f"releasing the lease of run {run!r}")

    # -- chunks -----------------------------------------------------------------------------------------------------

    async def get(self, run: str, index: int) -> ChunkRecord | None:
        def q(conn: sqlite3.Connection) -> tuple[Any, ...] | None:
            row: tuple[Any, ...] | None = conn.execute(
                "SELECT run, idx, content_hash, item_count, idempotency_key, state, batch_id, handle, outcomes "
                "FROM chunks WHERE run = ? AND idx = ?",
                (run, index),
            ).fetchone()
            return row

        row = await self._run(q, f"reading chunk {index} of run {run!r}")
        if row is None:
            return None
        return chunk_from_row(row, f"journal {self.path}", "move the file aside and reconcile that chunk by hand")

    async def all(self, run: str) -> list[ChunkRecord]:
        def q(conn: sqlite3.Connection) -> list[int]:
            return [r[0] for r in conn.execute("SELECT idx FROM chunks WHERE run = ? ORDER BY idx", (run,))]

        records = []
        for index in await self._run(q, f"listing run {run!r}"):
            record = await self.get(run, index)
            if record is not None:
                records.append(record)
        return records

    async def begin(
        self, run: str, index: int, content_hash: str, item_count: int, idempotency_key: str, *, owner: str
    ) -> None:
        def q(conn: sqlite3.Connection) -> None:
            with _immediate(conn):
                lease = conn.execute("SELECT owner, expires_at FROM leases WHERE run = ?", (run,)).fetchone()
                if lease is None or lease[0] != owner or lease[1] <= time.time():
                    raise JournalLockedError(
                        f"journal {self.path}: this process no longer holds the lease of run {run!r} "
                        "(another process took it over); nothing more is sent"
                    )
                exists = conn.execute("SELECT 1 FROM chunks WHERE run = ? AND idx = ?", (run, index)).fetchone()
                if exists is not None:
                    raise JournalLockedError(
                        f"journal {self.path}: chunk {index} of run {run!r} was begun by another process"
                    )
                conn.execute(
                    "INSERT INTO chunks (run, idx, content_hash, item_count, idempotency_key, state, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, 'submitting', ?)",
                    (run, index, content_hash, item_count, idempotency_key, time.time()),
                )

        await self._run(q, f"beginning chunk {index} of run {run!r}")

    async def submitted(self, run: str, index: int, batch_id: str, handle: dict[str, Any]) -> None:
        await self._write(
            "UPDATE chunks SET state = 'submitted', batch_id = ?, handle = ?, updated_at = ? WHERE run = ? AND idx = ?",
            (batch_id, json.dumps(handle), time.time(), run, index),
            f"recording chunk {index} of run {run!r} as submitted",
        )

    async def done(self, run: str, index: int, outcomes: list[dict[str, Any]]) -> None:
        await self._write(
            "UPDATE chunks SET state = 'done', outcomes = ?, updated_at = ? WHERE run = ? AND idx = ?",
            (json.dumps(outcomes), time.time(), run, index),
            f"recording the outcomes of chunk {index} of run {run!r}",
        )

    async def _write(self, sql: str, params: tuple[Any, ...], what: str) -> None:
        def w(conn: sqlite3.Connection) -> None:
            conn.execute(sql, params)

        await self._run(w, what)

    async def aclose(self) -> None:
        """Close the database (it reopens on next use)."""
        limiter = self.limiter
        self._limiter = None
        conn = self._conn
        self._conn = None
        if conn is None:
            return

        def close() -> None:
            import sqlite3

            try:
                conn.close()
            except sqlite3.Error as exc:
                raise _translate(exc, self.path, "closing the journal") from None

        await anyio.to_thread.run_sync(close, limiter=limiter)


Journal = SQLiteJournal
"""The name the journal had before other implementations existed."""


@contextmanager
def _immediate(conn: sqlite3.Connection) -> Iterator[None]:
    """`BEGIN IMMEDIATE` … `COMMIT`: takes the write lock first, so check-then-write is atomic."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _translate(exc: Exception, path: Path, what: str) -> JournalError:
    """sqlite3's exceptions as the journal's typed errors, with what was being done and what to do about it."""
    import sqlite3

    text = str(exc)
    lowered = text.lower()
    if isinstance(exc, sqlite3.OperationalError) and ("locked" in lowered or "busy" in lowered):
        return JournalLockedError(
            f"journal {path}: {what}: the file stayed locked by another process for {_BUSY_TIMEOUT_S:.0f} s"
        )
    if "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered:
        return JournalCorruptError(
            f"journal {path}: {what}: the file is not a readable SQLite journal ({text}); "
            "move it aside (a new journal starts empty) and reconcile unfinished chunks by hand"
        )
    if isinstance(exc, sqlite3.IntegrityError):
        return JournalCorruptError(f"journal {path}: {what}: inconsistent record ({text})")
    return JournalStorageError(
        f"journal {path}: {what}: could not write ({text}); free disk space or fix permissions, then rerun: "
        "the journal stays consistent and nothing is sent twice"
    )
