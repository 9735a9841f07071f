"""httpx's pool, sharded: one single-connection httpcore pool per connection instead of one large pool.

httpcore re-examines its whole pool on every request and every response (each idle connection against the count of
all idle ones, each socket polled for expiry: O(connections²)), and it hands the same idle connection to every
request that arrives before the first of them starts using it: all but one fail with `ConnectionNotAvailable` and go
round again. With 5-connection shards, 88 % of the requests of a 1,000-call burst took that second round (2,045 after
a token expiry, when every connection goes idle at once). A pool of one connection, given one request at a time,
never collides and scans one connection. Free shards are a stack: the connection freed last is reused first, so
light traffic stays on few warm connections.
"""

from __future__ import annotations

import functools
import ssl
from typing import Any

import httpx

from .. import _extensions as _ext
from ..retry import AttemptPhase, set_phase
from .gate import release_on_close
from .tls import ssl_for

__all__ = ["SHARD_SIZE", "ShardedPool"]

SHARD_SIZE = 1  # connections per httpcore pool


class ShardedPool(httpx.AsyncBaseTransport):
    def __init__(self, limits: httpx.Limits, verify: bool | ssl.SSLContext = True) -> None:
        count = limits.max_connections or 100
        self._busy = [0] * count
        self._free = list(range(count - 1, -1, -1))  # shards with nothing in flight; the last freed on top
        self._shards: list[httpx.AsyncHTTPTransport | None] = [None] * count  # built on first use
        self._expiry = limits.keepalive_expiry
        self._ssl = ssl_for(verify)  # one context for every shard (and every pool: `tls.verifying_context`)

    def _shard(self, index: int) -> httpx.AsyncHTTPTransport:
        shard = self._shards[index]
        if shard is None:
            limits = httpx.Limits(
                max_connections=SHARD_SIZE, max_keepalive_connections=SHARD_SIZE, keepalive_expiry=self._expiry
            )
            shard = self._shards[index] = httpx.AsyncHTTPTransport(limits=limits, verify=self._ssl, retries=0)
        return shard

    def _pick(self) -> int:
        if self._free:
            return self._free.pop()
        busy = self._busy  # over capacity (no gate above): queue in the least busy
        return min(range(len(busy)), key=busy.__getitem__)

    def _release(self, index: int) -> None:
        busy = self._busy
        busy[index] -= 1
        if not busy[index]:
            self._free.append(index)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if _ext.PHASE in request.extensions:
            # Connecting until httpcore is about to write the request's first byte (its trace says when).
            set_phase(request, AttemptPhase.CONNECT)
            trace = request.extensions.get("trace")
            if not isinstance(trace, _PhaseTrace):  # a retry's request keeps the one it got
                request.extensions["trace"] = _PhaseTrace(request, trace)
        index = self._pick()
        self._busy[index] += 1
        try:
            response = await self._shard(index).handle_async_request(request)
        except BaseException:
            self._release(index)
            raise
        # The connection is free again once the response is read and closed (the retry engine always closes it).
        return release_on_close(response, functools.partial(self._release, index))

    @property
    def shards(self) -> list[httpx.AsyncHTTPTransport]:
        return [s for s in self._shards if s is not None]

    async def aclose(self) -> None:
        shards, self._shards = self.shards, [None] * len(self._shards)
        for shard in shards:
            await shard.aclose()


class _PhaseTrace:
    """httpcore's `trace` extension: the attempt is `SENT` from the moment the request headers start to be written."""

    __slots__ = ("_inner", "_request")

    def __init__(self, request: httpx.Request, inner: Any) -> None:
        self._request = request
        self._inner = inner

    async def __call__(self, name: str, info: dict[str, Any]) -> None:
        if name.endswith("send_request_headers.started"):
            set_phase(self._request, AttemptPhase.SENT)
            if self._inner is None:  # nothing more to learn: httpcore stops tracing this request's later steps
                self._request.extensions.pop("trace", None)
                return
        if self._inner is not None:
            await self._inner(name, info)
