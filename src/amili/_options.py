"""Client options: built once (arguments > `AMILI_*` environment > defaults), copied by `with_options`.

This is the one module of the SDK that reads the process environment (`env_value`, `environment`; a test pins
it): the client, the drift monitor, the state stores, logging, the webhook receiver and the CLI receive values
read here.

Adding an option is a change to this module only: a field of `ClientOptions` (with its `AMILI_*` variable in the
field's metadata when it has one) and its argument in `ClientArgs` (a test pins that both list the same names).
`AmiliClient(...)`, `AmiliClient.with_options(...)`, `AmiliClient.sandbox(...)` and the CLI all go through
`build_options`.
"""

from __future__ import annotations

import math
import os
import ssl
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

import attrs
import httpx

from ._api_table import API_TABLE, SERVER_KEYS
from ._body import DEFAULT_MAX_RESPONSE_BYTES
from ._secrets import Secret
from ._transports import HttpBackend, resolve_backend
from ._validation import check_header
from .auth import BasicCredentials, TokenProvider
from .environments import Environment
from .errors import ConfigurationError, RequestValidationError
from .retry import RetryPolicy
from .telemetry import Telemetry

if TYPE_CHECKING:
    from .drift import SpecDrift
    from .sandbox import Sandbox
    from .state import StateStore

__all__ = [
    "DEFAULT_LIMITS",
    "DEFAULT_TIMEOUT",
    "VIEW_OPTIONS",
    "AllClientArgs",
    "ClientArgs",
    "ClientOptions",
    "build_options",
    "env_value",
    "environment",
]

DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=60.0, write=60.0, pool=10.0)
# Keep-alive = max connections: a burst of 100 does not close 80 connections it will want again a moment later.
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100, keepalive_expiry=30.0)


def _env(name: str) -> dict[str, str]:
    return {"env": name}


def env_value(name: str) -> str | None:
    """The variable `name` of the process environment; None when unset or blank."""
    value = os.environ.get(name)
    return value if value is not None and value.strip() else None


def environment(prefix: str = "AMILI_") -> dict[str, str]:
    """A snapshot of the environment's variables starting with `prefix` (blank ones left out)."""
    return {name: value for name, value in os.environ.items() if name.startswith(prefix) and value.strip()}


def _state_repr(value: object) -> str:
    from .state.url import redact_url

    return repr(redact_url(value)) if isinstance(value, str) else repr(value)


@attrs.frozen(kw_only=True)
class ClientOptions:
    """Every setting of a client. `timeout`, `retry` and `headers` may differ per `with_options` view."""

    environment: str = attrs.field(default="production", metadata=_env("AMILI_ENVIRONMENT"))
    client_id: str | None = attrs.field(default=None, metadata=_env("AMILI_CLIENT_ID"))
    client_secret: Secret[str] | None = attrs.field(default=None, repr=False, metadata=_env("AMILI_CLIENT_SECRET"))
    scope: str | None = attrs.field(default=None, metadata=_env("AMILI_OAUTH_SCOPE"))
    token_provider: TokenProvider | None = None
    base_url: str | None = attrs.field(default=None, metadata=_env("AMILI_BASE_URL"))
    """Root of an Amili-compatible server (`amili sandbox serve`): every API at its sandbox prefix under it."""
    base_urls: Mapping[str, str] = attrs.field(factory=dict)
    """Per server (`SERVER_KEYS`); each also read from its `AMILI_<API>[_<SERVER>]_BASE_URL`."""
    timeout: httpx.Timeout = attrs.field(default=DEFAULT_TIMEOUT, metadata=_env("AMILI_TIMEOUT"))
    retry: RetryPolicy = attrs.field(factory=RetryPolicy)
    headers: Mapping[str, str] = attrs.field(factory=dict)
    transport: httpx.AsyncBaseTransport | None = None
    http_client: httpx.AsyncClient | None = None
    limits: httpx.Limits = DEFAULT_LIMITS
    verify: bool | ssl.SSLContext = True
    http_backend: HttpBackend = attrs.field(default="auto", metadata=_env("AMILI_HTTP_BACKEND"))
    """`auto` (aiohttp on asyncio when installed, else httpx's pool), `aiohttp` or `httpx` (see `_transports`)."""
    basic_auth: BasicCredentials | None = None
    partner_credentials: TokenProvider | tuple[str, Secret[str]] | None = None
    log_level: str | None = attrs.field(default=None, metadata=_env("AMILI_LOG"))
    sandbox: Sandbox | None = None
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    state: str | StateStore | None = attrs.field(default=None, repr=_state_repr, metadata=_env("AMILI_STATE_URL"))
    """Shared state (`memory://`, `sqlite:///…`, `postgresql://…` or a store): token cache and completion signals."""
    spec_drift: str | SpecDrift | None = None
    """Spec-drift detection (`off|log|record|strict` or a `SpecDrift`); the builder completes it from the
    `AMILI_SPEC_DRIFT*` variables (a `SpecDrift`, or None when neither the argument nor the variables set it)."""
    telemetry: bool | Telemetry | None = None
    """OpenTelemetry traces and metrics (`amili.telemetry`): None (on when `opentelemetry-api` is installed),
    False (off: nothing imported), True or a `Telemetry` (e.g. `Telemetry(propagate=True)` sends `traceparent`)."""


