"""`ConnectionGate`: admits at most pool-capacity requests at once and attaches the bearer token on admission.

Why gate: httpcore re-scans its whole queue against every connection whenever a request arrives or finishes, so
1,000 queued requests make each one pay O(queue * connections); with the gate its queue never exceeds the pool.

Why attach the token here and not in `httpx.Auth`: a request that waited in a queue behind 1,000 others would carry
the token it was given when it joined the queue. When that token expires server-side, every queued request gets a
401 and is sent twice. Attached on admission, only the requests already on the wire see the old token.

Token requests bypass the gate on their own small pool: they never wait behind the requests that need them (and
could not deadlock with them).
"""

from __future__ import annotations

import math
from collections.abc import AsyncIterator, Callable
from typing import Any

import anyio
import httpx

from ..retry import AttemptPhase, set_phase

__all__ = [
    "BEARER_EXTENSION",
    "BEARER_TICKET_EXTENSION",
    "BEARER_TOKEN_EXTENSION",
    "TOKEN_REQUEST_EXTENSION",
    "ConnectionGate",
]

BEARER_EXTENSION = "amili.bearer"
"""Request extension: the token provider whose token this request needs (set by `AmiliAuth`, applied here)."""
BEARER_TICKET_EXTENSION = "amili.bearer_ticket"
"""Request extension: the provider's `ticket()` when the call began (a token fetch failing after that answers it)."""
BEARER_TOKEN_EXTENSION = "amili.bearer_token"
"""Request extension: the token that was attached (so a 401 invalidates exactly that one)."""
TOKEN_REQUEST_EXTENSION = "amili.token_request"
"""Request extension: a token grant; sent on the token pool."""


class ConnectionGate(httpx.AsyncBaseTransport):
    def __init__(
        self, inner: httpx.AsyncBaseTransport, capacity: int | None, token_inner: httpx.AsyncBaseTransport | None
    ) -> None:
        self.inner = inner
        self.token_inner = token_inner
        self._capacity = capacity or math.inf
        self._slots: anyio.Semaphore | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        extensions = request.extensions
        if extensions.get(TOKEN_REQUEST_EXTENSION):
            return await (self.token_inner or self.inner).handle_async_request(request)
        slots = self._slots
        if slots is None:
            slots = self._slots = anyio.Semaphore(int(min(self._capacity, 1 << 30)), fast_acquire=True)
        set_phase(request, AttemptPhase.POOL)  # a deadline firing from here on: nothing of this request was sent
        await _acquire(slots, request)
        try:
            provider: Any = extensions.get(BEARER_EXTENSION)
            if provider is not None:
                set_phase(request, AttemptPhase.TOKEN)
                ticket = extensions.get(BEARER_TICKET_EXTENSION)
                token = await (provider.get_token() if ticket is None else provider.get_token(asked=ticket))
                request.headers["Authorization"] = f"Bearer {token.value}"
                extensions[BEARER_TOKEN_EXTENSION] = token
            set_phase(request, AttemptPhase.HANDED)  # the sending backend says more, if it can
            response = await self.inner.handle_async_request(request)
        except BaseException:
            slots.release()
            raise
        # The connection is free again only once the body is read and the response closed (the retry engine does).
        return release_on_close(response, slots.release)

    async def aclose(self) -> None:
        try:
            await self.inner.aclose()
        finally:
            if self.token_inner is not None and self.token_inner is not self.inner:
                await self.token_inner.aclose()


class _ReleaseOnClose(httpx.AsyncByteStream):
    """The response's own stream (iterated directly: no extra layer per chunk) plus a callback run once on close."""

    __slots__ = ("_release", "_stream")

    def __init__(self, stream: httpx.AsyncByteStream, release: Callable[[], object]) -> None:
        self._stream = stream
        self._release: Callable[[], object] | None = release

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._stream.__aiter__()

    async def aclose(self) -> None:
        release, self._release = self._release, None
        try:
            await self._stream.aclose()
        finally:
            if release is not None:
                release()


def release_on_close(response: httpx.Response, release: Callable[[], object]) -> httpx.Response:
    """Run `release` when `response` is closed (now, if whoever built it already read and closed it)."""
    if response.is_closed or not isinstance(response.stream, httpx.AsyncByteStream):
        release()
        return response
    response.stream = _ReleaseOnClose(response.stream, release)
    return response


async def _acquire(slots: anyio.Semaphore, request: httpx.Request) -> None:
    timeout = request.extensions.get("timeout")
    pool = timeout.get("pool") if timeout else None
    if pool is None:
        await slots.acquire()
        return
    with anyio.move_on_after(pool):
        await slots.acquire()
        return
    raise httpx.PoolTimeout("no free connection in the pool within the pool timeout", request=request)
