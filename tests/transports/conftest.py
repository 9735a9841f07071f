"""Fixtures of the transport tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def httpcore_second_rounds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """`[n]`: how many times, from now on, httpcore took a request back from a connection it had handed it
    (`ConnectionNotAvailable`: the connection went to another request first) and scanned its pool again."""
    from httpcore._async.connection_pool import AsyncPoolRequest

    seen = [0]
    clear = AsyncPoolRequest.clear_connection

    def counted(self: AsyncPoolRequest) -> None:
        seen[0] += 1
        clear(self)

    monkeypatch.setattr(AsyncPoolRequest, "clear_connection", counted)
    return seen
