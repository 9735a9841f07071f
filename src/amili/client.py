"""`AmiliClient`: one object, one connection pool, every Amili API.

Layering (outermost first): façade `Operation` (typed errors, parsing) → `httpx.AsyncClient` per API (base URL,
`AmiliAuth`) → `RetryTransport` (the one retry engine) → one shared `httpx.AsyncHTTPTransport` (the pool) or a
caller-supplied transport (tests, proxies, the sandbox).
"""

from __future__ import annotations

import importlib
import inspect
import os
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import attrs
import httpx

from . import __version__
from ._api import GeneratedAPIs
from ._body import DEFAULT_MAX_RESPONSE_BYTES
from ._logging import setup_from_env
from ._secrets import Secret
from .auth import AmiliAuth, BasicCredentials, ClientCredentials, PartnerCredentials, TokenProvider
from .environments import BASE_URL_SETTINGS, resolve_base_urls
from .errors import ConfigurationError
from .retry import RetryPolicy, RetryTransport

if TYPE_CHECKING:
    from .batches import BatchPoller
    from .drift import DriftMonitor, SpecDrift
    from .sandbox import Sandbox

__all__ = ["DEFAULT_LIMITS", "DEFAULT_TIMEOUT", "AmiliClient", "ApiContext", "ClientOptions"]

DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=60.0, write=60.0, pool=10.0)
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=30.0)


@attrs.frozen
class ClientOptions:
    """Per-view settings; `with_options` makes a new one, the pool stays shared."""

    timeout: httpx.Timeout = DEFAULT_TIMEOUT
    retry: RetryPolicy = attrs.field(factory=RetryPolicy)
    headers: Mapping[str, str] = attrs.field(factory=dict)


@attrs.frozen
class ApiContext:
    """What an operation needs to send: the API's configured httpx client and generated client, and options."""

    name: str
    http: httpx.AsyncClient
    generated: Any
    options: ClientOptions
    batch_poller: Callable[[], BatchPoller]
    """The client's one batch poller (created on first use; it polls with the owning client's options)."""
    http_for: Callable[[str], httpx.AsyncClient]
    """The client for another base-URL setting (operations whose base URL is undocumented have their own)."""
    drift: DriftMonitor | None = None
    """Spec-drift detection (`spec_drift=`); None when off, and operations then skip it entirely."""


