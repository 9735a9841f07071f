from __future__ import annotations

import os

import anyio
import pytest

# The property-based conformance run has its own target (`make conformance`, also run by CI): not collected by
# `make test`, rather than collected and skipped.
collect_ignore = [] if os.environ.get("AMILI_CONFORMANCE") else ["test_sandbox_conformance.py"]

BACKENDS = ["asyncio", "trio"]


@pytest.fixture(params=BACKENDS)
def run(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """Run an async function to completion under asyncio and under trio (anyio picks the backend)."""

    def _run(fn, *args):  # type: ignore[no-untyped-def]
        return anyio.run(fn, *args, backend=request.param)

    return _run


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
