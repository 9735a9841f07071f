"""`AmiliClient`: one object, one connection pool, every Amili API.

Layering (outermost first): façade `Operation` (typed errors, parsing) → `Route` (the server's request template,
`_route.py`) → `RetryTransport` (the one retry engine) → `ConnectionGate` (pool-capacity admission, credentials
attached on admission and 401 replay; token grants on their own small pool) → one shared sending backend (aiohttp's
or httpx's pool, `http_backend`) or a caller-supplied transport / `http_client` (tests, proxies). With a caller's
transport or `http_client` the request is built by the server's `httpx.AsyncClient` instead of the template.
"""

from __future__ import annotations

import importlib
import weakref
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, Unpack

from ._api import GeneratedAPIs

# Importing this module loads only it and the generated `GeneratedAPIs` mixin: the rest of the SDK (httpx, the core
# in `_core`, options and models on attrs, auth, retry, transports, state, telemetry) is imported when a client is
# built (`_load_runtime`), which is synchronous anyway and not on an event loop's request path. `DEFAULT_LIMITS`,
# `DEFAULT_TIMEOUT` and `ClientOptions` are read from `_options` on first use (`__getattr__` below).
if TYPE_CHECKING:
    from ._core import ApiContext, Core
    from ._options import DEFAULT_LIMITS, DEFAULT_TIMEOUT, AllClientArgs, ClientArgs, ClientOptions
    from .auth import TokenProvider
    from .batches import BatchPoller
    from .drift import DriftMonitor, SpecDrift
    from .sandbox import Sandbox
    from .state import StateStore

__all__ = ["DEFAULT_LIMITS", "DEFAULT_TIMEOUT", "AmiliClient", "ApiContext", "ClientOptions"]


def _check_credentials(options: ClientOptions) -> None:
    """Missing credentials are found when the client is built, naming the variables, not at the first call."""
    if options.environment == "sandbox" or options.sandbox is not None:
        return  # the sandbox's own credentials are wired in
    if options.token_provider is not None or options.basic_auth is not None or options.partner_credentials is not None:
        return
    if options.client_id and options.client_secret:
        return
    from .errors import ConfigurationError

    missing = [
        name
        for name, value in (("AMILI_CLIENT_ID", options.client_id), ("AMILI_CLIENT_SECRET", options.client_secret))
        if not value
    ]
    raise ConfigurationError(
        f"no credentials: set {' and '.join(missing)} (or pass client_id=/client_secret=, token_provider=, "
        "basic_auth= for the legacy /webapi, or partner_credentials=)"
    )


