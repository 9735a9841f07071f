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
