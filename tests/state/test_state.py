"""amili.state: every protocol on every backend (PostgreSQL is a real server this test starts), and URL config."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import anyio
import pytest

from amili import ConfigurationError
from amili.auth import Token
from amili.state import Claim, StateStore, open_state, resolve_state

if TYPE_CHECKING:
    from amili.sandbox import Sandbox

BACKENDS = ["memory", "sqlite", "postgresql"]


@pytest.fixture(params=BACKENDS)
def state_url(request: pytest.FixtureRequest, tmp_path: Any) -> str:
    if request.param == "memory":
        return "memory://"
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/state.db"
    return str(request.getfixturevalue("postgres_url"))


def twins(url: str) -> tuple[StateStore, StateStore]:
    """Two stores on one URL, as two processes would open it (memory:// has one, shared)."""
    first = open_state(url)
    return first, (first if url == "memory://" else open_state(url))


def run_asyncio(fn: Callable[..., Any], *args: Any) -> Any:
    return anyio.run(fn, *args, backend="asyncio")


def test_dedup_claim_complete_release(state_url: str) -> None:
    a, b = twins(state_url)

    async def main() -> None:
        try:
            assert await a.dedup.claim("k", lease=60) is Claim.NEW
            assert await b.dedup.claim("k", lease=60) is Claim.IN_PROGRESS
            await a.dedup.release("k")
            assert await b.dedup.claim("k", lease=60) is Claim.NEW
            await b.dedup.complete("k")
            assert await a.dedup.claim("k", lease=60) is Claim.DONE
            await a.dedup.release("k")  # a completed key stays completed
            assert await a.dedup.claim("k", lease=60) is Claim.DONE
        finally:
            await a.aclose()
            await b.aclose()

    run_asyncio(main)


def test_dedup_lease_expires(state_url: str) -> None:
    a, b = twins(state_url)

    async def main() -> None:
        try:
            assert await a.dedup.claim("crashed", lease=0.3) is Claim.NEW  # its holder "dies" here
            assert await b.dedup.claim("crashed", lease=0.3) is Claim.IN_PROGRESS
            await anyio.sleep(0.5)
            assert await b.dedup.claim("crashed", lease=60) is Claim.NEW
        finally:
            await a.aclose()
            await b.aclose()

    run_asyncio(main)


def test_dedup_concurrent_claims_have_one_winner(state_url: str) -> None:
    a, b = twins(state_url)
    results: list[Claim] = []

    async def main() -> None:
        try:
            async with anyio.create_task_group() as tg:
                for i in range(40):
                    store = a if i % 2 else b

                    async def claim(store: StateStore = store) -> None:
                        results.append(await store.dedup.claim("hot", lease=60))

                    tg.start_soon(claim)
        finally:
            await a.aclose()
            await b.aclose()

    run_asyncio(main)
    assert results.count(Claim.NEW) == 1
    assert results.count(Claim.IN_PROGRESS) == 39


def test_completion_signal_wakes_a_waiter_on_another_store(state_url: str) -> None:
    a, b = twins(state_url)

    async def main() -> None:
        try:
            assert await a.signals.wait("batch-0", 0.05) is False
            woke: list[float] = []

            async def waiter() -> None:
                start = anyio.current_time()
                assert await a.signals.wait("batch-1", 30) is True
                woke.append(anyio.current_time() - start)

            async with anyio.create_task_group() as tg:
                tg.start_soon(waiter)
                await anyio.sleep(0.3)
                await b.signals.publish("batch-1")
            assert woke, "woken by the publication, not the 30 s timeout"
            # Published before anyone waits: found at once.
            await b.signals.publish("batch-2")
            assert await a.signals.wait("batch-2", 0) is True
        finally:
            await a.aclose()
            await b.aclose()

    run_asyncio(main)


def test_token_cache_single_flight_across_stores(state_url: str) -> None:
    a, b = twins(state_url)
    fetches: list[int] = []

    async def fetch() -> Token:
        fetches.append(1)
        await anyio.sleep(0.1)  # a slow token endpoint: everyone else must wait, not fetch
        return Token(f"token-{len(fetches)}", expires_at=time.time() + 3600)

    async def main() -> None:
        got: list[str] = []
        try:
            async with anyio.create_task_group() as tg:
                for i in range(20):
                    store = a if i % 2 else b

                    async def one(store: StateStore = store) -> None:
                        got.append((await store.tokens.single_flight("cred", fetch)).value)

                    tg.start_soon(one)
            assert set(got) == {"token-1"} and len(fetches) == 1
            # The API rejected token-1 (401): the next caller refreshes once, then everyone shares token-2.
            assert (await a.tokens.single_flight("cred", fetch, reject="token-1")).value == "token-2"
            assert (await b.tokens.single_flight("cred", fetch, reject="token-1")).value == "token-2"
            assert len(fetches) == 2
            assert (await b.tokens.single_flight("other-cred", fetch)).value == "token-3"
        finally:
            await a.aclose()
            await b.aclose()

    run_asyncio(main)


def test_stale_shared_token_is_refreshed(state_url: str) -> None:
    a, b = twins(state_url)
    values = iter(["old", "new"])

    async def fetch() -> Token:
        value = next(values)
        lifetime = 1.0 if value == "old" else 3600.0  # refreshed ahead of expiry: "old" is stale at once
        return Token(value, expires_at=time.time() + lifetime, issued_at=time.time() - 100)

    async def main() -> None:
        try:
            assert (await a.tokens.single_flight("k", fetch)).value == "old"
            assert (await b.tokens.single_flight("k", fetch)).value == "new"
        finally:
            await a.aclose()
            await b.aclose()

    run_asyncio(main)


def test_sqlite_state_works_under_trio(tmp_path: Any) -> None:
    state = open_state(f"sqlite:///{tmp_path}/trio.db")

    async def main() -> None:
        assert await state.dedup.claim("k", lease=5) is Claim.NEW
        await state.signals.publish("b")
        assert await state.signals.wait("b", 0)
        await state.aclose()

    anyio.run(main, backend="trio")


def test_postgres_state_under_trio_is_a_clear_error(postgres_url: str) -> None:
    state = open_state(postgres_url)

    async def main() -> None:
        with pytest.raises(ConfigurationError, match="asyncio"):
            await state.dedup.claim("k", lease=5)

    anyio.run(main, backend="trio")


# -- URLs -------------------------------------------------------------------------------------------------------------


def test_urls(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    assert type(open_state("memory://")).__name__ == "MemoryState"
    from amili.state.sqlite import SqliteState

    sqlite = open_state(f"sqlite:///{tmp_path}/a.db")
    assert isinstance(sqlite, SqliteState)
    assert str(sqlite.path) == f"{tmp_path}/a.db"
    relative = open_state("sqlite:///relative/x.db")
    assert isinstance(relative, SqliteState)
    assert str(relative.path) == "relative/x.db"
    pg = open_state("postgresql://app:s3cr3t-pw@db.internal:5432/amili")
    assert type(pg).__name__ == "PostgresState"
    assert "s3cr3t-pw" not in repr(pg) and "s3cr3t-pw" not in pg.url
    assert pg.url == "postgresql://app:[redacted]@db.internal:5432/amili"
    for bad in ("", "   ", "sqlite://", "sqlite:///", "sqlite://host/x.db", "redis://localhost", "nonsense"):
        with pytest.raises(ConfigurationError):
            open_state(bad)
    with pytest.raises(ConfigurationError) as info:
        open_state("mysql://u:hunter2@h/db")
    assert "hunter2" not in str(info.value)
    monkeypatch.delenv("AMILI_STATE_URL", raising=False)
    assert resolve_state(None) is None
    monkeypatch.setenv("AMILI_STATE_URL", "memory://")
    assert resolve_state(None) is None  # the environment is the options builder's to read …
    from amili import AmiliClient

    assert type(AmiliClient("c", "s").state).__name__ == "MemoryState"  # … which passes it on
    store = open_state("memory://")
    assert resolve_state(store) is store
    with pytest.raises(ConfigurationError):
        resolve_state(42)  # type: ignore[arg-type]


# -- AmiliClient(state=…) ---------------------------------------------------------------------------------------------


def test_clients_sharing_a_state_share_one_token_and_completion_signals(tmp_path: Any, amili_sandbox: Sandbox) -> None:
    from amili import AmiliClient

    sandbox = amili_sandbox
    url = f"sqlite:///{tmp_path}/client.db"
    a = AmiliClient(sandbox=sandbox, environment="sandbox", state=url)
    b = AmiliClient(sandbox=sandbox, environment="sandbox", state=url)
    assert a.state is not None and a.state.url == url
    assert a.batches.signals is a.state.signals

    async def main() -> None:
        async with a, b:
            assert a.token_provider is not None and b.token_provider is not None
            first = await a.token_provider.get_token()
            second = await b.token_provider.get_token()
            assert first.value == second.value
            assert a.token_provider.fetch_count + b.token_provider.fetch_count == 1  # type: ignore[attr-defined]
            # B learns of a completion (its webhook receiver): A's waiter on its own state object is told.
            await b.batches.publish_completed("batch-x")
            assert await a.batches.signals.wait("batch-x", 0)  # type: ignore[union-attr]

    anyio.run(main)
    assert len([r for r in sandbox.requests if r.path.endswith("/token")]) == 1


def test_rejected_shared_token_is_not_handed_back(tmp_path: Any, amili_sandbox: Sandbox) -> None:
    from amili import AmiliClient

    sandbox = amili_sandbox
    url = f"sqlite:///{tmp_path}/client.db"
    a = AmiliClient(sandbox=sandbox, environment="sandbox", state=url)

    async def main() -> None:
        async with a:
            provider = a.token_provider
            assert provider is not None
            old = await provider.get_token()
            provider.invalidate(old)  # the API answered 401 to it
            new = await provider.get_token()
            assert new.value != old.value

    anyio.run(main)


def test_database_passwords_never_show(monkeypatch: pytest.MonkeyPatch) -> None:
    from amili import AmiliClient
    from amili.journal import PostgresJournal

    url = "postgresql://app:db-pw-3141@db.internal/amili"
    monkeypatch.delenv("AMILI_STATE_URL", raising=False)
    client = AmiliClient("id", "secret", base_urls={"identity": "https://id.example"}, state=url)
    journal = PostgresJournal(url)
    assert client.state is not None
    for shown in (
        repr(client.options),
        repr(client.state),
        repr(vars(client.state)),
        repr(journal),
        repr(vars(journal)),
    ):
        assert "db-pw-3141" not in shown
    assert "[redacted]" in repr(client.options)
