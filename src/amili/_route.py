"""How an operation's request reaches the retry engine: a per-server template, or httpx's general path.

The façade's `Operation` builds a call's pieces (method, path, query, headers, body) and hands them to its
context's `send`. On the client's own stack that is `Route.send`: the request is built from the server's template
(base URL parsed once, the client's headers merged once) and handed straight to the retry engine — no
`httpx.AsyncClient.send` (its URL merge and re-parse, cookie jar, auth flow, event hooks and redirect loop are all
things the SDK does not use). With a caller's `http_client=` or `transport=` the general path (`general_send`)
goes through the server's `httpx.AsyncClient` as before, so everything httpx does for them still happens.

Either way the request meets the same three objects: the retry engine, the connection gate (admission and auth:
`_credentials.Credentials`) and the sending backend.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any

import httpx

from . import _extensions as _ext
from .retry import ATTEMPT_HEADER

if TYPE_CHECKING:
    from .auth import Credentials

__all__ = ["Route", "Send", "general_send", "tag"]

Send = Callable[[dict[str, Any], Any, dict[str, Any]], Awaitable[httpx.Response]]
"""`send(request_kwargs, timeout, extensions)`: `request_kwargs` as httpx's `request()` takes them (method, url,
params, headers, content/data/json/files)."""

_URL_CACHE_SIZE = 512
"""Parsed URLs kept per server (a URL is immutable): polls, pages and bulk submits repeat the same few."""


_SIZED_METHODS = frozenset({"POST", "PUT", "PATCH"})
"""httpx gives these a `Content-Length` even without a body: built by `httpx.Request` itself."""
_DEFAULT_HEADERS = ("accept", "accept-encoding", "user-agent")
"""The headers an HTTP library adds when a request has none (aiohttp does: see `_extensions.DEFAULT_HEADERS_SET`)."""
_EMPTY = httpx.ByteStream(b"")
"""The body of a request without one (httpx's own empty stream; it holds nothing, so one serves every request)."""


def tag(request: httpx.Request, api: str, credentials: Credentials | None) -> None:
    """What the layers below need to know about a request of the client's own stack: its API server (the retry
    budget's, breaker's and back-off's key) and its credentials (applied by the gate); the call begins here."""
    extensions = request.extensions
    extensions[_ext.API] = api
    if credentials is not None:
        extensions[_ext.CREDENTIALS] = credentials
        credentials.begin(request)


class Route:
    """One API server's request template: the retry engine, the server's base URL and the client's headers."""

    __slots__ = (
        "_bare",
        "_bare_of",
        "_defaults_set",
        "_engine",
        "_headers",
        "_last_timeout",
        "_prefix",
        "_timeout_spec",
        "_urls",
        "credentials",
        "key",
    )

    def __init__(
        self, key: str, http: httpx.AsyncClient, engine: httpx.AsyncBaseTransport, credentials: Credentials | None
    ) -> None:
        self.key = key
        self.credentials = credentials
        self._engine = engine
        # httpx's own merge: the base URL's path (with its trailing slash) + the relative path without its leading one.
        self._prefix = str(http.base_url).rstrip("/")
        self._headers = http.headers  # httpx's defaults (Accept, Connection) merged with the client's, once
        # The headers httpx gives a request without a body to this server (its `Host` first, then the above): every
        # such request starts from a copy of them, built without httpx's body encoding and header re-normalising.
        # Rebuilt when the client's headers change (a generated client's `with_headers` updates them in place).
        self._bare_of: list[tuple[bytes, bytes]] = []
        self._bare = httpx.Headers()
        self._defaults_set = False
        self._urls: dict[str, httpx.URL] = {}
        self._last_timeout: object = None
        self._timeout_spec: dict[str, float | None] = {}

    def _url(self, path: str, params: Any) -> httpx.URL:
        if params:
            return httpx.URL(self._prefix + "/" + path.lstrip("/"), params=params)
        url = self._urls.get(path)
        if url is None:
            if len(self._urls) >= _URL_CACHE_SIZE:
                self._urls.clear()
            url = self._urls[path] = httpx.URL(self._prefix + "/" + path.lstrip("/"))
        return url

    def _timeout(self, timeout: Any) -> dict[str, float | None]:
        if timeout is not self._last_timeout:
            self._timeout_spec = httpx.Timeout(timeout).as_dict()
            self._last_timeout = timeout
        return self._timeout_spec

    def _request(self, kwargs: dict[str, Any], extensions: dict[str, Any]) -> httpx.Request:
        extra: Mapping[str, str] | None = kwargs.get("headers")
        method: str = kwargs["method"]
        url = self._url(kwargs["url"], kwargs.get("params"))
        if (
            method not in _SIZED_METHODS
            and kwargs.get("content") is None
            and kwargs.get("json") is None
            and not kwargs.get("data")
            and not kwargs.get("files")
        ):
            # No body (GETs, DELETEs): the request httpx would build — its `Host`, the client's headers, then the
            # call's; an empty body already read — from the server's bare headers, without re-normalising them.
            raw = self._headers.raw
            if raw != self._bare_of:
                bare = httpx.Request("GET", self._prefix + "/", headers=self._headers).headers
                bare[ATTEMPT_HEADER] = "1"  # the retry engine's header, as its first attempt sets it
                self._bare = bare
                self._bare_of = raw
                self._defaults_set = all(name in bare for name in _DEFAULT_HEADERS)
            extensions[_ext.ATTEMPT_PREPARED] = True  # (httpx copies the extensions: set before it does)
            if self._defaults_set:
                extensions[_ext.DEFAULT_HEADERS_SET] = True
            request = httpx.Request(method, url, headers=self._bare, stream=_EMPTY, extensions=extensions)  # copied
            request.headers.encoding = self._bare.encoding
            if extra:
                request.headers.update(extra)
            request.read()
            return request
        headers = self._headers  # copied by `httpx.Request`
        if extra:
            headers = httpx.Headers(headers)
            headers.update(extra)
        return httpx.Request(
            method,
            url,
            headers=headers,
            content=kwargs.get("content"),
            data=kwargs.get("data"),
            files=kwargs.get("files"),
            json=kwargs.get("json"),
            extensions=extensions,
        )

    async def send(self, kwargs: dict[str, Any], timeout: Any, extensions: dict[str, Any]) -> httpx.Response:
        extensions["timeout"] = self._timeout(timeout)
        request = self._request(kwargs, extensions)
        tag(request, self.key, self.credentials)
        try:
            response = await self._engine.handle_async_request(request)
        except httpx.RequestError as exc:
            if getattr(exc, "_request", None) is None:  # as httpx's client does: the error names its request
                exc.request = request
            raise
        response.request = request  # as httpx's client does (a test double's response may not say)
        return response


def general_send(http: httpx.AsyncClient) -> Send:
    """httpx's general path, through the server's `httpx.AsyncClient` (a caller's transport or `http_client=`)."""

    async def send(kwargs: dict[str, Any], timeout: Any, extensions: dict[str, Any]) -> httpx.Response:
        return await http.request(**kwargs, timeout=timeout, extensions=extensions)

    return send
