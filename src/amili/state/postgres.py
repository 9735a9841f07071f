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
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlsplit

import anyio

from ..errors import ConfigurationError, StateStoreError
from .protocols import Claim, token_from_row
from .url import StoreURL, parse_store_url, redact_url

if TYPE_CHECKING:
    import asyncpg

    from ..auth import Token
    from ..journal.postgres import PostgresJournal

__all__ = ["PostgresDatabase", "PostgresState", "redact_url"]

T = TypeVar("T")

CHANNEL = "amili_batch_completed"
_SCHEMA_LOCK = 0x616D696C69  # "amili": serialises schema creation between processes starting together

_SCHEMA = """
CREATE TABLE IF NOT EXISTS amili_dedup (key TEXT PRIMARY KEY, state TEXT NOT NULL, until TIMESTAMPTZ NOT NULL);
CREATE TABLE IF NOT EXISTS amili_batch_completed (batch_id TEXT PRIMARY KEY, at TIMESTAMPTZ NOT NULL);
CREATE TABLE IF NOT EXISTS amili_tokens (
    key TEXT PRIMARY KEY, value TEXT NOT NULL, expires_at DOUBLE PRECISION NOT NULL,
    issued_at DOUBLE PRECISION NOT NULL, not_before BIGINT, scope TEXT
);
CREATE TABLE IF NOT EXISTS amili_backoff (key TEXT PRIMARY KEY, until TIMESTAMPTZ NOT NULL, status INTEGER NOT NULL);
"""


_TOKEN_LOCK_TIMEOUT = 600.0
"""Seconds to wait for another process's token refresh (longer than the command timeout of other statements)."""


def _lock_id(key: str) -> int:
    value: int = struct.unpack(">q", hashlib.sha256(key.encode()).digest()[:8])[0]
    return value


class PostgresDatabase:
    """The one asyncpg pool wrapper of the SDK (state stores and the PostgreSQL journal share it).

    The pool is created on first use (or by `open()`), with a connect timeout and a command timeout (from the URL:
    `?connect_timeout=…&command_timeout=…`, defaults 10 s / 30 s); each schema a store needs is created once per
    process, under an advisory lock. A database that cannot be opened raises `StateStoreError` naming the store
    without its password; the driver's exception (and with it the DSN in its frames) is not chained."""

    def __init__(self, url: str | StoreURL, *, min_size: int = 0, max_size: int = 5) -> None:
        parsed = parse_store_url(url) if isinstance(url, str) else url
        if parsed.kind != "postgresql" or parsed.dsn is None:
            raise ConfigurationError(f"store URL {parsed.redacted!r} is not a postgresql:// URL")
        self._url = parsed
        self.url = parsed.redacted
        self._min_size = min_size
        self._max_size = max_size
        self._pool: asyncpg.Pool | None = None
        self._lock: anyio.Lock | None = None
        self._schemas: set[int] = set()

    def __repr__(self) -> str:
        return f"PostgresDatabase({self.url!r})"

    @property
    def connect_timeout(self) -> float:
        return self._url.connect_timeout

    async def pool(self, schema: str = _SCHEMA, lock: int = _SCHEMA_LOCK) -> asyncpg.Pool:
        """The pool, once `schema` exists (created under the advisory lock `lock` on first use)."""
        pool = self._pool
        if pool is not None and lock in self._schemas:
            return pool
        if self._lock is None:
            self._lock = anyio.Lock()
        async with self._lock:
            if self._pool is None:
                self._pool = await self._create_pool()
            if lock not in self._schemas:
                await self._guard(self._create_schema(self._pool, schema, lock))
                self._schemas.add(lock)
            return self._pool

    async def _create_pool(self) -> asyncpg.Pool:
        if not _on_asyncio():
            raise ConfigurationError(f"state store {self.url}: PostgreSQL needs asyncio (asyncpg does not run on trio)")
        try:
            import asyncpg
        except ImportError:  # pragma: no cover - depends on the install
            raise ConfigurationError("PostgreSQL stores need asyncpg: pip install 'amili-sdk[postgres]'") from None
        assert self._url.dsn is not None
        pool: asyncpg.Pool = await self._guard(
            asyncpg.create_pool(
                self._url.dsn.get(),
                min_size=self._min_size,
                max_size=self._max_size,
                timeout=self._url.connect_timeout,
                command_timeout=self._url.command_timeout,
            )
        )
        return pool

    @staticmethod
    async def _create_schema(pool: asyncpg.Pool, schema: str, lock: int) -> None:
        async with pool.acquire() as conn, conn.transaction():
            await conn.execute("SELECT pg_advisory_xact_lock($1)", lock)
            await conn.execute(schema)

    async def connect(self) -> asyncpg.Connection:
        """A connection of its own (outside the pool), e.g. for `LISTEN`."""
        import asyncpg

        await self.pool()
        assert self._url.dsn is not None
        return await self._guard(
            asyncpg.connect(
                self._url.dsn.get(), timeout=self._url.connect_timeout, command_timeout=self._url.command_timeout
            ),
        )

    async def _guard(self, step: Awaitable[T]) -> T:
        """`step`, with any failure of the driver or the network as `StateStoreError` (nothing chained)."""
        failure: str | None = None
        try:
            return await step
        except Exception as exc:  # the driver's own errors and OSError/TimeoutError of the network
            failure = _describe(exc, self._url)
        raise StateStoreError(f"state store {self.url}: cannot open it: {failure}", store=self.url)

    async def open(self) -> None:
        """Connect and create the tables now (`async with AmiliClient(...)` calls it): fail early, typed."""
        await self.pool()

    async def close(self) -> None:
        pool, self._pool = self._pool, None
        self._schemas.clear()
        if pool is not None:
            await pool.close()


