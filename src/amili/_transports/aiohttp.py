"""An httpx transport that sends with aiohttp: httpx's request/response objects, aiohttp's connection pool.

Written here rather than adopting `httpx-aiohttp` (0.2): that adapter maps every `aiohttp.ClientConnectionError` -
including a server disconnect after the request was written - to `httpx.ConnectTimeout`, which the retry engine
must read as "never reached the server" (a dropped POST would be sent again), and it leaves aiohttp's own retry of
idempotent requests on. Here the mapping follows where aiohttp failed:

- connector errors (DNS, refused, TLS, connect/pool timeout) happen before any byte is written: `ConnectError` /
  `ConnectTimeout`, "not sent";
- everything after a connection was handed out (disconnect, reset, truncated body, read timeout) may follow a
  written request: `RemoteProtocolError` / `ReadError` / `ReadTimeout` / `NetworkError`, "fate unknown".

Errors while the body streams in are mapped the same way; the retry engine reads it (with its size bound).

Malformed framing mid-body (a broken chunk-size line) is a protocol error at once: aiohttp's parser fails, closes
the connection and records the error on the connection only, leaving the body's reader waiting until the deadline
(then reported as a timeout). Our protocol class hands that error to the body as well (`RemoteProtocolError`, as
httpx reports it).
"""

from __future__ import annotations

import functools
import ssl
from collections.abc import AsyncIterator
from contextvars import ContextVar
from typing import Any, cast

import aiohttp
import httpx
from aiohttp.client_proto import ResponseHandler
from yarl import URL

from .. import _extensions as _ext
from ..retry import AttemptPhase, set_phase
from .tls import ssl_for

__all__ = ["AiohttpTransport"]

# aiohttp must not add headers httpx did not choose to send (it would add Content-Type: application/octet-stream to
# a body without one, and its own Accept/User-Agent). Said per request, and not for a request without a body that
# already holds those headers (`_extensions.DEFAULT_HEADERS_SET`): aiohttp adds nothing to it, and skips copying
# and extending the headers to look.
_SKIP_AUTO_HEADERS = frozenset({"Accept", "Accept-Encoding", "User-Agent", "Content-Type"})
_HOP_HEADERS = frozenset({b"transfer-encoding"})  # aiohttp frames the body itself (Content-Length or chunked)


def _headers(headers: httpx.Headers) -> list[tuple[str, str]]:
    """httpx's headers as aiohttp takes them (decoded once with httpx's own choice of encoding)."""
    encoding = headers.encoding
    return [(k.decode(encoding), v.decode(encoding)) for k, v in headers.raw if k.lower() not in _HOP_HEADERS]


class _BrokenFraming(aiohttp.ClientPayloadError):
    """The response's framing could not be parsed mid-body (the connection is closed)."""


class _Protocol(ResponseHandler):
    """aiohttp's connection protocol, except that a parse error mid-body fails the body being read."""

    def set_exception(self, exc: BaseException, *args: Any) -> None:
        payload = self._payload
        if payload is not None and payload.exception() is None and not payload.is_eof():
            payload.set_exception(_BrokenFraming(f"response framing broken mid-body ({type(exc).__name__}: {exc})"))
        super().set_exception(exc, *args)


_ATTEMPT: ContextVar[httpx.Request | None] = ContextVar("amili_aiohttp_attempt", default=None)
"""The request whose `session.request` runs in this task: the connector advances its phase."""


class _Connector(aiohttp.TCPConnector):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        if hasattr(self, "_factory"):  # aiohttp's own protocol factory (connector.py): same class, one fix
            self._factory = cast("functools.partial[ResponseHandler]", functools.partial(_Protocol, loop=self._loop))

    async def connect(self, *args: Any, **kwargs: Any) -> Any:
        """The attempt's phase: connecting (or queued for a connection) until aiohttp hands this request a
        connection; from then on its bytes may be written (`SENT`, the conservative side). (Called in the task that
        sends; a connector hook instead of aiohttp's trace signals, which cost every request a dozen events.)"""
        connection = await super().connect(*args, **kwargs)
        request = _ATTEMPT.get()
        if request is not None:
            set_phase(request, AttemptPhase.SENT)
        return connection


