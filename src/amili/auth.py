"""Authentication: token providers and the `httpx.Auth` flow that applies them.

Tokens are cached until shortly before they expire and fetched single-flight: any number of concurrent requests
that find the token missing or stale cause exactly one token request, the rest wait for its result. No lock is
held while other requests do I/O, and no state is bound to an event loop (only an `anyio.Event` that lives for
the duration of one refresh), so a client can be closed and reopened under another loop.

A fetch belongs to no caller: it runs shielded from the cancellation of the caller that happened to start it, under
its own deadline (the largest of the client's timeouts, at least `TOKEN_REQUEST_MIN_TIMEOUT`), so callers giving up
(their own timeouts) never cancel it and never start another one; each waits for it with its own deadline. A fetch
that fails is answered to every call that began before it settled (queued behind the connection limit included);
calls beginning afterwards fetch again.
"""

from __future__ import annotations

import base64
import json
import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable
from urllib.parse import urlencode

import anyio
import attrs
import httpx

from . import _extensions as _ext
from . import telemetry
from ._api_table import api_info
from ._secrets import Secret, reveal
from .errors import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    ConfigurationError,
    ResponseValidationError,
    status_error,
)

if TYPE_CHECKING:
    from amili_identity.client import Client as IdentityClient

    from .state import TokenCache

__all__ = [
    "AUTH_EXTENSION",
    "BasicCredentials",
    "CachedTokenProvider",
    "ClientCredentials",
    "PartnerCredentials",
    "StaticToken",
    "Token",
    "TokenProvider",
]

AUTH_EXTENSION = _ext.AUTH
"""Kept for importers of this public module; the SDK itself reads `amili._extensions`."""

MIN_TOKEN_LIFETIME = 30.0
"""A token whose lifetime is 0, negative or missing is used for this long: never one token request per call."""
DEFAULT_TOKEN_LIFETIME = 300.0
"""Lifetime assumed when a token response names none (the docs say 3600 is typical; be conservative)."""
TOKEN_FETCH_DEADLINE = 30.0
"""Seconds one fetch of a bare `CachedTokenProvider` may take, whoever waits for it: then `APITimeoutError`."""
TOKEN_REQUEST_MIN_TIMEOUT = 10.0

ObserveToken = Callable[[str, httpx.Response], Awaitable[None]]
"""`DriftMonitor.observe_token`: the client's spec-drift check of a token endpoint's answer (None when off)."""
"""A token request gets the client's timeouts, but at least this, and the whole fetch (its retries included) the
largest of them: a token endpoint slower than the calls' own `timeout` still answers the one fetch they all wait for.
"""


@attrs.frozen(repr=False)
class Token:
    """An access token. Its value never appears in reprs or logs.

    It goes into an `Authorization` header as is, so it must be visible ASCII without spaces: a token holding CR, LF,
    NUL or non-ASCII is refused here (`RequestValidationError`, field `token`) rather than failing on the wire.
    """

    value: str = attrs.field(repr=False, validator=lambda _self, _attr, value: _check_token(value))
    expires_at: float
    """Unix time."""
    not_before: float | None = None
    scope: str | None = None
    issued_at: float = attrs.field(factory=time.time)

    @property
    def lifetime(self) -> float:
        return max(0.0, self.expires_at - self.issued_at)

    def refresh_at(self) -> float:
        """Refresh ahead of expiry by min(60 s, lifetime/10): short-lived tokens still get most of their life."""
        return self.expires_at - min(60.0, self.lifetime / 10.0)

    def is_fresh(self, now: float | None = None) -> bool:
        return (time.time() if now is None else now) < self.refresh_at()

    def __repr__(self) -> str:
        return f"Token(value=[redacted], expires_at={self.expires_at:.0f}, scope={self.scope!r})"


@runtime_checkable
class TokenProvider(Protocol):
    """Anything that can hand out a bearer token and be told that the current one was rejected."""

    async def get_token(self) -> Token: ...

    def invalidate(self, token: Token | None = None) -> None: ...


class StaticToken:
    """A fixed token (tests, short scripts, tokens minted elsewhere). Invalidation cannot renew it."""

    def __init__(self, token: str, *, expires_at: float = float("inf")) -> None:
        self._token = Token(token, expires_at=expires_at)

    async def get_token(self) -> Token:
        return self._token

    def invalidate(self, token: Token | None = None) -> None:
        return None

    def __repr__(self) -> str:
        return "StaticToken([redacted])"


