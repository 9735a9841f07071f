"""PostgreSQL state (`asyncpg`, extra `amili-sdk[postgres]`): every process on every machine shares it.

* de-dup: one `INSERT … ON CONFLICT … DO UPDATE … WHERE <lease expired> RETURNING` decides who holds a key;
* completion signals: a row per completed batch (for waiters that start late) plus `NOTIFY amili_batch_completed`,
  heard by one `LISTEN` connection per process that wakes that process's waiters at once;
* tokens: a session advisory lock per credentials key makes the refresh single-flight across processes (a process
  that dies mid-refresh loses its session, and with it the lock).

Times (leases, expiries) are the database's clock, so machines with skewed clocks still agree. asyncpg runs on
asyncio only: under trio these stores raise `ConfigurationError`.
"""

from __future__ import annotations

import contextlib
import hashlib
import struct
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

import anyio

from .._secrets import Secret
from ..errors import ConfigurationError
from .protocols import Claim

if TYPE_CHECKING:
    import asyncpg

    from ..auth import Token

__all__ = ["PostgresState", "redact_url"]

CHANNEL = "amili_batch_completed"
_SCHEMA_LOCK = 0x616D696C69  # "amili": serialises schema creation between processes starting together

_SCHEMA = """
CREATE TABLE IF NOT EXISTS amili_dedup (key TEXT PRIMARY KEY, state TEXT NOT NULL, until TIMESTAMPTZ NOT NULL);
CREATE TABLE IF NOT EXISTS amili_batch_completed (batch_id TEXT PRIMARY KEY, at TIMESTAMPTZ NOT NULL);
CREATE TABLE IF NOT EXISTS amili_tokens (
    key TEXT PRIMARY KEY, value TEXT NOT NULL, expires_at DOUBLE PRECISION NOT NULL,
    issued_at DOUBLE PRECISION NOT NULL, not_before BIGINT, scope TEXT
);
"""


