"""The journal on PostgreSQL (`asyncpg`, extra `amili-sdk[postgres]`): one run resumable from any machine.

Same protocol as the SQLite journal. The lease lives in a row taken with `INSERT … ON CONFLICT … DO UPDATE …
WHERE <mine or expired> RETURNING` (one statement decides between concurrent takers); `begin` locks the lease row
(`FOR SHARE`) while it checks the owner and inserts the chunk, so a lease taken over in between cannot let two
owners begin the same chunk, and the chunk's primary key refuses a second `begin` whatever happens. Lease times are
the database's clock, so workers on machines with skewed clocks agree.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ..errors import JournalError, JournalLockedError, JournalStorageError, StateStoreError
from ..state.postgres import PostgresDatabase
from ..state.url import StoreURL
from .protocol import DEFAULT_LEASE_TTL, ChunkRecord, chunk_from_row, owner_is_gone

if TYPE_CHECKING:
    import asyncpg

__all__ = ["PostgresJournal"]

_SCHEMA_LOCK = 0x616D696C6A  # serialises schema creation between processes starting together

_SCHEMA = """
CREATE TABLE IF NOT EXISTS amili_journal_chunks (
    run TEXT NOT NULL,
    idx INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    item_count INTEGER NOT NULL,
    idempotency_key TEXT NOT NULL,
    state TEXT NOT NULL,
    batch_id TEXT,
    handle TEXT,
    outcomes TEXT,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (run, idx)
);
CREATE TABLE IF NOT EXISTS amili_journal_leases (
    run TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);
