"""The transports under the retry engine: which HTTP implementation sends, and how many requests reach it at once.

`http_backend="auto"` (default) sends with aiohttp when it is installed (`amili-sdk[fast]`) and the client runs on
asyncio, and with httpx's own pool otherwise (trio, or aiohttp absent). `AMILI_HTTP_BACKEND` sets the default.
"""

from __future__ import annotations

from .backends import (
    HTTP_BACKENDS,
    TOKEN_POOL_LIMITS,
    HttpBackend,
    chosen_backend,
    connection_counts,
    make_transport,
    resolve_backend,
)
from .gate import ConnectionGate

__all__ = [
    "HTTP_BACKENDS",
    "TOKEN_POOL_LIMITS",
    "ConnectionGate",
    "HttpBackend",
    "chosen_backend",
    "connection_counts",
    "make_transport",
    "resolve_backend",
]
