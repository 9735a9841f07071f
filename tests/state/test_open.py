"""Opening a state store: one that cannot be opened fails `async with AmiliClient(...)` (and the FastAPI lifespan),
or the first call without it, with `StateStoreError` naming the store without its password — never the driver's
exception, never a hang, never a silent fallback to memory — and the password is in no frame of the traceback."""

from __future__ import annotations

import socket
import threading
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

import anyio
import pytest

from amili import AmiliClient, AmiliError
from amili.sandbox import Sandbox

PASSWORD = "pw-9f3c-never-shown"


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A TCP server that accepts connections and never answers (a PostgreSQL behind a stuck proxy)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    server.settimeout(0.1)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield int(server.getsockname()[1])
    finally:
        stop.set()
        thread.join(5)
        for conn in held:
            conn.close()
        server.close()


async def _failure(step: Callable[[], Awaitable[Any]]) -> BaseException:
    """The exception `step` raises (bounded: a hang fails the test rather than the suite)."""
    with anyio.fail_after(30):
        try:
            await step()
        except Exception as exc:
            return exc
    raise AssertionError("no error raised")


def _frames(tb: TracebackType | None) -> Iterator[Any]:
    while tb is not None:
        yield tb.tb_frame
        tb = tb.tb_next


def assert_secret_nowhere(exc: BaseException, secret: str) -> None:
    """Not in the message, the repr, the args, nor in the repr of any local of any frame of the exception, its
    cause or its context (recursively)."""
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        current = todo.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        assert secret not in str(current), type(current).__name__
        assert secret not in repr(current), type(current).__name__
        assert secret not in repr(current.args), type(current).__name__
        for frame in _frames(current.__traceback__):
            for name, value in frame.f_locals.items():
                try:
                    text = repr(value)
                except Exception:  # a repr that fails shows nothing
                    continue
                where = f"{frame.f_code.co_filename}:{frame.f_code.co_name} local {name!r}"
                assert secret not in text, where
        todo += [current.__cause__, current.__context__]


def _assert_state_store_error(exc: BaseException, store_fragment: str) -> None:
    assert type(exc).__name__ == "StateStoreError", f"{type(exc).__name__}: {exc}"
    assert isinstance(exc, AmiliError)
    assert store_fragment in str(exc)
    assert store_fragment in exc.store  # type: ignore[attr-defined]
    assert_secret_nowhere(exc, PASSWORD)


def _pg_url(port: int, query: str = "") -> str:
    return f"postgresql://app:{PASSWORD}@127.0.0.1:{port}/amili{query}"


# -- PostgreSQL ---------------------------------------------------------------------------------------------------


async def test_unreachable_postgres_fails_the_async_with(amili_sandbox: Sandbox) -> None:
    port = _closed_port()

    async def enter() -> None:
        async with AmiliClient(environment="sandbox", sandbox=amili_sandbox, state=_pg_url(port)):
            pass

    exc = await _failure(enter)
    _assert_state_store_error(exc, f"127.0.0.1:{port}/amili")
    assert "ConnectionRefusedError" in str(exc)
    assert "[redacted]" in str(exc)


async def test_unreachable_postgres_fails_the_first_call_typed(amili_sandbox: Sandbox) -> None:
    port = _closed_port()

    async def first_call() -> None:
        # no `async with`: found at first use
        amili = AmiliClient(environment="sandbox", sandbox=amili_sandbox, state=_pg_url(port))
        try:
            await amili.arm.customers.list_customers(clientno=2218)
        finally:
            await amili.aclose()

    _assert_state_store_error(await _failure(first_call), f"127.0.0.1:{port}")


async def test_a_postgres_that_never_answers_is_bounded_by_the_connect_timeout(
    silent_server: int, amili_sandbox: Sandbox
) -> None:
    async def enter() -> None:
        async with AmiliClient(
            environment="sandbox", sandbox=amili_sandbox, state=_pg_url(silent_server, "?connect_timeout=0.5")
        ):
            pass

    exc = await _failure(enter)
    _assert_state_store_error(exc, f"127.0.0.1:{silent_server}")
    assert "no answer within 0.5 s" in str(exc)


async def test_a_missing_database_is_named(postgres_url: str, amili_sandbox: Sandbox) -> None:
    url = postgres_url.rsplit("/", 1)[0] + "/no_such_database"

    async def enter() -> None:
        async with AmiliClient(environment="sandbox", sandbox=amili_sandbox, state=url):
            pass

    exc = await _failure(enter)
    assert type(exc).__name__ == "StateStoreError"
    assert "InvalidCatalogNameError" in str(exc) and "no_such_database" in str(exc)