@attrs.define
class _Flight:
    done: anyio.Event
    token: Token | None = None
    error: BaseException | None = None
    trace: Any = None
    """The fetch's telemetry span (`amili.telemetry`), when the call that started it is traced."""


class CachedTokenProvider:
    """Caches the token of a fetch function and refreshes it single-flight.

    The fetch runs shielded from its starter's cancellation, within `fetch_deadline` seconds. Its failure is kept
    (until a later fetch succeeds) for the calls holding an older `ticket()`: they began before it settled.
    """

    def __init__(
        self,
        fetch: Callable[[], Awaitable[Token]],
        *,
        clock: Callable[[], float] = time.time,
        fetch_deadline: float | None = TOKEN_FETCH_DEADLINE,
    ) -> None:
        self._fetch = fetch
        self._clock = clock
        self._token: Token | None = None
        self._flight: _Flight | None = None
        self.fetch_count = 0
        self.fetch_deadline = fetch_deadline
        self._shared: TokenCache | None = None
        self._shared_key = ""
        self._rejected: str | None = None
        self._settled = 0  # fetches finished so far
        # The last fetch, if it failed: its number, a copy of its error (no traceback kept alive), that error's cause.
        self._failure: tuple[int, BaseException, BaseException | None] | None = None

    def share(self, cache: TokenCache, key: str) -> None:
        """Take tokens from `cache` (under `key`, which names the credentials, never holds them), so every process
        sharing it makes one token request between them (`AmiliClient(state=…)` does this)."""
        self._shared = cache
        self._shared_key = key

    def ticket(self) -> int:
        """Taken when a call begins; `get_token(asked=ticket)` then answers it the error of any fetch that failed
        after it began instead of fetching again (the call was waiting for that fetch, if only in a queue)."""
        return self._settled

    async def get_token(self, *, asked: int | None = None) -> Token:
        while True:
            token = self._token
            if token is not None and token.is_fresh(self._clock()):
                return token
            failure = self._failure
            if failure is not None and asked is not None and asked < failure[0]:
                raise _copy_error(failure[1]) from failure[2]
            flight = self._flight
            if flight is None:
                return await self._lead()
            if flight.trace is not None and (scope := telemetry.current()) is not None:  # telemetry hook
                scope.link(flight.trace)
            await flight.done.wait()
            if flight.token is not None:
                return flight.token
            if flight.error is not None and not isinstance(flight.error, anyio.get_cancelled_exc_class()):
                # A copy per waiter: re-raising one shared object would grow its traceback with every waiter.
                raise _copy_error(flight.error) from flight.error.__cause__
            # The fetch itself was cancelled (only the whole run ending does that): loop and lead a new one.

    async def _lead(self) -> Token:
        flight = self._flight = _Flight(done=anyio.Event())
        scope = telemetry.current()  # telemetry hook: the traced call that starts the fetch, if any
        if scope is not None:
            flight.trace = scope.token_fetch()
        try:
            # Owned by no caller: the starter's deadline does not cancel it (the starter waits for it, at most
            # `fetch_deadline`), so callers giving up never abandon a token request half way and start another.
            seconds = self._deadline()
            with anyio.CancelScope(shield=True), anyio.move_on_after(seconds) as deadline:
                if self._shared is None:
                    self.fetch_count += 1
                    token = await self._fetch()
                else:
                    token = await self._shared.single_flight(
                        self._shared_key, self._counted_fetch, reject=self._rejected
                    )
            if deadline.cancelled_caught:
                raise APITimeoutError(f"token fetch exceeded its {seconds:g} s deadline")
            self._token = flight.token = token
            self._failure = None
            return token
        except BaseException as exc:
            flight.error = exc
            if not isinstance(exc, anyio.get_cancelled_exc_class()):
                self._failure = (self._settled + 1, _copy_error(exc), exc.__cause__)
            raise
        finally:
            self._settled += 1
            self._flight = None
            flight.done.set()
            if flight.trace is not None:
                flight.trace.end(flight.error)

    def _deadline(self) -> float | None:
        return self.fetch_deadline

    async def _counted_fetch(self) -> Token:
        self.fetch_count += 1
        return await self._fetch()

    def invalidate(self, token: Token | None = None) -> None:
        """Forget the cached token, unless a newer one already replaced the rejected `token`."""
        if token is None or self._token is token:
            if self._token is not None:
                self._rejected = self._token.value  # a shared cache must not hand it back
            self._token = None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(cached={self._token is not None})"


