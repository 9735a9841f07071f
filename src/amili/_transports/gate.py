"""`ConnectionGate`: the one layer between the retry engine and the sending backend, where auth lives.

It admits at most pool-capacity requests at once, attaches the credentials on admission
(`_credentials.Credentials`), and answers a 401 to a token it attached by invalidating that token and sending once
more with the current one.

Why gate: httpcore re-scans its whole queue against every connection whenever a request arrives or finishes, so
1,000 queued requests make each one pay O(queue * connections); with the gate its queue never exceeds the pool.

Why attach the token here and not above the retry engine: a request that waited in a queue behind 1,000 others
would carry the token it was given when it joined the queue. When that token expires server-side, every queued
request gets a 401 and is sent twice. Attached on admission, only the requests already on the wire see the old token;
and their replay happens here, on the connection slot they hold, without going round the retry engine again.

Token requests bypass the gate on their own small pool: they never wait behind the requests that need them (and
could not deadlock with them). The backend is chosen on the first request (`backends.make_transport`) and then
called directly: nothing else sits between the gate and the socket.
"""

from __future__ import annotations

import math
from collections.abc import AsyncIterator, Callable
from typing import TYPE_CHECKING, Any

import anyio
import httpx

from .. import _extensions as _ext
from ..retry import AttemptPhase, async_backend, set_phase

if TYPE_CHECKING:
    from .._credentials import Credentials

__all__ = ["ConnectionGate"]

_DISCARD_LIMIT = 64 * 1024
"""A 401's body is read (to keep its connection) up to this size before the replay; a larger one closes it."""


class ConnectionGate(httpx.AsyncBaseTransport):
    def __init__(
        self, inner: httpx.AsyncBaseTransport, capacity: int | None, token_inner: httpx.AsyncBaseTransport | None
    ) -> None:
        self.inner = inner
        self.token_inner = token_inner
        self._capacity = capacity or math.inf
        self._slots: anyio.Semaphore | None = None
        self._send: Any = None  # the backend's `handle_async_request`, once chosen

    def _backend(self) -> Any:
        inner = self.inner
        resolve = getattr(inner, "pick_backend", None)  # `backends._Auto`: picks aiohttp or httpx in this event loop
        backend = resolve() if resolve is not None else inner
        self._send = backend.handle_async_request
        return self._send

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        extensions = request.extensions
        if extensions.get(_ext.TOKEN_REQUEST):
            return await (self.token_inner or self.inner).handle_async_request(request)
        slots = self._slots
        if slots is None:
            slots = self._slots = anyio.Semaphore(int(min(self._capacity, 1 << 30)), fast_acquire=True)
        send = self._send or self._backend()
        set_phase(request, AttemptPhase.POOL)  # a deadline firing from here on: nothing of this request was sent
        await async_backend().checkpoint_if_cancelled()  # as `acquire` does on its fast path
        try:
            slots.acquire_nowait()  # a free slot (none is free while anyone waits): no cancel scope, no coroutine
        except anyio.WouldBlock:
            await _acquire(slots, request)
        try:
            credentials: Credentials | None = extensions.get(_ext.CREDENTIALS)
            token = None
            if credentials is not None:
                set_phase(request, AttemptPhase.TOKEN)
                token = await credentials.attach(request)
            set_phase(request, AttemptPhase.HANDED)  # the sending backend says more, if it can
            response: httpx.Response = await send(request)
            if token is not None and response.status_code == 401 and credentials is not None:
                # Refresh once, replay once: the server did not process a request it refused to authenticate.
                await _discard(response)
                credentials.rejected(token)
                set_phase(request, AttemptPhase.TOKEN)
                await credentials.attach(request)
                set_phase(request, AttemptPhase.HANDED)
                response = await send(request)
        except BaseException:
            slots.release()
            raise
        # The connection is free again only once the body is read and the response closed (the retry engine does).
        return release_on_close(response, slots.release)

    async def aclose(self) -> None:
        self._send = None
        try:
            await self.inner.aclose()
        finally:
            if self.token_inner is not None and self.token_inner is not self.inner:
                await self.token_inner.aclose()


async def _discard(response: httpx.Response) -> None:
    """Read a refused response's (small) body so its connection can be reused, then close it."""
    try:
        if not response.is_stream_consumed:
            size = 0
            async for chunk in response.aiter_raw():
                size += len(chunk)
                if size > _DISCARD_LIMIT:
                    break
    except (httpx.HTTPError, httpx.StreamError):
        pass  # the connection is closed below; the replay takes another
    finally:
        await response.aclose()


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
    """Wait for a slot (none was free), up to the request's pool timeout.

    Under the retry engine the attempt's own cancel scope enforces it: its deadline is brought forward to the pool
    timeout while this waits (no second scope per queued request), and the engine reports a `PoolTimeout`."""
    timeout = request.extensions.get("timeout")
    pool = timeout.get("pool") if timeout else None
    if pool is None:
        await slots.acquire()
        return
    phase = request.extensions.get(_ext.PHASE)
    if isinstance(phase, AttemptPhase) and phase.scope is not None:
        await _acquire_in_scope(slots, request, phase, pool)
        return
    with anyio.move_on_after(pool):
        await slots.acquire()
        return
    raise httpx.PoolTimeout("no free connection in the pool within the pool timeout", request=request)


async def _acquire_in_scope(slots: anyio.Semaphore, request: httpx.Request, phase: AttemptPhase, pool: float) -> None:
    scope = phase.scope
    deadline = scope.deadline
    limit = async_backend().current_time() + pool
    if limit >= deadline:  # the attempt's own deadline comes first
        await slots.acquire()
        return
    phase.pool_wait = pool
    scope.deadline = limit
    try:
        await slots.acquire()
    finally:
        scope.deadline = deadline
    if scope.cancel_called:  # the pool timeout fired as the slot came free: the attempt is over, nothing was sent
        slots.release()
        raise httpx.PoolTimeout(f"no free connection in the pool within the {pool:g} s pool timeout", request=request)
    phase.pool_wait = None
