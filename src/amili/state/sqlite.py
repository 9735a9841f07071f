"""SQLite state: the embedded default, safe for every process on one machine (`uvicorn --workers N`).

One database file (standard library `sqlite3`, WAL mode). Writes that decide something (`claim`) run in
`BEGIN IMMEDIATE` transactions, so two processes never both win a key; a token refresh holds an exclusive `flock` on
a lock file beside the database, so only one process fetches. All database work runs in a worker thread (one at a
time per store) so the event loop never blocks. Completion signals are found by polling the table every
`poll_interval` seconds: a local file read, not a request to Amili.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import anyio
import anyio.to_thread

from ..errors import ConfigurationError, StateStoreError
from .protocols import Claim, token_from_row

if TYPE_CHECKING:
    from ..auth import Token
    from ..journal.sqlite import SQLiteJournal

__all__ = ["SqliteState"]

T = TypeVar("T")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS amili_dedup (key TEXT PRIMARY KEY, state TEXT NOT NULL, until REAL NOT NULL);
CREATE TABLE IF NOT EXISTS amili_batch_completed (batch_id TEXT PRIMARY KEY, at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS amili_tokens (
    key TEXT PRIMARY KEY, value TEXT NOT NULL, expires_at REAL NOT NULL, issued_at REAL NOT NULL,
    not_before REAL, scope TEXT
);
CREATE TABLE IF NOT EXISTS amili_backoff (key TEXT PRIMARY KEY, until REAL NOT NULL, status INTEGER NOT NULL);
"""