class ClientArgs(TypedDict, total=False):
    """The keyword arguments of `AmiliClient(client_id, client_secret, ...)` (see `ClientOptions`)."""

    environment: Environment | None
    scope: str | None
    token_provider: TokenProvider | None
    base_url: str | None
    base_urls: Mapping[str, str] | None
    timeout: float | httpx.Timeout | None
    max_retries: int | None
    retry_policy: RetryPolicy | None
    headers: Mapping[str, str] | None
    transport: httpx.AsyncBaseTransport | None
    http_client: httpx.AsyncClient | None
    limits: httpx.Limits
    verify: bool | ssl.SSLContext | str
    http_backend: HttpBackend | None
    basic_auth: BasicCredentials | tuple[str, str] | None
    partner_credentials: TokenProvider | tuple[str, str] | None
    log_level: str | None
    sandbox: Sandbox | None
    max_response_bytes: int
    state: str | StateStore | None
    spec_drift: str | SpecDrift | None
    telemetry: bool | Telemetry | None


class AllClientArgs(ClientArgs, total=False):
    """`ClientArgs` plus the credentials (`with_options`, `from_env`)."""

    client_id: str | None
    client_secret: str | None


_ARG_TO_FIELD = {"max_retries": "retry", "retry_policy": "retry"}
"""Arguments that set a field under another name; every other argument is the field of the same name."""

VIEW_OPTIONS = frozenset({"timeout", "retry", "headers"})
"""Fields a `with_options` view may change while sharing its client's pool and token cache."""

_ENV_PARSERS: dict[str, Any] = {"timeout": float, "max_retries": int}


def _timeout(value: float | httpx.Timeout) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        return value
    if not _finite(value) or value <= 0:
        raise ConfigurationError("timeout must be a finite number of seconds > 0")
    return httpx.Timeout(value, connect=min(5.0, value))


def _finite(value: object) -> bool:
    """A real number (not a bool), neither NaN nor ±inf."""
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _check_number(name: str, value: object, *, minimum: float, strict: bool = False, optional: bool = False) -> None:
    if value is None and optional:
        return
    if not _finite(value) or value < minimum or (strict and value == minimum):  # type: ignore[operator]
        bound = f"> {minimum:g}" if strict else f">= {minimum:g}"
        raise ConfigurationError(f"{name} must be a finite number {bound}" + (" (or None)" if optional else ""))