_TOKEN_CHARS = re.compile(r"[\x21-\x7e]+")


def _check_token(value: object) -> None:
    from .errors import RequestValidationError

    if not isinstance(value, str) or not _TOKEN_CHARS.fullmatch(value):
        kind = type(value).__name__ if not isinstance(value, str) else ("empty" if not value else "bad characters")
        raise RequestValidationError(
            f"bearer token is not usable in an Authorization header ({kind}: only visible ASCII, no spaces, CR, LF, "
            "NUL or non-ASCII)",
            field="token",
        )


def _copy_error(error: BaseException) -> BaseException:
    """A fresh exception object with the same type, message and attributes, and no traceback."""
    try:
        copy = type(error).__new__(type(error), *error.args)
        copy.args = error.args
        if hasattr(error, "__dict__"):
            copy.__dict__.update(error.__dict__)
    except Exception:
        from .errors import AmiliError

        return AmiliError(str(error))
    copy.__suppress_context__ = True
    return copy


def _lifetime(expires_in: object) -> float:
    """Seconds a token may be used: the server's `expires_in` bounded below by `MIN_TOKEN_LIFETIME`."""
    if expires_in is None or isinstance(expires_in, bool):
        return DEFAULT_TOKEN_LIFETIME
    try:
        value = float(expires_in)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return DEFAULT_TOKEN_LIFETIME
    if value != value or value in (float("inf"), float("-inf")):
        return DEFAULT_TOKEN_LIFETIME
    return max(MIN_TOKEN_LIFETIME, value)


def parse_expiry(value: str) -> float | None:
    """An ISO 8601 expiry as Unix time; a timestamp without a zone is UTC whatever the process `TZ` says."""
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.timestamp()


class ClientCredentials(CachedTokenProvider):
    """OAuth2 client credentials against Amili's token service, through the generated identity client."""

    def __init__(
        self,
        client_id: str,
        client_secret: str | Secret[str],
        *,
        identity: IdentityClient,
        scope: str | None = None,
        clock: Callable[[], float] = time.time,
        observe: ObserveToken | None = None,
    ) -> None:
        if not client_id or not client_secret:
            raise ConfigurationError("client_id and client_secret are required for ClientCredentials")
        super().__init__(self._request_token, clock=clock)
        self.client_id = client_id
        self._secret = Secret(client_secret)
        self._identity = identity
        self.scope = scope
        self.observe = observe

    def _deadline(self) -> float | None:
        return _fetch_deadline(self._identity.get_async_httpx_client())

    async def _request_token(self) -> Token:
        from amili_identity.models import ClientCredentialsRequest, TokenResponse

        # The model holds the `Secret` itself: its repr (and every frame's locals) show `[redacted]`.
        body = ClientCredentialsRequest(
            grant_type="client_credentials",
            client_id=self.client_id,
            client_secret=self._secret,  # type: ignore[arg-type]
        )
        if self.scope:
            body.scope = self.scope
        operation = "identity.tokens.create_token"
        response = await _token_request(self._identity, _token_kwargs("identity", body), operation, self.observe)
        now = time.time()
        problem: Exception | None = None
        try:
            payload = response.json()
            lifetime = _lifetime(payload.get("expires_in") if isinstance(payload, dict) else None)
            if isinstance(payload, dict) and "expires_in" not in payload:
                payload = {**payload, "expires_in": 0}  # missing: a sane default lifetime below
            parsed = TokenResponse.from_dict(payload)
            if not isinstance(parsed.access_token, str) or not _TOKEN_CHARS.fullmatch(parsed.access_token):
                raise ValueError("access_token is empty or holds characters not allowed in a header")
        except (KeyError, TypeError, ValueError) as exc:
            problem = exc
        if problem is not None:
            raise _bad_token_response(operation, response, problem)
        # Trust the relative lifetime: the issuer's clock may differ from ours. `expires_on` only shortens it.
        expires_at = now + lifetime
        expires_on = parsed.expires_on if isinstance(parsed.expires_on, int) else None
        if expires_on is not None and now + MIN_TOKEN_LIFETIME < expires_on < expires_at:
            expires_at = float(expires_on)
        not_before = parsed.not_before if isinstance(parsed.not_before, int) else None
        scope = parsed.scope if isinstance(parsed.scope, str) else None
        return Token(parsed.access_token, expires_at=expires_at, not_before=not_before, scope=scope, issued_at=now)

    def __repr__(self) -> str:
        return f"ClientCredentials(client_id={self.client_id!r}, client_secret=[redacted])"