class AiohttpTransport(httpx.AsyncBaseTransport):
    """One `aiohttp.ClientSession` (created on first use, inside the running loop) behind httpx's transport API."""

    def __init__(self, *, limits: httpx.Limits, verify: bool | ssl.SSLContext = True) -> None:
        self._limits = limits
        self._verify = verify
        self._session: aiohttp.ClientSession | None = None
        self._timeouts: dict[tuple[float | None, float | None, float | None, float | None, bool], Any] = {}
        self._urls: dict[int, tuple[object, URL]] = {}

    def _open(self) -> aiohttp.ClientSession:
        ssl_arg = ssl_for(self._verify)
        connector = _Connector(
            limit=self._limits.max_connections or 0,
            limit_per_host=0,
            keepalive_timeout=self._limits.keepalive_expiry,
            ssl=ssl_arg,
        )
        session = aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),  # cookies are httpx's business
            auto_decompress=False,  # httpx decodes Content-Encoding itself
            trust_env=False,
            timeout=aiohttp.ClientTimeout(total=None),
        )
        # aiohttp silently resends an idempotent request once when a pooled connection fails; the retry engine is the
        # one place that decides (and counts) retries. Same switch aiohttp's own test client uses.
        if hasattr(session, "_retry_connection"):
            session._retry_connection = False
        return session

    def _yarl(self, url: httpx.URL) -> URL:
        """aiohttp's URL for httpx's, kept for the URLs the façade's request templates reuse. Keyed by httpx's parsed
        form, which every copy of a URL shares (`httpx.Request` copies the URL it is given, so the object differs)."""
        parsed: object = getattr(url, "_uri_reference", url)
        entry = self._urls.get(id(parsed))
        if entry is not None and entry[0] is parsed:
            return entry[1]
        converted = URL(str(url), encoded=True)  # httpx already percent-encoded it: no requoting
        if len(self._urls) >= 512:
            self._urls.clear()
        self._urls[id(parsed)] = (parsed, converted)  # holding `parsed` keeps its id from being reused
        return converted

    def _timeout(self, request: httpx.Request) -> aiohttp.ClientTimeout:
        spec = request.extensions.get("timeout") or {}
        phase = request.extensions.get(_ext.PHASE)
        # Under the retry engine the attempt's deadline (the largest of these timeouts) bounds the whole attempt, so
        # a read timeout as large as it can never fire first: aiohttp need not re-arm a timer on every read for it.
        scoped = isinstance(phase, AttemptPhase) and phase.scope is not None
        key = (spec.get("connect"), spec.get("read"), spec.get("write"), spec.get("pool"), scoped)
        timeout = self._timeouts.get(key)
        if timeout is None:
            connect, read, _, pool, _ = key
            if scoped and read is not None and read >= max(v for v in spec.values() if isinstance(v, int | float)):
                read = None
            # aiohttp's `connect` covers waiting for a pooled connection plus establishing one.
            total_connect = None if pool is None or connect is None else pool + connect
            timeout = aiohttp.ClientTimeout(total=None, connect=total_connect, sock_connect=connect, sock_read=read)
            if len(self._timeouts) < 64:
                self._timeouts[key] = timeout
        return timeout

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        session = self._session
        if session is None or session.closed:
            session = self._session = self._open()
        try:
            data: bytes | AsyncIterator[bytes] | None = request.content or None
        except httpx.RequestNotRead:
            # A streamed body (the token grant's, whose bytes exist only while written) is passed through unread.
            data = _iterate(request.stream)
        set_phase(request, AttemptPhase.CONNECT)
        attempt = _ATTEMPT.set(request)
        try:
            response = await session.request(
                request.method,
                self._yarl(request.url),
                # Built in the call, never a local of this frame: the credentials header is in it (aiohttp's own
                # frames that hold it are cleared by the retry engine when the attempt fails).
                headers=_headers(request.headers),
                data=data,
                allow_redirects=False,
                skip_auto_headers=None if request.extensions.get(_ext.DEFAULT_HEADERS_SET) else _SKIP_AUTO_HEADERS,
                timeout=self._timeout(request),
                server_hostname=request.extensions.get("sni_hostname"),
            )
        except aiohttp.ClientError as exc:
            raise _map(exc, request) from exc
        except TimeoutError as exc:  # aiohttp's own timeouts are ServerTimeoutError, handled above
            raise httpx.ReadTimeout(str(exc) or "timed out", request=request) from exc
        except ValueError as exc:  # a header aiohttp refuses to write (CR/LF injection): nothing was sent
            raise httpx.LocalProtocolError(str(exc), request=request) from exc
        finally:
            _ATTEMPT.reset(attempt)
        extensions: dict[str, Any] = {"http_version": b"HTTP/1.1"}
        if response.reason:
            extensions["reason_phrase"] = response.reason.encode("ascii", "replace")
        content = response.content
        if content.is_eof() and content.exception() is None and "Content-Encoding" not in response.headers:
            # The whole body came with the head (a small answer): aiohttp holds it already and has put the connection
            # back. Handed over read and closed, as `aread()` + `aclose()` would leave it — no body iterator, no
            # close chain; the retry engine still checks its size against the bound (and decodes nothing: there is no
            # Content-Encoding to undo).
            body = content.read_nowait()
            response.release()
            done = httpx.Response(
                response.status,
                headers=list(response.raw_headers),
                stream=httpx.ByteStream(body),
                request=request,
                extensions=extensions,
            )
            done._content = body
            done.is_stream_consumed = True
            done.is_closed = True
            return done
        return httpx.Response(
            response.status,
            headers=list(response.raw_headers),
            stream=_Body(response, request),
            request=request,
            extensions=extensions,
        )

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()

    def connection_counts(self) -> tuple[int, int]:
        """(open, in use) - for tests and the bench; aiohttp has no public API for this."""
        connector = self._session.connector if self._session is not None else None
        if connector is None or connector.closed:
            return 0, 0
        in_use = len(connector._acquired)
        idle = sum(len(conns) for conns in connector._conns.values())
        return in_use + idle, in_use