def _check_headers(headers: Mapping[Any, Any]) -> dict[str, str]:
    """The check per-call headers get (`_validation.check_header`), at construction: names the header, never its
    value (it may be a credential). Returns the headers as the strings that go on the wire."""
    checked: dict[str, str] = {}
    for name, value in headers.items():
        label = name if isinstance(name, str) else repr(name)
        try:
            checked[check_header("client headers", label, name, "headers")] = check_header(
                "client headers", label, value, "headers"
            )
        except RequestValidationError as exc:
            raise ConfigurationError(str(exc)) from None
    return checked


def _verify(value: bool | ssl.SSLContext | str) -> bool | ssl.SSLContext:
    """A CA bundle path becomes an SSLContext (httpx 0.28 deprecates `verify=<path>`)."""
    if isinstance(value, str):
        try:
            return ssl.create_default_context(cafile=value)
        except (OSError, ssl.SSLError) as exc:
            raise ConfigurationError(f"verify: cannot load CA bundle {value!r} ({exc})") from None
    return value


def _env_args() -> dict[str, Any]:
    """Arguments the `AMILI_*` environment gives (empty variables count as unset)."""
    found: dict[str, Any] = {}
    for field in attrs.fields(ClientOptions):
        name = field.metadata.get("env")
        if name and (value := env_value(name)):
            found[field.name] = value
    if value := env_value("AMILI_MAX_RETRIES"):
        found["max_retries"] = value
    for key, parse in _ENV_PARSERS.items():
        if key in found:
            try:
                found[key] = parse(found[key])
            except ValueError:
                variable = "AMILI_MAX_RETRIES" if key == "max_retries" else f"AMILI_{key.upper()}"
                raise ConfigurationError(f"{variable} must be a number, got {found[key]!r}") from None
    urls = {server.key: value for info in API_TABLE for server in info.servers if (value := env_value(server.setting))}
    if urls:
        found["base_urls"] = urls
    return found


def build_options(
    args: Mapping[str, Any], *, base: ClientOptions | None = None, read_env: bool = True
) -> ClientOptions:
    """`base` (or the defaults) < the `AMILI_*` environment (when `read_env`) < `args` (None means not given)."""
    unknown = set(args) - set(AllClientArgs.__annotations__)
    if unknown:
        from ._validation import closest

        known = [*AllClientArgs.__annotations__, "client_id", "client_secret"]
        hints = []
        for name in sorted(unknown):
            match = closest(name, known)
            hints.append(f"{name!r}" + (f" (did you mean {match!r}?)" if match else ""))
        raise ConfigurationError(f"unknown client option(s): {', '.join(hints)}")
    given = {k: v for k, v in args.items() if v is not None}
    layered: dict[str, Any] = _env_args() if read_env else {}
    for key, value in given.items():
        # base_urls merge per server: an explicit key wins over its variable, other keys stay.
        layered[key] = {**layered.get("base_urls", {}), **value} if key == "base_urls" else value
    options = base or ClientOptions()
    if "base_urls" in layered:
        layered["base_urls"] = {**options.base_urls, **layered["base_urls"]}
    retry = layered.get("retry_policy", options.retry)
    if "max_retries" in layered:
        max_retries = layered["max_retries"]
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise ConfigurationError("max_retries must be an integer >= 0")
        retry = attrs.evolve(retry, max_retries=max_retries)
    if "headers" in layered:
        layered["headers"] = {**options.headers, **layered["headers"]}
    if read_env:
        drift_env = environment("AMILI_SPEC_DRIFT")
        if drift_env or layered.get("spec_drift") is not None:
            layered["spec_drift"] = _spec_drift(layered.get("spec_drift"), drift_env)
    changes = {key: _convert(key, value) for key, value in layered.items() if key not in _ARG_TO_FIELD}
    changes["retry"] = retry
    result = attrs.evolve(options, **changes)
    _check(result)
    return result


