"""The shared core of an `AmiliClient` and its `with_options` views: the connection pool with the retry engine on top,
one httpx client per API server, credentials per token issuer, the generated clients; and `ApiContext`, what each
API namespace is built from (re-exported by `amili.client`).

Imported when a client is built, not when `amili.client` is (issue 30: `from amili import AmiliClient` costs about
`import httpx`); construction is synchronous and off the event loop's request path.
"""

from __future__ import annotations

import hashlib
import importlib
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import attrs
import httpx

from . import __version__
from ._api_table import API_TABLE, ApiInfo, api_info, server_info
from ._credentials import Credentials
from ._overload import BackoffRecord, Overload
from ._route import Route, Send, general_send, tag
from ._transports import TOKEN_POOL_LIMITS, ConnectionGate, make_transport
from .auth import ClientCredentials, PartnerCredentials, TokenProvider
from .errors import ConfigurationError
from .retry import RetryTransport

if TYPE_CHECKING:
    from ._options import ClientOptions
    from .drift import DriftMonitor
    from .state import StateStore
    from .telemetry import Tracing

__all__ = ["ApiContext", "Core", "Session", "base_transport"]


@attrs.frozen
class ApiContext:
    """What an operation needs to send: the API's configured httpx client and generated client, and options."""

    name: str
    http: httpx.AsyncClient
    generated: Any
    options: ClientOptions
    extend: Callable[[Any], None] | None
    """Attaches features to a namespace that asks for them (`attach_batch_helpers`): the client passes the batch
    engine's, so the request path (`operations`) never imports the features built on it."""
    drift: DriftMonitor | None = None
    """Spec-drift detection (`spec_drift=`); None when off, and operations then skip it entirely."""
    server_http: Callable[[str], httpx.AsyncClient] | None = attrs.field(default=None, repr=False)
    """The httpx client of another server of the API (see `for_server`)."""
    telemetry: Tracing | None = None
    """OpenTelemetry (`telemetry=`); None when off, and operations then skip it entirely."""
    send: Send | None = attrs.field(default=None, repr=False)
    """Sends an operation's request (`_route`): the server's template, or `http`'s general path when None."""
    server_send: Callable[[str], Send] | None = attrs.field(default=None, repr=False)

    def for_server(self, key: str) -> ApiContext:
        """The context of operations that live on another server of this API (`autocollect.legacy_webapi`).

        An unconfigured server fails when such an operation is called, naming its setting — not when the
        namespace is built, so the API's other operations keep working."""
        try:
            if self.server_http is None:
                raise ConfigurationError(f"no server {key!r} in this context")
            http = self.server_http(key)
            send = self.server_send(key) if self.server_send is not None else None
        except ConfigurationError as exc:
            http = _Unconfigured(exc)  # type: ignore[assignment]
            send = None
        return attrs.evolve(self, http=http, send=send)


class _Unconfigured:
    """Stands in for the httpx client of a server without a base URL: every request raises the setup error."""

    def __init__(self, error: ConfigurationError) -> None:
        self._error = error

    async def request(self, *args: Any, **kwargs: Any) -> httpx.Response:
        raise ConfigurationError(str(self._error))


class _Unclosable(httpx.AsyncBaseTransport):
    """Lets several AsyncClients share one transport: only the owner closes the real one. Tags each request with
    its API server's key and credentials (`_route.tag`), as `Route` does on the template path."""

    def __init__(self, inner: httpx.AsyncBaseTransport, api: str, credentials: Credentials | None = None) -> None:
        self.inner = inner
        self.api = api
        self.credentials = credentials

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        tag(request, self.api, self.credentials)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        return None