class PartnerCredentials(CachedTokenProvider):
    """The Distribution Partner API's own token endpoint (`POST /token` with `ClientId`/`ClientSecret`; inferred).

    `partner` is the generated partner client; the token's `Expires` is honoured when it parses, else one hour.
    """

    def __init__(
        self,
        client_id: str,
        client_secret: str | Secret[str],
        *,
        partner: Any,
        clock: Callable[[], float] = time.time,
        observe: ObserveToken | None = None,
    ) -> None:
        if not client_id or not client_secret:
            raise ConfigurationError("client_id and client_secret are required for PartnerCredentials")
        super().__init__(self._request_token, clock=clock)
        self.client_id = client_id
        self._secret = Secret(client_secret)
        self._partner = partner
        self.observe = observe

    def _deadline(self) -> float | None:
        return _fetch_deadline(self._partner.get_async_httpx_client())

    async def _request_token(self) -> Token:
        from amili_partner.models import TokenRequest, TokenResponse

        body = TokenRequest(client_id=self.client_id, client_secret=self._secret)  # type: ignore[arg-type]
        response = await _token_request(
            self._partner, _token_kwargs("partner", body), "partner.token.create_token", self.observe
        )
        problem: Exception | None = None
        try:
            parsed = TokenResponse.from_dict(response.json())
            value = parsed.token
            if not isinstance(value, str) or not _TOKEN_CHARS.fullmatch(value):
                raise ValueError("token is empty or holds characters not allowed in a header")
        except (KeyError, TypeError, ValueError) as exc:
            problem = exc
        if problem is not None:
            raise _bad_token_response("partner.token.create_token", response, problem)
        now = time.time()
        expires_at = now + 3600.0
        if isinstance(parsed.expires, str):
            parsed_expiry = parse_expiry(parsed.expires)
            if parsed_expiry is not None:
                expires_at = max(parsed_expiry, now + MIN_TOKEN_LIFETIME)
        return Token(value, expires_at=expires_at, issued_at=now)

    def __repr__(self) -> str:
        return f"PartnerCredentials(client_id={self.client_id!r}, client_secret=[redacted])"


class _SecretBody(httpx.AsyncByteStream):
    """A request body holding `Secret`s: they become bytes only while the body is being written.

    Re-iterable, so the retry engine can resend it; its repr, and every frame that holds it, shows nothing secret.
    """

    def __init__(self, kind: str, payload: Mapping[str, Any]) -> None:
        self._kind = kind
        self._payload = dict(payload)

    def encoded_length(self) -> int:
        return len(self._encode())

    def _encode(self) -> bytes:
        if self._kind == "form":
            return urlencode([(k, _form_value(k, v)) for k, v in self._payload.items()]).encode()
        return json.dumps(self._payload, default=_reveal_json, separators=(",", ":")).encode()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self._encode()

    def __repr__(self) -> str:
        return f"<request body with {', '.join(self._payload)}: [redacted]>"


def _form_value(name: str, value: Any) -> str:
    if isinstance(value, Secret | str):
        return reveal(value)
    from .errors import RequestValidationError

    raise RequestValidationError(f"form field {name!r} must be a string, got {type(value).__name__}", field=name)


def _reveal_json(value: Any) -> Any:
    if isinstance(value, Secret):
        return value.get()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def _fetch_deadline(http: httpx.AsyncClient) -> float | None:
    """The largest of a token request's timeouts: the whole fetch's deadline (None: the client set no limit)."""
    spec = _own_timeout(http)
    values = [v for v in (spec.connect, spec.read, spec.write, spec.pool) if v is not None]
    return max(values) if values else None


def _own_timeout(http: httpx.AsyncClient) -> httpx.Timeout:
    """The client's timeouts, each at least `TOKEN_REQUEST_MIN_TIMEOUT` (None, no limit, stays None)."""
    spec = http.timeout

    def at_least(value: float | None) -> float | None:
        return None if value is None else max(value, TOKEN_REQUEST_MIN_TIMEOUT)

    return httpx.Timeout(
        connect=at_least(spec.connect), read=at_least(spec.read), write=at_least(spec.write), pool=at_least(spec.pool)
    )