class _Unclosable(httpx.AsyncBaseTransport):
    """Lets several AsyncClients share one transport: only the owner closes the real one."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        return None


class _Core:
    """State shared by a client and all its `with_options` views; rebuilt after `aclose`."""

    def __init__(self, owner: AmiliClient) -> None:
        base = owner._transport_factory()
        self.retry = RetryTransport(base, owner._options.retry, max_response_bytes=owner._max_response_bytes)
        self.shared = _Unclosable(self.retry)
        self.http: dict[str, httpx.AsyncClient] = {}
        self.generated: dict[str, Any] = {}
        self._owner = owner
        # The auth exists before any API client so each one holds it directly (no per-request indirection); the
        # token provider needs the identity client, so it is attached right after.
        self.auth = AmiliAuth(None, owner._basic_auth)
        identity = self.generated_client("identity")
        provider = owner._token_provider
        if provider is None and owner._client_id and owner._client_secret:
            provider = ClientCredentials(
                owner._client_id, Secret(owner._client_secret.value), identity=identity, scope=owner._scope
            )
            owner._token_provider = provider
        self.auth.provider = provider
        # The Partner API has its own token endpoint (inferred): its provider is attached when its client is built.
        self.partner_auth = AmiliAuth(None, owner._basic_auth)

    def http_client(self, api: str) -> httpx.AsyncClient:
        client = self.http.get(api)
        if client is None:
            base_url = self._owner._base_urls.get(api)
            if not base_url:
                raise ConfigurationError(
                    f"no base URL for the {api} API in environment {self._owner.environment!r}: "
                    f"pass base_urls={{'{api}': 'https://…'}} or AMILI_{api.upper()}_BASE_URL"
                )
            client = httpx.AsyncClient(
                base_url=base_url,
                transport=self.shared,
                timeout=self._owner._options.timeout,
                auth=self._auth_for(api),
                headers={"User-Agent": f"amili-sdk-python/{__version__}"},
                follow_redirects=False,
            )
            self.http[api] = client
        return client

    def _auth_for(self, api: str) -> httpx.Auth | None:
        if api == "identity":
            return None  # token requests carry no credentials header
        return self.partner_auth if api == "partner" else self.auth

    def generated_client(self, api: str) -> Any:
        client = self.generated.get(api)
        if client is None:
            module = importlib.import_module(f"amili_{api}")
            client = module.Client(base_url=self.http_client(api).base_url, raise_on_unexpected_status=False)
            client.set_async_httpx_client(self.http_client(api))
            self.generated[api] = client
            if api == "partner":
                self.partner_auth.provider = self._partner_provider(client)
        return client

    def _partner_provider(self, partner: Any) -> TokenProvider | None:
        """Partner credentials get their own token provider; without them the identity token is sent."""
        credentials = self._owner._partner_credentials
        if isinstance(credentials, tuple):
            client_id, secret = credentials
            return PartnerCredentials(client_id, Secret(secret.value), partner=partner)
        return credentials if credentials is not None else self.auth.provider

    async def aclose(self) -> None:
        await self.retry.aclose()


class _Redacted:
    """Holds a secret so that `vars(client)`, debuggers and tracebacks with locals show `[redacted]`."""

    __slots__ = ("value",)

    def __init__(self, value: str) -> None:
        self.value = value

    def __repr__(self) -> str:
        return "[redacted]"


class AmiliClient(GeneratedAPIs):
    """The SDK's entry point. Use as `async with AmiliClient(...) as amili:`.

    Namespaces: `amili.identity`, `amili.arm`, `amili.autocollect`, `amili.distribution`, `amili.partner`
    (one per spec), each with one namespace per tag and one callable per operation.
    """

    def __init__(
        self,
        client_id: str | None = None,
        client_secret: str | None = None,
        *,
        environment: str = "production",
        base_urls: Mapping[str, str] | None = None,
        token_provider: TokenProvider | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        limits: httpx.Limits = DEFAULT_LIMITS,
        verify: bool = True,
        basic_auth: BasicCredentials | tuple[str, str] | None = None,
        partner_credentials: TokenProvider | tuple[str, str] | None = None,
        scope: str | None = None,
        headers: Mapping[str, str] | None = None,
        log_level: str | None = None,
        sandbox: Sandbox | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        spec_drift: str | SpecDrift | None = None,
    ) -> None:
        setup_from_env(log_level)
        if max_response_bytes <= 0:
            raise ConfigurationError("max_response_bytes must be > 0")
        self._max_response_bytes = max_response_bytes
        self._drift = _drift_monitor(spec_drift)
        self.environment = environment
        self.simulator: Sandbox | None = sandbox
        if environment == "sandbox" and sandbox is None and not base_urls:
            self.simulator = sandbox = _sandbox_module().Sandbox()
        elif environment == "sandbox" and sandbox is None and token_provider is None and client_id is None:
            # A sandbox served elsewhere (`amili sandbox serve`): its default credentials.
            defaults = _sandbox_module().SandboxConfig()
            client_id, client_secret = defaults.client_id, defaults.client_secret
        if sandbox is not None:
            transport = transport or sandbox.transport()
            base_urls = {**sandbox.base_urls(), **(base_urls or {})}
            if token_provider is None and client_id is None:
                client_id, client_secret = sandbox.credentials
        self._base_urls = resolve_base_urls("sandbox" if sandbox is not None else environment, base_urls)
        self._client_id = client_id
        self._client_secret = _Redacted(client_secret) if client_secret else None
        self._scope = scope
        self._token_provider = token_provider
        if isinstance(basic_auth, tuple):
            basic_auth = BasicCredentials(*basic_auth)
        self._basic_auth = basic_auth
        if partner_credentials is None and sandbox is not None:
            partner_credentials = sandbox.credentials.client_id, sandbox.credentials.client_secret
        self._partner_credentials: TokenProvider | tuple[str, _Redacted] | None = (
            (partner_credentials[0], _Redacted(partner_credentials[1]))
            if isinstance(partner_credentials, tuple)
            else partner_credentials
        )
        policy = retry_policy or RetryPolicy()
        if max_retries is not None:
            if max_retries < 0:
                raise ConfigurationError("max_retries must be >= 0")
            policy = attrs.evolve(policy, max_retries=max_retries)
        self._options = ClientOptions(
            timeout=_timeout(timeout) if timeout is not None else DEFAULT_TIMEOUT,
            retry=policy,
            headers=dict(headers or {}),
        )
        user_transport = transport
        self._transport_factory: Callable[[], httpx.AsyncBaseTransport] = (
            (lambda: user_transport)
            if user_transport is not None
            else (lambda: httpx.AsyncHTTPTransport(limits=limits, verify=verify, retries=0))
        )
        self._core_ref: list[_Core | None] = [None]  # shared with views
        self._namespaces: dict[str, Any] = {}
        self._owner = True
        # Shared with views; the batch engine is imported on first use (keeps `import amili` light). The poller
        # always reaches the APIs through this owner, so its polls use the owner's options, not a view's.
        self._poller_ref: list[BatchPoller | None] = [None]
        owner = self
        self._batch_apis: Callable[[str], Any] = lambda name: getattr(owner, name)

    # -- construction helpers -------------------------------------------------------------------------------------

    @classmethod
    def from_env(cls, **overrides: Any) -> AmiliClient:
        """`AMILI_CLIENT_ID`, `AMILI_CLIENT_SECRET`, `AMILI_ENVIRONMENT`, `AMILI_<API>_BASE_URL`."""
        base_urls = {api: url for api in BASE_URL_SETTINGS if (url := os.environ.get(f"AMILI_{api.upper()}_BASE_URL"))}
        kwargs: dict[str, Any] = {
            "client_id": os.environ.get("AMILI_CLIENT_ID") or None,
            "client_secret": os.environ.get("AMILI_CLIENT_SECRET") or None,
            "environment": os.environ.get("AMILI_ENVIRONMENT", "production"),
            "base_urls": base_urls or None,
        }
        kwargs.update(overrides)
        return cls(**kwargs)

    @classmethod
    def sandbox(cls, **options: Any) -> AmiliClient:
        """A client wired in-process to a fresh embedded sandbox (`amili.simulator` to inspect it).

        Client options (`timeout`, `max_retries`, ...) go to the client, the rest to `SandboxConfig`
        (`seed`, `faults`, `batch_delay`, `token_lifetime`, ...).
        """
        own = inspect.signature(cls.__init__).parameters.keys() - {"self", "environment", "sandbox"}
        client_options = {k: options.pop(k) for k in list(options) if k in own}
        module = _sandbox_module()
        return cls(environment="sandbox", sandbox=module.Sandbox(module.SandboxConfig(**options)), **client_options)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> AmiliClient:
        """A view with other defaults that shares this client's connection pool and token cache."""
        view = object.__new__(type(self))
        view.__dict__.update(self.__dict__)
        retry = (
            self._options.retry if max_retries is None else attrs.evolve(self._options.retry, max_retries=max_retries)
        )
        view._options = ClientOptions(
            timeout=_timeout(timeout) if timeout is not None else self._options.timeout,
            retry=retry,
            headers={**self._options.headers, **(headers or {})},
        )
        view._namespaces = {}
        view._owner = False
        return view

    # -- lifecycle --------------------------------------------------------------------------------------------------

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the pool. The client may be used again afterwards (a new pool opens, under any event loop).

        On a `with_options` view this does nothing: the pool belongs to the client the view was made from."""
        if not self._owner:
            return
        core = self._core_ref[0]
        self._core_ref[0] = None
        self._namespaces.clear()
        if core is not None:
            await core.aclose()
        if self._drift is not None:
            await self._drift.aclose()

    # -- plumbing ---------------------------------------------------------------------------------------------------

    def _core(self) -> _Core:
        core = self._core_ref[0]
        if core is None:
            core = self._core_ref[0] = _Core(self)
            self._namespaces.clear()
        return core

    def _api_namespace(self, name: str, factory: Any) -> Any:
        core = self._core()
        namespace = self._namespaces.get(name)
        if namespace is None:
            context = ApiContext(
                name,
                core.http_client(name),
                core.generated_client(name),
                self._options,
                self._batch_poller,
                core.http_client,
                self._drift,
            )
            namespace = self._namespaces[name] = factory(context)
        return namespace

    @property
    def batches(self) -> BatchPoller:
        """Waits on batches of every API: `amili.batches.handle(saved_json).wait()`, webhook wake-ups.

        One object for a client and all its `with_options` views; it polls with the client's own options."""
        return self._batch_poller()

    def _batch_poller(self) -> BatchPoller:
        poller = self._poller_ref[0]
        if poller is None:
            from .batches import BatchPoller

            poller = self._poller_ref[0] = BatchPoller(self._batch_apis)
        return poller

    @property
    def token_provider(self) -> TokenProvider | None:
        self._core()
        return self._token_provider

    @property
    def spec_drift(self) -> DriftMonitor | None:
        """Spec-drift detection of this client (`.events`), or None when off (see docs/drift.md)."""
        return self._drift

    @property
    def retries(self) -> int:
        """Retries made so far by this client's retry engine (for summaries and benchmarks)."""
        core = self._core_ref[0]
        return core.retry.stats.retries if core is not None else 0

    def __repr__(self) -> str:
        return f"AmiliClient(environment={self.environment!r}, client_id={self._client_id!r})"


def _sandbox_module() -> Any:
    """The sandbox is an optional extra (`amili-sdk[sandbox]`): import it only when asked for."""
    try:
        return importlib.import_module("amili.sandbox")
    except ImportError as exc:
        raise ConfigurationError("the sandbox needs the extra: pip install 'amili-sdk[sandbox]'") from exc


def _drift_monitor(setting: str | SpecDrift | None) -> DriftMonitor | None:
    """Nothing is imported or built when drift detection is off (the default)."""
    if setting is None and not os.environ.get("AMILI_SPEC_DRIFT"):
        return None
    from .drift import DriftMonitor, SpecDrift

    config = SpecDrift.coerce(setting)
    return DriftMonitor(config) if config.mode != "off" else None


def _timeout(value: float | httpx.Timeout) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        return value
    if value <= 0:
        raise ConfigurationError("timeout must be > 0 seconds")
    return httpx.Timeout(value, connect=min(5.0, value))
