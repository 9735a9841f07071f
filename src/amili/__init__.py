"""Async SDK for Amili's APIs: ARM, AutoCollect, Distribution and the token service."""

from __future__ import annotations

__version__ = "0.1.0"  # the one version: wheel metadata (hatch) and User-Agent read it

from .auth import BasicCredentials, ClientCredentials, PartnerCredentials, StaticToken, Token, TokenProvider
from .client import AmiliClient, ClientOptions
from .errors import (
    AmiliError,
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    FieldError,
    InternalServerError,
    LockedError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestValidationError,
    ResponseValidationError,
    UnprocessableEntityError,
)
from .operations import RawResponse
from .retry import RetryPolicy

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AmiliClient",
    "AmiliError",
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
    "NotFoundError",
    "PartnerCredentials",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "RequestValidationError",
    "ResponseValidationError",
    "RetryPolicy",
    "StaticToken",
    "Token",
    "TokenProvider",
    "UnprocessableEntityError",
]