class AmiliClient(GeneratedAPIs):
    """The SDK's entry point. Use as `async with AmiliClient() as amili:`.

    Options come from the arguments, then the `AMILI_*` environment (`AMILI_CLIENT_ID`, `AMILI_CLIENT_SECRET`,
    `AMILI_ENVIRONMENT`, `AMILI_<API>_BASE_URL`, …), then the defaults; see `ClientOptions`. Namespaces:
    `amili.identity`, `amili.arm`, `amili.autocollect`, `amili.distribution`, `amili.partner` (one per spec), each
    with one namespace per tag and one callable per operation.
    """

    def __init__(
        self, client_id: str | None = None, client_secret: str | None = None, **options: Unpack[ClientArgs]
    ) -> None:
        from ._options import build_options

        args: dict[str, Any] = dict(options)
        if client_id is not None:
            args["client_id"] = client_id
        if client_secret is not None:
            args["client_secret"] = client_secret
        built = build_options(args)
        _check_credentials(built)
        self._setup(built)

    def _setup(self, options: ClientOptions) -> None:
        from ._api_table import API_TABLE
        from ._logging import setup_logging
        from .environments import resolve_base_urls
        from .state import StateStore, resolve_state
        from .telemetry import resolve as resolve_telemetry

        _load_runtime()
        from ._core import Session

        setup_logging(options.log_level)
        if options.environment == "sandbox" or options.sandbox is not None:
            options = _sandbox_module().wire_client_options(options)
        self.options = options
        self.environment = options.environment
        self.simulator: Sandbox | None = options.sandbox
        root = {
            server.key: options.base_url.rstrip("/") + server.sandbox_prefix
            for info in API_TABLE
            for server in info.servers
            if options.base_url
        }
        self._base_urls = resolve_base_urls(options.environment, {**root, **options.base_urls})
        self._drift = _drift_monitor(options.spec_drift)
        self._telemetry = resolve_telemetry(options.telemetry)
        # Shared state (token cache, batch-completion signals): a URL or a store (amili.state); a URL's is ours.
        self._owns_state = not isinstance(options.state, StateStore)
        self._state = resolve_state(options.state)
        # Everything shared with `with_options` views lives here, on the owner, and is built from the owner's
        # options only, whoever touches it first: the core (pool, per-server httpx clients, token providers), the
        # batch poller, the drift monitor, and every namespace (the owner's and its views', see `_api_namespace`).
        self._owner: AmiliClient = self
        self._core_ref: list[Core | None] = [None]
        self._session = Session()
        self._namespaces: dict[str, Any] = {}
        self._view_namespaces: weakref.WeakKeyDictionary[AmiliClient, dict[str, Any]] = weakref.WeakKeyDictionary()
        self._poller: BatchPoller | None = None

    # -- construction helpers -------------------------------------------------------------------------------------

    @classmethod
    def from_env(cls, **overrides: Unpack[AllClientArgs]) -> AmiliClient:
        """Alias of `AmiliClient(**overrides)`, which reads the `AMILI_*` environment anyway."""
        return cls(**overrides)

    @classmethod
    def sandbox(cls, **options: Any) -> AmiliClient:
        """A client wired in-process to a fresh embedded sandbox (`amili.simulator` to inspect it).

        Client options (`timeout`, `max_retries`, ...) go to the client, the rest to `SandboxConfig`
        (`seed`, `faults`, `batch_delay`, `token_lifetime`, ...).
        """
        from ._options import AllClientArgs
        from .errors import ConfigurationError

        own = AllClientArgs.__annotations__.keys() - {"environment", "sandbox"}
        client_options = {k: options.pop(k) for k in list(options) if k in own}
        module = _sandbox_module()
        import dataclasses

        sandbox_fields = {f.name for f in dataclasses.fields(module.SandboxConfig)}
        unknown = sorted(set(options) - sandbox_fields)
        if unknown:
            from ._validation import closest

            hints = []
            for name in unknown:
                match = closest(name, [*sandbox_fields, *own])
                hints.append(f"{name!r}" + (f" (did you mean {match!r}?)" if match else ""))
            raise ConfigurationError(f"AmiliClient.sandbox: unknown option(s) {', '.join(hints)}")
        return cls(environment="sandbox", sandbox=module.Sandbox(module.SandboxConfig(**options)), **client_options)

    def with_options(self, **changes: Unpack[AllClientArgs]) -> AmiliClient:
        """A copy with some options changed (any `AmiliClient` argument).

        Changing only `timeout`, `max_retries`, `retry_policy` or `headers` gives a view sharing this client's
        connection pool and token cache (closing it leaves the pool open). Any other change gives an independent
        client with its own pool, to be closed on its own."""
        import attrs

        from ._options import VIEW_OPTIONS, ClientOptions, build_options

        options = build_options(changes, base=self.options, read_env=False)
        fields = attrs.fields(ClientOptions)
        changed = {f.name for f in fields if getattr(options, f.name) != getattr(self.options, f.name)}
        if changed <= VIEW_OPTIONS:
            return self._view(options)
        client = object.__new__(type(self))
        client._setup(options)  # an embedded simulator, if any, is shared
        return client

    def _view(self, options: ClientOptions) -> AmiliClient:
        """A view: a reference to the owner plus its per-call options; it holds no core, pool or namespace."""
        view = object.__new__(type(self))
        view.options = options
        view.environment = self.environment
        view.simulator = self.simulator
        view._owner = self._owner
        return view

    # -- lifecycle --------------------------------------------------------------------------------------------------

    async def __aenter__(self) -> Self:
        """Opens the shared state store now (`state=` / `AMILI_STATE_URL`): one that cannot be opened fails here
        with `StateStoreError` naming it (without its password), not at the first API call."""
        from .state import StoreFamily

        state = self._owner._state
        if isinstance(state, StoreFamily):
            await state.open()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the pool and everything else the client or any of its views opened (token pool, drift record,
        a state store built from a URL). The client may be used again afterwards, directly or through views made
        before the close: a new pool opens on next use, under any event loop; `aclose()` closes that one too.

        On a `with_options` view this does nothing: the pool belongs to the client the view was made from. A
        caller's own `http_client` is never closed."""
        if self._owner is not self:
            return
        core = self._core_ref[0]
        self._core_ref[0] = None
        self._namespaces.clear()
        self._view_namespaces.clear()
        if core is not None:
            await core.aclose()
        if self._drift is not None:
            await self._drift.aclose()
        if self._state is not None and self._owns_state:
            await self._state.aclose()  # reopened on next use

    # -- plumbing ---------------------------------------------------------------------------------------------------

    def _core(self) -> Core:
        """The owner's core, built from the owner's options on first use by the owner or any view."""
        owner = self._owner
        core = owner._core_ref[0]
        if core is None:
            from ._core import Core, base_transport

            core = owner._core_ref[0] = Core(
                transport=base_transport(owner.options),
                options=owner.options,
                base_urls=owner._base_urls,
                session=owner._session,
                state=owner._state,
                drift=owner._drift,
            )
            owner._namespaces.clear()
            owner._view_namespaces.clear()
        return core

    def _api_namespace(self, name: str, factory: Any) -> Any:
        owner = self._owner
        core = self._core()
        # The owner holds every namespace, its views' too (dropped with the view, all cleared on `aclose`), so
        # a namespace never outlives the core it was built on.
        cache = owner._namespaces if self is owner else owner._view_namespaces.setdefault(self, {})
        namespace = cache.get(name)
        if namespace is None:
            from ._core import ApiContext

            context = ApiContext(
                name,
                core.http_client(name),
                core.generated_client(name),
                self.options,  # per call: the view's timeout, retries and headers
                owner._attach_batch_helpers,
                owner._drift,
                core.http_client,
                owner._telemetry,
                core.send(name),
                core.send,
            )
            namespace = cache[name] = factory(context)
        return namespace

    def base_url(self, key: str) -> str:
        """The base URL the client uses for an API's server (`amili.base_url('arm')`); ConfigurationError if unset."""
        return str(self._core().http_client(key).base_url).rstrip("/")

    @property
    def batches(self) -> BatchPoller:
        """Waits on batches of every API: `amili.batches.handle(saved_json).wait()`, webhook wake-ups.

        One object for a client and all its `with_options` views; it polls with the client's own options."""
        return self._batch_poller()

    def _attach_batch_helpers(self, api: Any) -> None:
        """`submit_batch` / `submit` / `submit_many` on the batch writes of `api` (the engine is imported now)."""
        from .batches.binding import attach_helpers

        attach_helpers(api, self._owner._batch_poller)

    def _batch_poller(self) -> BatchPoller:
        owner = self._owner
        poller = owner._poller
        if poller is None:
            from .batches import BatchPoller
            from .state import StoreFamily

            # It reaches the APIs through the owner, so its polls use the owner's options, not a view's.
            poller = owner._poller = BatchPoller(lambda name: getattr(owner, name))
            state = owner._state
            poller.signals = state.signals if state is not None else None
            poller.journal = state.journal if isinstance(state, StoreFamily) else None
        return poller

    @property
    def state(self) -> StateStore | None:
        """The shared state this client uses (`state=` or `AMILI_STATE_URL`), or None (this process only)."""
        return self._owner._state

    @property
    def spec_drift(self) -> DriftMonitor | None:
        """Spec-drift detection of this client (`.events`), or None when off (see docs/drift.md)."""
        return self._owner._drift

    @property
    def token_provider(self) -> TokenProvider | None:
        return self._core().provider

    @property
    def retries(self) -> int:
        """Retries made so far by this client's retry engine (for summaries and benchmarks)."""
        core = self._owner._core_ref[0]
        return core.retry.stats.retries if core is not None else 0

    def __repr__(self) -> str:
        return f"AmiliClient(environment={self.environment!r}, client_id={self.options.client_id!r})"