async def _send_body(
    http: httpx.AsyncClient,
    method: str,
    url: str,
    headers: dict[str, str],
    body: _SecretBody,
    timeout: httpx.Timeout,
) -> httpx.Response:
    """Send in a frame of its own, gone by the time the caller raises (a read request may cache its bytes)."""
    template = http.build_request(
        method,
        url,
        headers=headers,
        timeout=timeout,
        extensions={_ext.AUTH: "none", _ext.SAFE_TO_RETRY: True, _ext.TOKEN_REQUEST: True},
    )
    request = httpx.Request(
        template.method, template.url, headers=template.headers, stream=body, extensions=template.extensions
    )
    return await http.send(request)


def _token_kwargs(api: str, body: Any) -> dict[str, Any]:
    """The token request of an API that issues tokens, from the API table (its spec's `create_token`)."""
    endpoint = api_info(api).token_endpoint
    if endpoint is None:  # pragma: no cover - the table says which APIs issue tokens (codegen)
        raise ConfigurationError(f"{api} does not issue tokens")
    content_type = endpoint["content_type"]
    key = "data" if content_type == "application/x-www-form-urlencoded" else "json"
    return {
        "method": endpoint["method"],
        "url": endpoint["path"],
        key: body.to_dict(),
        "headers": {"Content-Type": content_type},
    }


async def _token_request(
    generated: Any, kwargs: dict[str, Any], operation: str, observe: ObserveToken | None = None
) -> httpx.Response:
    """POST to a token endpoint: retried like a GET (no side effects), failures typed, secrets never echoed.
    `observe` (the client's spec-drift monitor, when on) compares the answer with the spec's token response.

    The body is built here as a `_SecretBody` rather than handed to httpx as `data=`/`json=`, so no frame below
    (httpx's included) holds the client secret in a local until the bytes are written.
    """
    http = generated.get_async_httpx_client()
    kind = "form" if "data" in kwargs else "json"
    body = _SecretBody(kind, kwargs.pop("data", None) or kwargs.pop("json", None) or {})
    headers = dict(kwargs.pop("headers", None) or {})
    headers["Content-Length"] = str(body.encoded_length())
    failure: httpx.TransportError | None = None
    try:
        response = await _send_body(http, kwargs.pop("method"), kwargs.pop("url"), headers, body, _own_timeout(http))
    except httpx.TransportError as exc:
        failure = exc
    if failure is not None:
        # Raised outside the `except`, so the httpx error is not even the implicit context of ours.
        cls = APITimeoutError if isinstance(failure, httpx.TimeoutException) else APIConnectionError
        raise cls(f"{operation}: {type(failure).__name__} while fetching a token", operation=operation)
    if observe is not None:
        await observe(operation, response)
    if response.status_code in (400, 401, 403):
        error = status_error(response, operation=operation)
        # Invalid credentials are final: AuthenticationError, never retried.
        raise AuthenticationError(
            str(error),
            status_code=error.status_code,
            request_id=error.request_id,
            headers=error.headers,
            body=error.body,
            operation=operation,
        )
    if response.status_code != 200:
        raise status_error(response, operation=operation)
    return response


def _bad_token_response(operation: str, response: httpx.Response, exc: Exception) -> ResponseValidationError:
    return ResponseValidationError(
        f"{operation}: token response does not match the spec ({type(exc).__name__})",
        status_code=response.status_code,
        request_id=None,
        body=None,  # never keep a body that may hold a token
        operation=operation,
    )


@attrs.frozen(repr=False, slots=False)
class BasicCredentials:
    """HTTP Basic for the legacy AutoCollect /webapi endpoints. The password is held as a `Secret`."""

    username: str
    _password: Secret[str] = attrs.field(repr=False, converter=Secret[str], alias="password")

    @property
    def password(self) -> str:
        return self._password.get()

    def header(self) -> str:
        return "Basic " + base64.b64encode(f"{self.username}:{self._password.get()}".encode()).decode("ascii")

    def __repr__(self) -> str:
        return f"BasicCredentials(username={self.username!r}, password=[redacted])"


# Applying them (the gate's `Credentials`, the plain `httpx.Auth`) lives in `_credentials.py`; re-exported here.
from ._credentials import AmiliAuth as AmiliAuth  # noqa: E402
from ._credentials import Credentials as Credentials  # noqa: E402
