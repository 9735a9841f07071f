from __future__ import annotations

import anyio
import pytest

BACKENDS = ["asyncio", "trio"]


@pytest.fixture(params=BACKENDS)
def run(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """Run an async function to completion under asyncio and under trio (anyio picks the backend)."""

    def _run(fn, *args):  # type: ignore[no-untyped-def]
        return anyio.run(fn, *args, backend=request.param)

    return _run