def _describe(exc: BaseException, url: StoreURL) -> str:
    """`TypeName: message`, the password taken out should the driver have quoted it."""
    text = str(exc)[:300] or "no details"
    if isinstance(exc, TimeoutError):
        text = f"no answer within {url.connect_timeout:g} s"
    assert url.dsn is not None
    try:
        password = urlsplit(url.dsn.get()).password
    except ValueError:
        password = None
    if password:
        text = text.replace(password, "[redacted]")
    return f"{type(exc).__name__}: {text}"


def _on_asyncio() -> bool:
    import asyncio

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


class PostgresDedupStore:
    def __init__(self, db: PostgresDatabase, ttl: float) -> None:
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
    def __init__(self, db: PostgresDatabase, ttl: float) -> None:
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
    def __init__(self, db: PostgresDatabase) -> None:
        self._db = db

    @contextlib.asynccontextmanager
    async def _locked(self, key: str) -> AsyncIterator[asyncpg.Connection]:
        pool = await self._db.pool()
        async with pool.acquire() as conn:
            lock = _lock_id("amili-token:" + key)
            # Waits for another process's refresh (itself bounded by the token request's timeouts).
            await conn.execute("SELECT pg_advisory_lock($1)", lock, timeout=_TOKEN_LOCK_TIMEOUT)
            try:
                yield conn
            finally:
                with anyio.CancelScope(shield=True):
                    await conn.execute("SELECT pg_advisory_unlock($1)", lock)

    async def single_flight(
        self, key: str, fetch: Callable[[], Awaitable[Token]], *, reject: str | None = None
    ) -> Token:
        async with self._locked(key) as conn:
            row = await conn.fetchrow(
                "SELECT value, expires_at, issued_at, not_before, scope FROM amili_tokens WHERE key = $1", key
            )
            if row is not None:
                token = token_from_row(tuple(row))
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


class PostgresBackoffRecord:
    """API-wide back-offs shared by every process on every machine (the database's clock decides when they end)."""

    def __init__(self, db: PostgresDatabase) -> None:
        self._db = db

    async def hold(self, key: str, seconds: float, status: int) -> None:
        pool = await self._db.pool()
        await pool.execute(
            "INSERT INTO amili_backoff (key, until, status) "
            "VALUES ($1, clock_timestamp() + make_interval(secs => $2), $3) "
            "ON CONFLICT (key) DO UPDATE SET until = EXCLUDED.until, status = EXCLUDED.status "
            "WHERE amili_backoff.until < EXCLUDED.until",
            key,
            float(seconds),
            int(status),
        )

    async def get(self, key: str) -> tuple[float, int] | None:
        pool = await self._db.pool()
        row = await pool.fetchrow(
            "SELECT EXTRACT(EPOCH FROM (until - clock_timestamp()))::float8, status FROM amili_backoff "
            "WHERE key = $1 AND until > clock_timestamp()",
            key,
        )
        return None if row is None else (float(row[0]), int(row[1]))


class PostgresState:
    """`postgresql://user:password@host:port/database` (the password never appears in reprs or errors).

    Every store of the family on one pool: de-dup, completion signals, token cache and (`journal`) the bulk
    journal."""

    def __init__(self, dsn: str | StoreURL, *, ttl: float = 24 * 3600.0, min_size: int = 0, max_size: int = 5) -> None:
        self._db = PostgresDatabase(dsn, min_size=min_size, max_size=max_size)
        self.url = self._db.url
        self.dedup = PostgresDedupStore(self._db, ttl)
        self.signals = PostgresCompletionSignals(self._db, ttl)
        self.tokens = PostgresTokenCache(self._db)
        self.backoff = PostgresBackoffRecord(self._db)
        self._journal: PostgresJournal | None = None

    @property
    def database(self) -> PostgresDatabase:
        """The one pool wrapper every store of this state uses."""
        return self._db

    @property
    def journal(self) -> PostgresJournal:
        """The bulk journal on the same database and pool (`submit_many(run_name=…)` uses it by default)."""
        if self._journal is None:
            from ..journal.postgres import PostgresJournal

            self._journal = PostgresJournal(self._db)
        return self._journal

    async def pool(self) -> asyncpg.Pool:
        """The shared connection pool (created on first use)."""
        return await self._db.pool()

    async def open(self) -> None:
        """Connect and create the tables now: `StateStoreError` if the database cannot be opened."""
        await self._db.open()

    async def aclose(self) -> None:
        await self.signals.close()
        await self._db.close()

    def __repr__(self) -> str:
        return f"PostgresState({self.url!r})"
