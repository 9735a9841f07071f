"""Async SDK for Amili's APIs: ARM, AutoCollect, Distribution and the token service."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"  # the one version: wheel metadata (hatch) and User-Agent read it

if TYPE_CHECKING:  # what type checkers see; at run time each name is imported on first use (`__getattr__`)
    from ._models import json_default
    from .auth import BasicCredentials, ClientCredentials, PartnerCredentials, StaticToken, Token, TokenProvider
    from .client import AmiliClient, ClientOptions
    from .drift import SpecDrift, SpecDriftError
    from .errors import (
        AmiliError,
        APIConnectionError,
        APIStatusError,
        APITimeoutError,
        APIUnavailableError,
        ArgumentError,
        AuthenticationError,
        BadRequestError,
        ConfigurationError,
        ConflictError,
        FieldError,
        InternalServerError,
        LockedError,
        MissingFieldError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        RequestValidationError,
        ResponseDecodingError,
        ResponseTooLargeError,
        ResponseValidationError,
        StateStoreError,
        UnprocessableEntityError,
    )
    from .operations import RawResponse
    from .retry import RetryPolicy

_AUTH = ("BasicCredentials", "ClientCredentials", "PartnerCredentials", "StaticToken", "Token", "TokenProvider")

_HOME: dict[str, str] = {
    **dict.fromkeys(_AUTH, "auth"),
    "AmiliClient": "client",
    "ClientOptions": "client",
    "RawResponse": "operations",
    "RetryPolicy": "retry",
    "SpecDrift": "drift",
    "SpecDriftError": "drift",
    "json_default": "_models",
}
"""Where each public name lives; every other name of `__all__` is an error class of `amili.errors`. `import amili`
loads none of them, and `from amili import AmiliClient` only the client module: httpx, the models (attrs), auth,
retry and the transports load when a client is built."""


if not TYPE_CHECKING:  # hidden from type checkers, so a misspelt `amili.X` is still an error there

    def __getattr__(name: str) -> Any:
        """Imports the submodule that defines `name` on first use and keeps the value here (later reads are plain)."""
        home = _HOME.get(name, "errors" if name in __all__ else None)
        if home is None:
            raise AttributeError(f"module 'amili' has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(f"amili.{home}"), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})


__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "APIUnavailableError",
    "AmiliClient",
    "AmiliError",
    "ArgumentError",
    "AuthenticationError",
    "BadRequestError",
    "BasicCredentials",
    "ClientCredentials",
    "ClientOptions",
    "ConfigurationError",
    "ConflictError",
    "FieldError",
    "InternalServerError",
    "LockedError",
    "MissingFieldError",
    "NotFoundError",
    "PartnerCredentials",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "RequestValidationError",
    "ResponseDecodingError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "RetryPolicy",
    "SpecDrift",
    "SpecDriftError",
    "StateStoreError",
    "StaticToken",
    "Token",
    "TokenProvider",
    "UnprocessableEntityError",
    "json_default",
]