class _Database:
    """One connection used from worker threads, one call at a time; opened (and the schema created) on first use."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._conn: sqlite3.Connection | None = None
        self._limiter: anyio.CapacityLimiter | None = None

    async def run(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        if self._limiter is None:
            self._limiter = anyio.CapacityLimiter(1)

        def call() -> T:
            if self._conn is None:
                self._conn = self._open()
            return fn(self._conn)

        return await anyio.to_thread.run_sync(call, limiter=self._limiter)

    def _open(self) -> sqlite3.Connection:
        """Connect and create the tables; `StateStoreError` (naming the file) when that fails, nothing chained."""
        failure: str | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=30.0)
            try:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
                conn.executescript(_SCHEMA)
            except BaseException:
                conn.close()
                raise
            return conn
        except (sqlite3.Error, OSError) as exc:
            failure = f"{type(exc).__name__}: {exc}"
        store = f"sqlite:///{self.path}"
        raise StateStoreError(f"state store {store}: cannot open it: {failure}", store=store)

    async def open(self) -> None:
        await self.run(lambda conn: None)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        self._limiter = None


def _immediate(conn: sqlite3.Connection, fn: Callable[[sqlite3.Connection], T]) -> T:
    conn.execute("BEGIN IMMEDIATE")
    try:
        result = fn(conn)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return result


class SqliteDedupStore:
    def __init__(self, db: _Database, ttl: float) -> None:
        self._db = db
        self.ttl = ttl
        self._claims = 0

    async def claim(self, key: str, *, lease: float) -> Claim:
        self._claims += 1
        purge = self._claims % 1000 == 1

        def tx(conn: sqlite3.Connection) -> Claim:
            now = time.time()
            if purge:
                conn.execute("DELETE FROM amili_dedup WHERE until < ?", (now,))
            row = conn.execute("SELECT state, until FROM amili_dedup WHERE key = ?", (key,)).fetchone()
            if row is not None and row[1] > now:
                return Claim.DONE if row[0] == "d" else Claim.IN_PROGRESS
            conn.execute(
                "INSERT INTO amili_dedup (key, state, until) VALUES (?, 'p', ?) "
                "ON CONFLICT (key) DO UPDATE SET state = 'p', until = excluded.until",
                (key, now + lease),
            )
            return Claim.NEW

        return await self._db.run(lambda conn: _immediate(conn, tx))

    async def complete(self, key: str) -> None:
        await self._db.run(
            lambda conn: conn.execute(
                "INSERT INTO amili_dedup (key, state, until) VALUES (?, 'd', ?) "
                "ON CONFLICT (key) DO UPDATE SET state = 'd', until = excluded.until",
                (key, time.time() + self.ttl),
            )
        )

    async def release(self, key: str) -> None:
        await self._db.run(lambda conn: conn.execute("DELETE FROM amili_dedup WHERE key = ? AND state = 'p'", (key,)))


class SqliteCompletionSignals:
    def __init__(self, db: _Database, ttl: float, poll_interval: float) -> None:
        self._db = db
        self.ttl = ttl
        self.poll_interval = poll_interval

    async def publish(self, batch_id: str) -> None:
        def write(conn: sqlite3.Connection) -> None:
            now = time.time()
            conn.execute("INSERT OR REPLACE INTO amili_batch_completed (batch_id, at) VALUES (?, ?)", (batch_id, now))
            conn.execute("DELETE FROM amili_batch_completed WHERE at < ?", (now - self.ttl,))

        await self._db.run(write)

    async def _published(self, batch_id: str) -> bool:
        row = await self._db.run(
            lambda conn: conn.execute("SELECT 1 FROM amili_batch_completed WHERE batch_id = ?", (batch_id,)).fetchone()
        )
        return row is not None

    async def wait(self, batch_id: str, timeout: float) -> bool:
        deadline = anyio.current_time() + max(0.0, timeout)
        while True:
            if await self._published(batch_id):
                return True
            remaining = deadline - anyio.current_time()
            if remaining <= 0:
                return False
            await anyio.sleep(min(self.poll_interval, remaining))


class SqliteTokenCache:
    def __init__(self, db: _Database, lock_path: Path) -> None:
        self._db = db
        self._lock_path = lock_path
        self._local: dict[str, anyio.Lock] = {}

    async def _load(self, key: str) -> Token | None:
        row = await self._db.run(
            lambda conn: conn.execute(
                "SELECT value, expires_at, issued_at, not_before, scope FROM amili_tokens WHERE key = ?", (key,)
            ).fetchone()
        )
        return None if row is None else token_from_row(tuple(row))

    async def _store(self, key: str, token: Token) -> None:
        await self._db.run(
            lambda conn: conn.execute(
                "INSERT OR REPLACE INTO amili_tokens (key, value, expires_at, issued_at, not_before, scope) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (key, token.value, token.expires_at, token.issued_at, token.not_before, token.scope),
            )
        )

    @contextlib.asynccontextmanager
    async def _file_lock(self) -> AsyncIterator[None]:
        """An exclusive `flock`, polled (never a blocked thread), so waiting stays cancellable."""
        try:
            import fcntl
        except ImportError:  # pragma: no cover - not POSIX: the in-process lock is all there is
            yield
            return
        self._lock_path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self._lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    await anyio.sleep(0.01)
            yield
        finally:
            os.close(fd)  # closing releases the lock

    async def single_flight(
        self, key: str, fetch: Callable[[], Awaitable[Token]], *, reject: str | None = None
    ) -> Token:
        await self._db.open()  # a store that cannot be opened fails here, typed, before the lock file is touched
        async with self._local.setdefault(key, anyio.Lock()), self._file_lock():
            token = await self._load(key)
            if token is not None and token.is_fresh() and token.value != reject:
                return token
            token = await fetch()
            await self._store(key, token)
            return token


class SqliteBackoffRecord:
    """API-wide back-offs shared by every process on the machine (one row per API, wall-clock times)."""

    def __init__(self, db: _Database) -> None:
        self._db = db

    async def hold(self, key: str, seconds: float, status: int) -> None:
        await self._db.run(
            lambda conn: conn.execute(
                "INSERT INTO amili_backoff (key, until, status) VALUES (?, ?, ?) "
                "ON CONFLICT (key) DO UPDATE SET until = excluded.until, status = excluded.status "
                "WHERE amili_backoff.until < excluded.until",
                (key, time.time() + seconds, status),
            )
        )

    async def get(self, key: str) -> tuple[float, int] | None:
        row = await self._db.run(
            lambda conn: conn.execute("SELECT until, status FROM amili_backoff WHERE key = ?", (key,)).fetchone()
        )
        if row is None:
            return None
        left = float(row[0]) - time.time()
        return (left, int(row[1])) if left > 0 else None


class SqliteState:
    """`sqlite:///path/to/state.db` (relative: `sqlite:///state.db`; absolute: `sqlite:////var/lib/app/state.db`)."""

    def __init__(
        self, path: str | os.PathLike[str], *, ttl: float = 24 * 3600.0, poll_interval: float = 0.1, **_: Any
    ) -> None:
        if not str(path):
            raise ConfigurationError("sqlite state needs a file path: sqlite:///path/to/state.db")
        self.path = Path(path)
        self.url = f"sqlite:///{self.path}"
        self._db = _Database(self.path)
        self.dedup = SqliteDedupStore(self._db, ttl)
        self.signals = SqliteCompletionSignals(self._db, ttl, poll_interval)
        self.tokens = SqliteTokenCache(self._db, self.path.with_name(self.path.name + ".token-lock"))
        self.backoff = SqliteBackoffRecord(self._db)
        self._journal: SQLiteJournal | None = None

    @property
    def journal(self) -> SQLiteJournal:
        """The bulk journal, in the same file (`submit_many(run_name=…)` uses it by default)."""
        if self._journal is None:
            from ..journal.sqlite import SQLiteJournal

            self._journal = SQLiteJournal(self.path)
        return self._journal

    async def open(self) -> None:
        """Open the file and create the tables now: `StateStoreError` if it cannot be."""
        await self._db.open()

    async def aclose(self) -> None:
        self._db.close()
        if self._journal is not None:
            await self._journal.aclose()

    def __repr__(self) -> str:
        return f"SqliteState({str(self.path)!r})"