def _sandbox_module() -> Any:
    """The sandbox is an optional extra (`amili-sdk[sandbox]`): import it only when asked for."""
    try:
        return importlib.import_module("amili.sandbox.wiring")
    except ImportError as exc:
        from .errors import ConfigurationError

        raise ConfigurationError("the sandbox needs the extra: pip install 'amili-sdk[sandbox]'") from exc


def _drift_monitor(setting: str | SpecDrift | None) -> DriftMonitor | None:
    """Nothing is imported or built when drift detection is off (the default). The options builder has already
    completed `setting` from the `AMILI_SPEC_DRIFT*` environment."""
    if setting is None:
        return None
    from .drift import DriftMonitor, SpecDrift

    config = SpecDrift.coerce(setting)
    return DriftMonitor(config) if config.mode != "off" else None


def _load_runtime() -> None:
    """What every client's first call needs, imported when the client is built (once per process; later clients
    find it in `sys.modules`): construction is synchronous and off the event loop's request path, so a first call
    does not stall the loop importing the request path (core, operations, retry, transports, auth, model helpers).
    An API's façade and generated package load on first use of `amili.<api>` (which API is not known here)."""
    from . import _core, _models, operations  # noqa: F401


_LAZY = {"ApiContext", "ClientOptions", "DEFAULT_LIMITS", "DEFAULT_TIMEOUT"}


if not TYPE_CHECKING:  # hidden from type checkers, so a misspelt import from here is still an error there

    def __getattr__(name: str) -> Any:
        """The re-exports (`ApiContext` from `_core`; `ClientOptions`, `DEFAULT_LIMITS`, `DEFAULT_TIMEOUT` from
        `_options`), imported on first use and then kept here."""
        if name not in _LAZY:
            raise AttributeError(f"module 'amili.client' has no attribute {name!r}")
        from . import _core, _options

        value = getattr(_core if name == "ApiContext" else _options, name)
        globals()[name] = value
        return value
