"""Choosing and building the sending transport: aiohttp's pool, httpx's pool, or `auto`."""

from __future__ import annotations

import importlib.util
import ssl
import sys
from typing import Literal, get_args

import httpx

from ..errors import ConfigurationError
from .pool import ShardedPool

HttpBackend = Literal["auto", "aiohttp", "httpx"]
HTTP_BACKENDS: tuple[str, ...] = get_args(HttpBackend)
ENV_VAR = "AMILI_HTTP_BACKEND"


TOKEN_POOL_LIMITS = httpx.Limits(max_connections=2, max_keepalive_connections=2, keepalive_expiry=30.0)
"""Token grants have their own small pool: they never queue behind the requests waiting for them."""


def resolve_backend(value: str) -> HttpBackend:
    """A valid choice; "aiohttp" without aiohttp installed is an error."""
    chosen = value
    if chosen not in HTTP_BACKENDS:
        raise ConfigurationError(f"http_backend ({ENV_VAR}) must be one of {', '.join(HTTP_BACKENDS)} (got {chosen!r})")
    if chosen == "aiohttp" and not aiohttp_installed():
        raise ConfigurationError("http_backend='aiohttp' needs aiohttp: pip install 'amili-sdk[fast]'")
    return chosen  # type: ignore[return-value]


def aiohttp_installed() -> bool:
    return importlib.util.find_spec("aiohttp") is not None


def httpx_pool(limits: httpx.Limits, verify: bool | ssl.SSLContext) -> ShardedPool:
    """httpx's pool with keep-alive = max connections (a burst never closes connections it will want again),
    sharded so its bookkeeping stays cheap (see `pool.py`)."""
    return ShardedPool(limits, verify)


def aiohttp_pool(limits: httpx.Limits, verify: bool | ssl.SSLContext) -> httpx.AsyncBaseTransport:
    from .aiohttp import AiohttpTransport

    return AiohttpTransport(limits=limits, verify=verify)


def _on_asyncio() -> bool:
    asyncio = sys.modules.get("asyncio")
    if asyncio is None:
        return False
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False  # trio (or no loop at all)
    return True


class _Auto(httpx.AsyncBaseTransport):
    """Picks the backend on the first request, from the event loop it runs on (a client is reopened per loop)."""

    def __init__(self, backend: HttpBackend, limits: httpx.Limits, verify: bool | ssl.SSLContext) -> None:
        self._backend = backend
        self._limits = limits
        self._verify = verify
        self._inner: httpx.AsyncBaseTransport | None = None

    @property
    def chosen(self) -> str | None:
        """ "aiohttp" or "httpx" once a request was sent (for tests and the bench)."""
        if self._inner is None:
            return None
        return "httpx" if isinstance(self._inner, ShardedPool) else "aiohttp"

    @property
    def inner(self) -> httpx.AsyncBaseTransport | None:
        return self._inner

    def _pick(self) -> httpx.AsyncBaseTransport:
        on_asyncio = _on_asyncio()
        if self._backend == "aiohttp" and not on_asyncio:
            raise ConfigurationError("http_backend='aiohttp' runs on asyncio only: use 'auto' or 'httpx' under trio")
        if self._backend == "aiohttp" or (self._backend == "auto" and on_asyncio and aiohttp_installed()):
            return aiohttp_pool(self._limits, self._verify)
        return httpx_pool(self._limits, self._verify)

    def pick_backend(self) -> httpx.AsyncBaseTransport:
        """The backend for this event loop: the gate above calls it directly from then on."""
        inner = self._inner
        if inner is None:
            inner = self._inner = self._pick()
        return inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.pick_backend().handle_async_request(request)

    async def aclose(self) -> None:
        inner, self._inner = self._inner, None
        if inner is not None:
            await inner.aclose()


def make_transport(
    backend: HttpBackend, limits: httpx.Limits, verify: bool | ssl.SSLContext
) -> httpx.AsyncBaseTransport:
    """The sending transport for `backend`, built on the first request (inside the event loop that uses it)."""
    return _Auto(backend, limits, verify)


def chosen_backend(transport: httpx.AsyncBaseTransport | None) -> str | None:
    """ "aiohttp" or "httpx" once the client's stack sent a request; None for a caller-supplied transport."""
    inner = getattr(transport, "inner", None)
    if isinstance(transport, _Auto):
        return transport.chosen
    return chosen_backend(inner) if inner is not None else None


def connection_counts(transport: httpx.AsyncBaseTransport | None) -> tuple[int, int]:
    """(open connections, connections in use or requests queued) of a sending transport; (0, 0) if unknown."""
    if isinstance(transport, ShardedPool):
        totals = [connection_counts(shard) for shard in transport.shards]
        return sum(t[0] for t in totals), sum(t[1] for t in totals)
    if isinstance(transport, httpx.AsyncHTTPTransport):
        pool = transport._pool
        busy = sum(not (c.is_idle() or c.is_closed()) for c in pool.connections)
        return len(pool.connections), busy + len(pool._requests)
    inner = getattr(transport, "inner", None)
    if inner is not None:
        return connection_counts(inner)
    counts = getattr(transport, "connection_counts", None)
    return counts() if callable(counts) else (0, 0)