class _ClientTransport(httpx.AsyncBaseTransport):
    """A caller's own `httpx.AsyncClient` (`http_client=`) as the SDK's bottom transport.

    Its proxies, CA, client certificate and event hooks apply to every attempt; the SDK's auth and retries sit
    above it, its own auth and redirects are not used. The caller owns it: closing the SDK client leaves it open."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.client.send(request, auth=None, follow_redirects=False)

    async def aclose(self) -> None:
        return None


def base_transport(options: ClientOptions) -> ConnectionGate:
    capacity = options.limits.max_connections
    if options.http_client is not None:
        return ConnectionGate(_ClientTransport(options.http_client), capacity, None)
    if options.transport is not None:
        return ConnectionGate(options.transport, capacity, None)
    backend, verify = options.http_backend, options.verify
    return ConnectionGate(
        make_transport(backend, options.limits, verify), capacity, make_transport(backend, TOKEN_POOL_LIMITS, verify)
    )


_HTTPX_OWN_HEADERS = frozenset({"accept", "accept-encoding", "connection", "user-agent"})


def _user_headers(options: ClientOptions) -> dict[str, str]:
    """Headers set on a caller's `http_client` go out with every request (httpx's own defaults do not)."""
    if options.http_client is None:
        return {}
    return {k: v for k, v in options.http_client.headers.items() if k.lower() not in _HTTPX_OWN_HEADERS}


@attrs.define
class Session:
    """What outlives a pool (`aclose` then reuse): the generated clients (rebound to each new pool's httpx
    clients) and the token providers with their cached tokens."""

    generated: dict[str, Any] = attrs.field(factory=dict)
    providers: dict[str, TokenProvider | None] = attrs.field(factory=dict)


class Core:
    """State shared by a client and all its `with_options` views (pool, per-server httpx clients, auth).

    Built from explicit arguments; rebuilt after `aclose` (the `Session` carries the token caches over)."""

    def __init__(
        self,
        *,
        transport: httpx.AsyncBaseTransport,
        options: ClientOptions,
        base_urls: Mapping[str, str],
        session: Session,
        table: tuple[ApiInfo, ...] = API_TABLE,
        state: StateStore | None = None,
        drift: DriftMonitor | None = None,
    ) -> None:
        # spec drift on: token responses are compared too (names and types only, never the token)
        self.observe_token = drift.observe_token if drift is not None else None
        # Budget, breaker and back-off: per API, from the owner's policy (views and calls share them).
        record = getattr(state, "backoff", None)
        self.overload = Overload(options.retry.overload, record if isinstance(record, BackoffRecord) else None)
        self.retry = RetryTransport(
            transport, options.retry, max_response_bytes=options.max_response_bytes, overload=self.overload
        )
        self.base_urls = dict(base_urls)
        self.environment = options.environment
        self.timeout = options.timeout
        # Only the encodings the bounded reader decodes (httpx would add br/zstd when brotli/zstandard are installed).
        self.headers = {
            "User-Agent": f"amili-sdk-python/{__version__}",
            "Accept-Encoding": "gzip, deflate",
            **_user_headers(options),
        }
        self.http: dict[str, httpx.AsyncClient] = {}
        self.routes: dict[str, Send] = {}
        # Requests are built from per-server templates unless a caller's transport or `http_client` may want what
        # httpx's general path does (event hooks, cookies, request hooks of a mock): then through `http`.
        self.templates = options.http_client is None and (
            options.transport is None or getattr(options.transport, "amili_internal", False)
        )
        self.bound: set[str] = set()
        self.session = session
        self.partner_credentials = options.partner_credentials
        # One `Credentials` per token issuer, each existing before any API client so the clients hold it directly
        # (no per-request indirection); its provider is attached once the issuer's generated client exists.
        self.auths = {info.token_issuer: Credentials(None, options.basic_auth) for info in table}
        identity = self.generated_client("identity")
        if "identity" not in session.providers:
            provider = options.token_provider
            if provider is None and options.client_id and options.client_secret is not None:
                secret = options.client_secret
                provider = ClientCredentials(
                    options.client_id, secret, identity=identity, scope=options.scope, observe=self.observe_token
                )
                if state is not None:  # one token for every process sharing the state
                    provider.share(state.tokens, _token_key(identity, options.client_id, options.scope))
            session.providers["identity"] = provider
        self.provider = session.providers["identity"]
        self.auths["identity"].provider = self.provider

    def http_client(self, key: str) -> httpx.AsyncClient:
        """The httpx client of one server (`arm`, or `<api>.<server>`), created on first use."""
        client = self.http.get(key)
        if client is None:
            base_url = self.base_urls.get(key)
            if not base_url:
                setting = server_info(key).setting
                raise ConfigurationError(
                    f"no base URL for {key!r} in environment {self.environment!r}: "
                    f"pass base_urls={{'{key}': 'https://…'}} or set {setting}"
                )
            client = httpx.AsyncClient(
                base_url=base_url,
                transport=_Unclosable(self.retry, key, self._auth_for(api_info(key.split(".", 1)[0]))),
                timeout=self.timeout,
                headers=self.headers,
                follow_redirects=False,
            )
            self.http[key] = client
        return client

    def send(self, key: str) -> Send:
        """How operations of one server send: its request template, or its httpx client's general path."""
        send = self.routes.get(key)
        if send is None:
            http = self.http_client(key)
            if self.templates:
                send = Route(key, http, self.retry, self._auth_for(api_info(key.split(".", 1)[0]))).send
            else:
                send = general_send(http)
            self.routes[key] = send
        return send

    def _auth_for(self, info: ApiInfo) -> Credentials | None:
        if info.issues_own_tokens and info.auth == "none":
            return None  # the token service itself: token requests carry no credentials header
        return self.auths[info.token_issuer]

    def generated_client(self, api: str) -> Any:
        """The API's generated client, bound to this pool's httpx client."""
        client = self.session.generated.get(api)
        if client is not None and api in self.bound:
            return client
        info = api_info(api)
        http = self.http_client(api)
        if client is None:
            module = importlib.import_module(info.package)
            client = self.session.generated[api] = module.Client(
                base_url=http.base_url, raise_on_unexpected_status=False
            )
        client.set_async_httpx_client(http)
        self.bound.add(api)
        if info.issues_own_tokens and api != "identity":
            if api not in self.session.providers:
                self.session.providers[api] = self._own_provider(client)
            self.auths[api].provider = self.session.providers[api]
        return client

    def _own_provider(self, generated: Any) -> TokenProvider | None:
        """APIs with their own token endpoint (the Partner API): their credentials, else the identity token."""
        credentials = self.partner_credentials
        if isinstance(credentials, tuple):
            client_id, secret = credentials
            return PartnerCredentials(client_id, secret, partner=generated, observe=self.observe_token)
        return credentials if credentials is not None else self.provider

    async def aclose(self) -> None:
        await self.retry.aclose()


def _token_key(identity: Any, client_id: str, scope: str | None) -> str:
    """Names the credentials in a shared token cache (token endpoint, client id, scope), never the secret."""
    raw = f"{identity.get_async_httpx_client().base_url}|{client_id}|{scope or ''}"
    return "client-credentials:" + hashlib.sha256(raw.encode()).hexdigest()
