"""`amili.state.url`: the one store-URL parser, used by the state stores and by the journal (`submit_many(journal=…)`
and the default journal a client's `state=` provides to a named run)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from amili import AmiliClient, ConfigurationError, RetryPolicy
from amili.journal import MemoryJournal, PostgresJournal, SQLiteJournal, open_journal
from amili.state import open_state, parse_store_url
from amili.state.url import DEFAULT_COMMAND_TIMEOUT, DEFAULT_CONNECT_TIMEOUT

CLIENT = 2218


def test_every_kind_parses_once() -> None:
    assert parse_store_url("memory://").kind == "memory"
    sqlite = parse_store_url("sqlite:///jobs/a.db")
    assert (sqlite.kind, sqlite.path) == ("sqlite", Path("jobs/a.db"))
    assert parse_store_url("sqlite:////var/lib/a.db").path == Path("/var/lib/a.db")
    for scheme in ("postgresql", "postgres", "PostgreSQL"):
        pg = parse_store_url(f"{scheme}://app:s3cr3t@db.internal:5432/amili?sslmode=require")
        assert pg.kind == "postgresql"
        assert pg.redacted.endswith("app:[redacted]@db.internal:5432/amili?sslmode=require")
        assert pg.dsn is not None and "s3cr3t" in pg.dsn.get()
        assert "s3cr3t" not in repr(pg)
        assert (pg.connect_timeout, pg.command_timeout) == (DEFAULT_CONNECT_TIMEOUT, DEFAULT_COMMAND_TIMEOUT)


def test_the_sdk_timeouts_come_out_of_the_query_string() -> None:
    pg = parse_store_url("postgresql://u:pw@h/db?connect_timeout=2.5&sslmode=disable&command_timeout=7")
    assert (pg.connect_timeout, pg.command_timeout) == (2.5, 7.0)
    assert pg.dsn is not None and pg.dsn.get() == "postgresql://u:pw@h/db?sslmode=disable"
    for bad in ("0", "-1", "nan", "inf", "soon"):
        with pytest.raises(ConfigurationError, match="connect_timeout") as info:
            parse_store_url(f"postgresql://u:hunter2@h/db?connect_timeout={bad}")
        assert "hunter2" not in str(info.value)


def test_bad_urls_are_configuration_errors_without_the_password() -> None:
    for bad in ("", "  ", "sqlite://", "sqlite:///", "sqlite://host/x.db", "redis://u:hunter2@h", "nonsense"):
        with pytest.raises(ConfigurationError) as info:
            parse_store_url(bad)
        assert "hunter2" not in str(info.value)


def test_state_and_journal_read_the_same_urls(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/one.db"
    state = open_state(url)
    journal = open_journal(url)
    assert isinstance(journal, SQLiteJournal)
    assert journal.path == state.journal.path == tmp_path / "one.db"  # type: ignore[attr-defined]
    assert isinstance(open_journal("memory://"), MemoryJournal)
    assert isinstance(open_journal("postgresql://u:pw@h/db"), PostgresJournal)
    assert isinstance(open_journal(str(tmp_path / "plain.db")), SQLiteJournal)  # a plain path keeps working
    assert isinstance(open_journal(tmp_path / "plain.db"), SQLiteJournal)


def test_the_postgres_family_shares_one_pool_wrapper() -> None:
    from amili.state.postgres import PostgresState

    state = open_state("postgresql://u:pw@h/db")
    assert isinstance(state, PostgresState)
    journal = state.journal
    assert isinstance(journal, PostgresJournal)
    assert journal._db is state.database


# -- submit_many(journal=URL) and the client's state as the default journal ---------------------------------------


def _client(**options: Any) -> AmiliClient:
    amili = AmiliClient.sandbox(
        batch_delay=0.02, retry_policy=RetryPolicy(base_delay=0.001, max_delay=0.002), **options
    )
    amili.batches.first_delay = 0.01
    amili.batches.max_delay = 0.05
    return amili


def _customers(n: int) -> list[dict[str, Any]]:
    return [{"customerNo": f"C{i}", "name": f"Customer {i}"} for i in range(n)]


async def _run(amili: AmiliClient, run_name: str, journal: Any = None) -> int:
    run = amili.arm.customers.submit_batch.submit_many(
        CLIENT, _customers(5), chunk_size=2, journal=journal, run_name=run_name
    )
    async with run:
        return len([outcome async for outcome in run])


def _sent(amili: AmiliClient) -> int:
    assert amili.simulator is not None
    return amili.simulator.state.requests_per_route.get("arm.customers.create_customers_batch", 0)


@pytest.mark.parametrize("form", ["sqlite:///jobs.db", "jobs.db"])
async def test_submit_many_reads_a_sqlite_url_or_a_path(
    form: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    async with _client() as amili:
        assert await _run(amili, "url", journal=form) == 5
        sent = _sent(amili)
        assert await _run(amili, "url", journal=form) == 5  # replayed from the journal: nothing sent again
        assert _sent(amili) == sent
    assert (tmp_path / "jobs.db").is_file()
    assert not (tmp_path / "sqlite:").exists()


async def test_submit_many_reads_a_postgresql_url(postgres_url: str) -> None:
    async with _client() as amili:
        assert await _run(amili, "pg", journal=postgres_url) == 5
        sent = _sent(amili)
        assert await _run(amili, "pg", journal=postgres_url) == 5
        assert _sent(amili) == sent


@pytest.mark.parametrize("kind", ["memory", "sqlite", "postgres"])
async def test_the_clients_state_is_the_default_journal_of_a_named_run(
    kind: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    url = {"memory": "memory://", "sqlite": f"sqlite:///{tmp_path}/state.db"}.get(kind)
    if url is None:
        url = request.getfixturevalue("postgres_url")
    async with _client(state=url) as amili:
        assert await _run(amili, "nightly") == 5
        sent = _sent(amili)
        assert sent > 0
        assert await _run(amili, "nightly") == 5  # the rerun replays from the state's journal
        assert _sent(amili) == sent
        state = amili.state
        assert state is not None
        journal = state.journal  # type: ignore[attr-defined]
        assert await journal.get("nightly", 0) is not None  # lent by the client: still open after the runs
        assert amili.with_options(max_retries=0).arm.customers.submit_batch.poller.journal is journal


async def test_an_unnamed_run_without_journal_stays_unjournalled(tmp_path: Path) -> None:
    async with _client(state=f"sqlite:///{tmp_path}/state.db") as amili:
        run = amili.arm.customers.submit_batch.submit_many(CLIENT, _customers(3), chunk_size=2)
        assert run._journal is None
        async with run:
            assert len([o async for o in run]) == 3