def _spec_drift(value: str | SpecDrift | None, drift_env: Mapping[str, str]) -> SpecDrift | None:
    """The drift settings: the argument, completed by the `AMILI_SPEC_DRIFT*` variables (drift is imported only
    when detection is on: `spec_drift="off"` imports nothing from `amili.drift`)."""
    if isinstance(value, str) and value.strip().lower() == "off":  # the argument wins over the environment
        return None
    from .drift import SpecDrift

    return SpecDrift.coerce(value, drift_env)


def _convert(key: str, value: Any) -> Any:
    if key == "timeout":
        return _timeout(value)
    if key == "verify":
        return _verify(value)
    if key == "http_backend":
        return resolve_backend(value)
    if key == "client_secret":
        return value if isinstance(value, Secret) else Secret(value)
    if key == "basic_auth" and isinstance(value, tuple):
        return BasicCredentials(*value)
    if key == "partner_credentials" and isinstance(value, tuple):
        client_id, secret = value
        return client_id, secret if isinstance(secret, Secret) else Secret(secret)
    if key == "headers":
        if not isinstance(value, Mapping):
            raise ConfigurationError("headers must be a mapping of header name to value")
        return _check_headers(value)
    if key == "max_response_bytes" and _finite(value) and float(value).is_integer():
        return int(value)
    if key == "base_urls":
        unknown = [k for k in value if k not in SERVER_KEYS]
        if unknown:
            raise ConfigurationError(f"base_urls: unknown API {unknown[0]!r} (known: {', '.join(SERVER_KEYS)})")
        return dict(value)
    return value


def _check(options: ClientOptions) -> None:
    """Every number finite and in range (NaN and ±inf refused), every header sendable — before any call."""
    size = options.max_response_bytes
    if isinstance(size, bool) or not isinstance(size, int) or size <= 0:
        raise ConfigurationError("max_response_bytes must be an integer > 0")
    timeout = options.timeout
    for part in ("connect", "read", "write", "pool"):
        _check_number(f"timeout.{part}", getattr(timeout, part), minimum=0, strict=True, optional=True)
    limits = options.limits
    _check_number("limits.max_connections", limits.max_connections, minimum=1, optional=True)
    _check_number("limits.max_keepalive_connections", limits.max_keepalive_connections, minimum=0, optional=True)
    _check_number("limits.keepalive_expiry", limits.keepalive_expiry, minimum=0, optional=True)
    retry = options.retry
    if isinstance(retry.max_retries, bool) or not isinstance(retry.max_retries, int) or retry.max_retries < 0:
        raise ConfigurationError("retry_policy.max_retries must be an integer >= 0")
    for name in ("base_delay", "max_delay", "max_server_wait"):
        _check_number(f"retry_policy.{name}", getattr(retry, name), minimum=0)
    _check_number("retry_policy.factor", retry.factor, minimum=0)
    _check_number("retry_policy.total_budget", retry.total_budget, minimum=0, strict=True)
    overload = retry.overload
    for name in ("budget_ratio", "budget_max", "breaker_window", "breaker_interval", "breaker_max_interval"):
        _check_number(f"retry_policy.overload.{name}", getattr(overload, name), minimum=0)
    _check_number("retry_policy.overload.backoff_refresh", overload.backoff_refresh, minimum=0)
    if isinstance(overload.breaker_failures, bool) or not isinstance(overload.breaker_failures, int):
        raise ConfigurationError("retry_policy.overload.breaker_failures must be an integer >= 1")
    _check_number("retry_policy.overload.breaker_failures", overload.breaker_failures, minimum=1)
    _check_headers(options.headers)
    if options.http_client is not None:
        if options.transport is not None:
            raise ConfigurationError("pass either http_client= or transport=, not both")
        if options.limits is not DEFAULT_LIMITS or options.verify is not True:
            raise ConfigurationError(
                "limits= and verify= configure the SDK's own pool: with http_client= set them on your httpx client"
            )