async def test_a_reachable_postgres_opens_at_enter(postgres_url: str, amili_sandbox: Sandbox) -> None:
    async with AmiliClient(environment="sandbox", sandbox=amili_sandbox, state=postgres_url) as amili:
        page = await amili.arm.customers.list_customers(clientno=2218)
        assert page is not None


# -- SQLite and memory ---------------------------------------------------------------------------------------------


def test_a_file_that_is_not_a_database_fails_the_async_with(run, tmp_path: Path, amili_sandbox: Sandbox) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "state.db"
    path.write_bytes(b"this is not a database" * 100)

    async def main() -> BaseException:
        async def enter() -> None:
            async with AmiliClient(environment="sandbox", sandbox=amili_sandbox, state=f"sqlite:///{path}"):
                pass

        return await _failure(enter)

    exc = run(main)
    _assert_state_store_error(exc, str(path))
    assert "DatabaseError" in str(exc)


def test_a_path_under_a_file_fails_the_async_with(run, tmp_path: Path, amili_sandbox: Sandbox) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "a-file"
    blocker.write_text("x")

    async def main() -> BaseException:
        async def enter() -> None:
            async with AmiliClient(environment="sandbox", sandbox=amili_sandbox, state=f"sqlite:///{blocker}/state.db"):
                pass

        return await _failure(enter)

    _assert_state_store_error(run(main), str(blocker))


def test_memory_and_a_good_sqlite_file_open(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def main() -> None:
        for url in ("memory://", f"sqlite:///{tmp_path}/ok.db"):
            async with AmiliClient.sandbox(state=url) as amili:
                assert type(amili.state).__name__ in ("MemoryState", "SqliteState")
                await amili.arm.customers.list_customers(clientno=2218)
        assert (tmp_path / "ok.db").is_file()

    run(main)


# -- FastAPI lifespan ---------------------------------------------------------------------------------------------


async def test_the_fastapi_lifespan_fails_with_the_typed_error(amili_sandbox: Sandbox) -> None:
    from fastapi import FastAPI

    from amili.fastapi import amili_lifespan

    port = _closed_port()
    app = FastAPI()

    async def start() -> None:
        async with amili_lifespan(
            lambda: AmiliClient(environment="sandbox", sandbox=amili_sandbox, state=_pg_url(port))
        )(app):
            pass

    _assert_state_store_error(await _failure(start), f"127.0.0.1:{port}")
    assert not hasattr(app.state, "amili")


async def test_the_first_call_over_each_http_backend_is_typed_and_secret_free(
    http_backend: str, served_sandbox: tuple[Any, str]
) -> None:
    sandbox, root = served_sandbox
    port = _closed_port()

    async def first_call() -> None:
        amili = AmiliClient(environment="sandbox", base_urls=sandbox.base_urls(root), state=_pg_url(port))
        try:
            await amili.arm.customers.list_customers(clientno=2218)
        finally:
            await amili.aclose()

    _assert_state_store_error(await _failure(first_call), f"127.0.0.1:{port}")
    assert sandbox.state.requests_per_route.get("arm.customers.list_customers", 0) == 0  # nothing reached Amili


async def test_an_unreachable_postgres_journal_is_a_journal_error_without_the_password() -> None:
    from amili.errors import JournalStorageError
    from amili.journal import PostgresJournal

    journal = PostgresJournal(_pg_url(_closed_port()))
    exc = await _failure(lambda: journal.acquire("run", "me"))
    assert isinstance(exc, JournalStorageError)
    assert "[redacted]" in str(exc)
    assert_secret_nowhere(exc, PASSWORD)
    await journal.aclose()


@pytest.mark.parametrize("layout", ["not-a-database", "under-a-file"])
def test_a_bad_sqlite_store_fails_the_first_call_typed(
    run, tmp_path: Path, layout: str, amili_sandbox: Sandbox
) -> None:  # type: ignore[no-untyped-def]
    if layout == "not-a-database":
        path = tmp_path / "state.db"
        path.write_bytes(b"this is not a database" * 100)
    else:
        (tmp_path / "a-file").write_text("x")
        path = tmp_path / "a-file" / "state.db"

    async def main() -> BaseException:
        async def first_call() -> None:
            # no `async with`
            amili = AmiliClient(environment="sandbox", sandbox=amili_sandbox, state=f"sqlite:///{path}")
            try:
                await amili.arm.customers.list_customers(clientno=2218)
            finally:
                await amili.aclose()

        return await _failure(first_call)

    exc = run(main)
    assert type(exc).__name__ == "StateStoreError", f"{type(exc).__name__}: {exc}"
    assert str(tmp_path) in str(exc)