"""


class PostgresJournal:
    """`PostgresJournal("postgresql://…")`, or `submit_many(journal="postgresql://…")`. Connects on first use.

    Given a `PostgresDatabase` (the state store's: `PostgresState(...).journal`) it shares that pool and leaves
    it open on `aclose()`; built from a URL it has a pool of its own."""

    def __init__(
        self,
        dsn: str | StoreURL | PostgresDatabase,
        *,
        lease_ttl: float = DEFAULT_LEASE_TTL,
        max_connections: int = 5,
    ) -> None:
        if lease_ttl <= 0:
            raise ValueError("lease_ttl must be > 0")
        self.lease_ttl = float(lease_ttl)
        self._owns_db = not isinstance(dsn, PostgresDatabase)
        self._db = dsn if isinstance(dsn, PostgresDatabase) else PostgresDatabase(dsn, max_size=max_connections)
        self.url = self._db.url

    def __repr__(self) -> str:
        return f"PostgresJournal({self.url!r})"

    async def _call(self, what: str, fn: Any) -> Any:
        """Run `fn(conn)`; driver and network failures become the journal's typed errors."""
        try:
            pool = await self._db.pool(_SCHEMA, _SCHEMA_LOCK)
            async with pool.acquire() as conn:
                return await fn(conn)
        except JournalError:
            raise
        except StateStoreError as exc:
            raise JournalStorageError(
                f"journal {self.url}: {what}: {exc}; rerun when it is back: the journal stays consistent and "
                "nothing is sent twice"
            ) from None
        except (OSError, ConnectionError, TimeoutError) as exc:
            raise JournalStorageError(
                f"journal {self.url}: {what}: cannot reach PostgreSQL ({type(exc).__name__}); rerun when it is back: "
                "the journal stays consistent and nothing is sent twice"
            ) from None
        except Exception as exc:
            if type(exc).__module__.startswith("asyncpg"):
                raise JournalStorageError(
                    f"journal {self.url}: {what}: {type(exc).__name__}: {str(exc)[:200]}"
                ) from None
            raise

    # -- leases -----------------------------------------------------------------------------------------------------

    async def acquire(self, run: str, owner: str) -> bool:
        async def q(conn: asyncpg.Connection) -> bool:
            taken = await conn.fetchval(
                "INSERT INTO amili_journal_leases (run, owner, expires_at) "
                "VALUES ($1, $2, clock_timestamp() + make_interval(secs => $3)) "
                "ON CONFLICT (run) DO UPDATE SET owner = EXCLUDED.owner, expires_at = EXCLUDED.expires_at "
                "WHERE amili_journal_leases.owner = EXCLUDED.owner "
                "OR amili_journal_leases.expires_at <= clock_timestamp() RETURNING true",
                run,
                owner,
                self.lease_ttl,
            )
            if taken:
                return True
            holder = await conn.fetchval("SELECT owner FROM amili_journal_leases WHERE run = $1", run)
            if holder is None or not owner_is_gone(str(holder)):
                return False
            # Its owner was a process on this host that no longer exists: take over without waiting out the lease.
            moved = await conn.fetchval(
                "UPDATE amili_journal_leases "
                "SET owner = $2, expires_at = clock_timestamp() + make_interval(secs => $3) "
                "WHERE run = $1 AND owner = $4 RETURNING true",
                run,
                owner,
                self.lease_ttl,
                holder,
            )
            return bool(moved)

        return bool(await self._call(f"taking the lease of run {run!r}", q))

    async def release(self, run: str, owner: str) -> None:
        async def q(conn: asyncpg.Connection) -> None:
            await conn.execute("DELETE FROM amili_journal_leases WHERE run = $1 AND owner = $2", run, owner)

        await self._call(f"releasing the lease of run {run!r}", q)

    # -- chunks -----------------------------------------------------------------------------------------------------

    async def get(self, run: str, index: int) -> ChunkRecord | None:
        async def q(conn: asyncpg.Connection) -> Any:
            return await conn.fetchrow(
                "SELECT run, idx, content_hash, item_count, idempotency_key, state, batch_id, handle, outcomes "
                "FROM amili_journal_chunks WHERE run = $1 AND idx = $2",
                run,
                index,
            )

        row = await self._call(f"reading chunk {index} of run {run!r}", q)
        return None if row is None else chunk_from_row(tuple(row), f"journal {self.url}")

    async def all(self, run: str) -> list[ChunkRecord]:
        async def q(conn: asyncpg.Connection) -> Any:
            return await conn.fetch(
                "SELECT run, idx, content_hash, item_count, idempotency_key, state, batch_id, handle, outcomes "
                "FROM amili_journal_chunks WHERE run = $1 ORDER BY idx",
                run,
            )

        rows = await self._call(f"listing run {run!r}", q)
        return [chunk_from_row(tuple(row), f"journal {self.url}") for row in rows]

    async def begin(
        self, run: str, index: int, content_hash: str, item_count: int, idempotency_key: str, *, owner: str
    ) -> None:
        async def q(conn: asyncpg.Connection) -> None:
            async with conn.transaction():
                live = await conn.fetchval(
                    "SELECT expires_at > clock_timestamp() FROM amili_journal_leases "
                    "WHERE run = $1 AND owner = $2 FOR SHARE",
                    run,
                    owner,
                )
                if not live:
                    raise JournalLockedError(
                        f"journal {self.url}: this process no longer holds the lease of run {run!r} "
                        "(another process took it over); nothing more is sent"
                    )
                inserted = await conn.fetchval(
                    "INSERT INTO amili_journal_chunks (run, idx, content_hash, item_count, idempotency_key, state) "
                    "VALUES ($1, $2, $3, $4, $5, 'submitting') ON CONFLICT (run, idx) DO NOTHING RETURNING true",
                    run,
                    index,
                    content_hash,
                    item_count,
                    idempotency_key,
                )
                if not inserted:
                    raise JournalLockedError(
                        f"journal {self.url}: chunk {index} of run {run!r} was begun by another process"
                    )

        await self._call(f"beginning chunk {index} of run {run!r}", q)

    async def submitted(self, run: str, index: int, batch_id: str, handle: dict[str, Any]) -> None:
        async def q(conn: asyncpg.Connection) -> None:
            await conn.execute(
                "UPDATE amili_journal_chunks SET state = 'submitted', batch_id = $3, handle = $4, "
                "updated_at = clock_timestamp() WHERE run = $1 AND idx = $2",
                run,
                index,
                batch_id,
                json.dumps(handle),
            )

        await self._call(f"recording chunk {index} of run {run!r} as submitted", q)

    async def done(self, run: str, index: int, outcomes: list[dict[str, Any]]) -> None:
        async def q(conn: asyncpg.Connection) -> None:
            await conn.execute(
                "UPDATE amili_journal_chunks SET state = 'done', outcomes = $3, updated_at = clock_timestamp() "
                "WHERE run = $1 AND idx = $2",
                run,
                index,
                json.dumps(outcomes),
            )

        await self._call(f"recording the outcomes of chunk {index} of run {run!r}", q)

    async def aclose(self) -> None:
        """Close the pool if it is the journal's own (it reopens on next use); a state store's stays open."""
        if self._owns_db:
            await self._db.close()
