"""httpx's pool, sharded: several small httpcore pools instead of one large one.

httpcore re-examines its whole pool on every request and every response: each idle connection is checked against
the count of all idle connections (O(connections²)), each connection's socket is polled for expiry, and each queued
request scans every connection. With keep-alive = max connections (no churn) a 100-connection pool spends most of
a busy client's CPU there. Shards of `SHARD_SIZE` connections keep that cost O(SHARD_SIZE²) whatever the pool
size. A request goes to the first shard with a free connection, so light traffic stays on few warm connections.
"""

from __future__ import annotations

import math
import ssl
from typing import Any

import httpx

from .. import _extensions as _ext
from ..retry import AttemptPhase, set_phase
from .gate import release_on_close

__all__ = ["SHARD_SIZE", "ShardedPool"]

SHARD_SIZE = 5


class ShardedPool(httpx.AsyncBaseTransport):
    def __init__(self, limits: httpx.Limits, verify: bool | ssl.SSLContext = True) -> None:
        total = limits.max_connections or 100
        count = math.ceil(total / SHARD_SIZE)
        self._sizes = [min(SHARD_SIZE, total - i * SHARD_SIZE) for i in range(count)]
        self._busy = [0] * count
        self._shards: list[httpx.AsyncHTTPTransport | None] = [None] * count  # built on first use
        self._expiry = limits.keepalive_expiry
        self._verify = verify
        self._context: ssl.SSLContext | bool | None = None

    def _shard(self, index: int) -> httpx.AsyncHTTPTransport:
        shard = self._shards[index]
        if shard is None:
            if self._context is None:  # one SSL context for every shard (building one costs milliseconds)
                verify = self._verify
                keep = isinstance(verify, ssl.SSLContext) or not verify
                self._context = verify if keep else httpx.create_ssl_context()
            size = self._sizes[index]
            limits = httpx.Limits(max_connections=size, max_keepalive_connections=size, keepalive_expiry=self._expiry)
            shard = self._shards[index] = httpx.AsyncHTTPTransport(limits=limits, verify=self._context, retries=0)
        return shard

    def _pick(self) -> int:
        busy, sizes = self._busy, self._sizes
        for index, size in enumerate(sizes):
            if busy[index] < size:
                return index
        return min(range(len(sizes)), key=busy.__getitem__)  # over capacity (no gate above): queue in the least busy

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if _ext.PHASE in request.extensions:
            # Connecting until httpcore is about to write the request's first byte (its trace says when).
            set_phase(request, AttemptPhase.CONNECT)
            trace = request.extensions.get("trace")
            if not isinstance(trace, _PhaseTrace):  # a retry's request keeps the one it got
                request.extensions["trace"] = _PhaseTrace(request, trace)
        index = self._pick()
        busy = self._busy
        busy[index] += 1
        try:
            response = await self._shard(index).handle_async_request(request)
        except BaseException:
            busy[index] -= 1
            raise

        def free() -> None:
            busy[index] -= 1

        # The connection is free again once the response is read and closed (the retry engine always closes it).
        return release_on_close(response, free)

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