def redact_url(url: str) -> str:
    """The URL without its password (for reprs and errors)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)[1]
    user = parts.username or ""
    return urlunsplit(parts._replace(netloc=f"{user}:[redacted]@{netloc}"))


def _lock_id(key: str) -> int:
    value: int = struct.unpack(">q", hashlib.sha256(key.encode()).digest()[:8])[0]
    return value


class _Database:
    """A lazily created asyncpg pool; the schema is created once per process (under an advisory lock)."""

    def __init__(self, dsn: str, *, min_size: int, max_size: int) -> None:
        self._dsn = Secret(dsn)  # the URL may hold a password
        self._min_size = min_size
        self._max_size = max_size
        self._pool: asyncpg.Pool | None = None
        self._lock: anyio.Lock | None = None

    async def pool(self) -> asyncpg.Pool:
        if self._pool is not None:
            return self._pool
        if not _on_asyncio():
            raise ConfigurationError("the PostgreSQL state store needs asyncio (asyncpg does not run on trio)")
        if self._lock is None:
            self._lock = anyio.Lock()
        async with self._lock:
            if self._pool is None:
                try:
                    import asyncpg
                except ImportError:  # pragma: no cover - depends on the install
                    raise ConfigurationError(
                        "PostgreSQL state needs asyncpg: pip install 'amili-sdk[postgres]'"
                    ) from None
                pool = await asyncpg.create_pool(self._dsn.get(), min_size=self._min_size, max_size=self._max_size)
                async with pool.acquire() as conn, conn.transaction():
                    await conn.execute("SELECT pg_advisory_xact_lock($1)", _SCHEMA_LOCK)
                    await conn.execute(_SCHEMA)
                self._pool = pool
        return self._pool

    async def connect(self) -> asyncpg.Connection:
        import asyncpg

        await self.pool()
        return await asyncpg.connect(self._dsn.get())

    async def close(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            await pool.close()


def _on_asyncio() -> bool:
    import asyncio

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


class PostgresDedupStore:
    def __init__(self, db: _Database, ttl: float) -> None:
        self._db = db
        self.ttl = ttl
        self._claims = 0

    async def claim(self, key: str, *, lease: float) -> Claim:
        pool = await self._db.pool()
        self._claims += 1
        async with pool.acquire() as conn:
            if self._claims % 1000 == 1:
                await conn.execute("DELETE FROM amili_dedup WHERE until < clock_timestamp()")
            for _ in range(3):
                won = await conn.fetchval(
                    "INSERT INTO amili_dedup (key, state, until) "
                    "VALUES ($1, 'p', clock_timestamp() + make_interval(secs => $2)) "
                    "ON CONFLICT (key) DO UPDATE SET state = 'p', until = EXCLUDED.until "
                    "WHERE amili_dedup.until <= clock_timestamp() RETURNING true",
                    key,
                    float(lease),
                )
                if won:
                    return Claim.NEW
                state = await conn.fetchval("SELECT state FROM amili_dedup WHERE key = $1", key)
                if state is not None:
                    return Claim.DONE if state == "d" else Claim.IN_PROGRESS
                # Released between the two statements: try again.
            return Claim.IN_PROGRESS

    async def complete(self, key: str) -> None:
        pool = await self._db.pool()
        await pool.execute(
            "INSERT INTO amili_dedup (key, state, until) "
            "VALUES ($1, 'd', clock_timestamp() + make_interval(secs => $2)) "
            "ON CONFLICT (key) DO UPDATE SET state = 'd', until = EXCLUDED.until",
            key,
            float(self.ttl),
        )

    async def release(self, key: str) -> None:
        pool = await self._db.pool()
        await pool.execute("DELETE FROM amili_dedup WHERE key = $1 AND state = 'p'", key)


class PostgresCompletionSignals:
    def __init__(self, db: _Database, ttl: float) -> None:
        self._db = db
        self.ttl = ttl
        self._listener: asyncpg.Connection | None = None
        self._listener_lock: anyio.Lock | None = None
        self._waiters: dict[str, list[anyio.Event]] = {}

    async def publish(self, batch_id: str) -> None:
        pool = await self._db.pool()
        async with pool.acquire() as conn, conn.transaction():
            await conn.execute(
                "INSERT INTO amili_batch_completed (batch_id, at) VALUES ($1, clock_timestamp()) "
                "ON CONFLICT (batch_id) DO UPDATE SET at = EXCLUDED.at",
                batch_id,
            )
            await conn.execute(
                "DELETE FROM amili_batch_completed WHERE at < clock_timestamp() - make_interval(secs => $1)",
                float(self.ttl),
            )
            await conn.execute("SELECT pg_notify($1, $2)", CHANNEL, batch_id)  # delivered on commit

    def _on_notify(self, conn: Any, pid: int, channel: str, payload: str) -> None:
        for event in self._waiters.pop(payload, []):
            event.set()

    def _on_lost(self, conn: Any) -> None:
        if self._listener is conn:
            self._listener = None
        waiters, self._waiters = self._waiters, {}
        for events in waiters.values():  # wake everyone: they re-check the table (and re-listen)
            for event in events:
                event.set()

    async def _listen(self) -> None:
        if self._listener is not None and not self._listener.is_closed():
            return
        if self._listener_lock is None:
            self._listener_lock = anyio.Lock()
        async with self._listener_lock:
            if self._listener is None or self._listener.is_closed():
                conn = await self._db.connect()
                await conn.add_listener(CHANNEL, self._on_notify)
                conn.add_termination_listener(self._on_lost)
                self._listener = conn

    async def wait(self, batch_id: str, timeout: float) -> bool:
        await self._listen()
        event = anyio.Event()
        self._waiters.setdefault(batch_id, []).append(event)
        try:
            pool = await self._db.pool()
            # Listening before looking: a notice sent in between is not missed.
            if await pool.fetchval("SELECT true FROM amili_batch_completed WHERE batch_id = $1", batch_id):
                return True
            with anyio.move_on_after(timeout):
                await event.wait()
            if not event.is_set():
                return False
            return bool(await pool.fetchval("SELECT true FROM amili_batch_completed WHERE batch_id = $1", batch_id))
        finally:
            waiters = self._waiters.get(batch_id)
            if waiters and event in waiters:
                waiters.remove(event)
                if not waiters:
                    del self._waiters[batch_id]

    async def close(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            with contextlib.suppress(Exception):
                await listener.close()


class PostgresTokenCache:
    def __init__(self, db: _Database) -> None:
        self._db = db

    @contextlib.asynccontextmanager
    async def _locked(self, key: str) -> AsyncIterator[asyncpg.Connection]:
        pool = await self._db.pool()
        async with pool.acquire() as conn:
            lock = _lock_id("amili-token:" + key)
            await conn.execute("SELECT pg_advisory_lock($1)", lock)
            try:
                yield conn
            finally:
                with anyio.CancelScope(shield=True):
                    await conn.execute("SELECT pg_advisory_unlock($1)", lock)

    async def single_flight(
        self, key: str, fetch: Callable[[], Awaitable[Token]], *, reject: str | None = None
    ) -> Token:
        from ..auth import Token

        async with self._locked(key) as conn:
            row = await conn.fetchrow(
                "SELECT value, expires_at, issued_at, not_before, scope FROM amili_tokens WHERE key = $1", key
            )
            if row is not None:
                token = Token(
                    row["value"],
                    expires_at=row["expires_at"],
                    issued_at=row["issued_at"],
                    not_before=row["not_before"],
                    scope=row["scope"],
                )
                if token.is_fresh() and token.value != reject:
                    return token
            token = await fetch()
            await conn.execute(
                "INSERT INTO amili_tokens (key, value, expires_at, issued_at, not_before, scope) "
                "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, "
                "expires_at = EXCLUDED.expires_at, issued_at = EXCLUDED.issued_at, "
                "not_before = EXCLUDED.not_before, scope = EXCLUDED.scope",
                key,
                token.value,
                token.expires_at,
                token.issued_at,
                token.not_before,
                token.scope,
            )
            return token


class PostgresState:
    """`postgresql://user:password@host:port/database` (the password never appears in reprs or errors)."""

    def __init__(self, dsn: str, *, ttl: float = 24 * 3600.0, min_size: int = 0, max_size: int = 5) -> None:
        self._db = _Database(dsn, min_size=min_size, max_size=max_size)
        self.url = redact_url(dsn)
        self.dedup = PostgresDedupStore(self._db, ttl)
        self.signals = PostgresCompletionSignals(self._db, ttl)
        self.tokens = PostgresTokenCache(self._db)

    async def pool(self) -> asyncpg.Pool:
        """The shared connection pool (created on first use), e.g. for the PostgreSQL journal."""
        return await self._db.pool()

    async def aclose(self) -> None:
        await self.signals.close()
        await self._db.close()

    def __repr__(self) -> str:
        return f"PostgresState({self.url!r})"
