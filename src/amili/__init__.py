"""Async SDK for Amili's APIs: ARM, AutoCollect, Distribution and the token service."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"  # the one version: wheel metadata (hatch) and User-Agent read it

from ._models import json_default
from .auth import BasicCredentials, ClientCredentials, PartnerCredentials, StaticToken, Token, TokenProvider
from .client import AmiliClient, ClientOptions
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

if TYPE_CHECKING:
    from .drift import SpecDrift, SpecDriftError


def __getattr__(name: str) -> Any:
    """`SpecDrift`/`SpecDriftError` are imported on first use: `import amili` stays as light as before."""
    if name in ("SpecDrift", "SpecDriftError"):
        from . import drift

        return getattr(drift, name)
    raise AttributeError(f"module 'amili' has no attribute {name!r}")


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