async def _iterate(stream: Any) -> AsyncIterator[bytes]:
    async for chunk in stream:
        yield chunk


class _Body(httpx.AsyncByteStream):
    """The response body as aiohttp receives it (the retry engine reads it with its size bound), errors mapped."""

    __slots__ = ("_request", "_response")

    def __init__(self, response: aiohttp.ClientResponse, request: httpx.Request) -> None:
        self._response = response
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        content = self._response.content
        try:
            while chunk := await content.readany():
                yield chunk
        except aiohttp.ClientError as exc:
            raise _map(exc, self._request) from exc
        except TimeoutError as exc:
            raise httpx.ReadTimeout(str(exc) or "timed out", request=self._request) from exc

    async def aclose(self) -> None:
        # Fully read: the connection goes back to the pool; otherwise it is closed (never reused mid-body).
        if self._response.content.at_eof():
            self._response.release()
        else:
            self._response.close()


def _map(exc: aiohttp.ClientError, request: httpx.Request) -> httpx.TransportError:
    """aiohttp's exception → the httpx exception that says truthfully whether the request may have been sent."""
    message = f"{type(exc).__name__}: {exc}"
    # Before a connection was handed out: nothing was written.
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return httpx.ConnectTimeout(message, request=request)
    if isinstance(exc, aiohttp.ClientConnectorError):
        return httpx.ConnectError(message, request=request)
    if isinstance(exc, aiohttp.InvalidURL | aiohttp.NonHttpUrlClientError):
        return httpx.UnsupportedProtocol(message, request=request)
    # After: the request may have reached the server.
    if isinstance(exc, _BrokenFraming):
        return httpx.RemoteProtocolError(message, request=request)
    if isinstance(exc, aiohttp.ServerTimeoutError):
        return httpx.ReadTimeout(message, request=request)
    if isinstance(exc, aiohttp.ServerDisconnectedError | aiohttp.ClientResponseError):
        return httpx.RemoteProtocolError(message, request=request)
    if isinstance(exc, aiohttp.ClientPayloadError):
        return httpx.ReadError(message, request=request)
    if isinstance(exc, aiohttp.ClientOSError | aiohttp.ClientConnectionError):
        return httpx.NetworkError(message, request=request)
    return httpx.TransportError(message, request=request)
