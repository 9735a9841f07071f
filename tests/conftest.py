from __future__ import annotations

import os

import anyio
import pytest

# The property-based conformance run has its own target (`make conformance`, also run by CI): not collected by
# `make test`, rather than collected and skipped.
collect_ignore = [] if os.environ.get("AMILI_CONFORMANCE") else ["sandbox/test_sandbox_conformance.py"]

BACKENDS = ["asyncio", "trio"]


@pytest.fixture(params=BACKENDS)
def run(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """Run an async function to completion under asyncio and under trio (anyio picks the backend)."""

    def _run(fn, *args):  # type: ignore[no-untyped-def]
        return anyio.run(fn, *args, backend=request.param)

    return _run


# Both sending transports run the suite: `auto` (aiohttp on asyncio) by default, `AMILI_HTTP_BACKEND=httpx make test`
# for httpx's pool; the fault, chaos, crash, cancellation and retry tests over real sockets take the `http_backend`
# fixture and run on both in every run.
HTTP_BACKENDS = ["aiohttp", "httpx"]


@pytest.fixture(params=HTTP_BACKENDS)
def http_backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """The backend under test; also the default of every client the test builds (and of child processes)."""
    monkeypatch.setenv("AMILI_HTTP_BACKEND", request.param)
    return str(request.param)


@pytest.fixture(autouse=True)
def _httpx_backend_under_pytest_httpx(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """pytest-httpx replaces httpx's own pool: tests written against it send through that pool."""
    if "httpx_mock" in request.fixturenames:
        monkeypatch.setenv("AMILI_HTTP_BACKEND", "httpx")


@pytest.fixture
def served_sandbox(amili_sandbox):  # type: ignore[no-untyped-def]
    """The plugin's `amili_sandbox` (configured by the `amili_sandbox` marker) served over HTTP on a loopback
    socket for the test: yields `(sandbox, root_url)`."""
    with amili_sandbox.run_in_thread() as root:
        yield amili_sandbox, root


@pytest.fixture
def postgres_url():  # type: ignore[no-untyped-def]
    """A throwaway PostgreSQL server of this test's own (see tests/_servers.py)."""
    from _servers import postgres_server

    with postgres_server() as url:
        yield url


@pytest.fixture
def redis_url():  # type: ignore[no-untyped-def]
    """A throwaway redis-server of this test's own (see tests/_servers.py)."""
    from _servers import redis_server

    with redis_server() as url:
        yield url


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    import sys

    servers = sys.modules.get("_servers")
    if servers is not None:
        servers.cleanup_template()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Modules holding a `slow` test run first (module order otherwise kept, and the order inside each module): under
    `pytest -n --dist loadscope` the long ones then start at once instead of ending the run on one busy worker."""
    slow_modules = {item.nodeid.split("::")[0] for item in items if item.get_closest_marker("slow")}
    items.sort(key=lambda item: item.nodeid.split("::")[0] not in slow_modules)
