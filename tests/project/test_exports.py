"""The public surface is pinned (as httpx's test_exports does): adding or removing a public name is a deliberate
change to this test, and internals live in `_` modules or `_` names."""

from __future__ import annotations

import importlib
import pkgutil

import amili

PUBLIC = [
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

PUBLIC_MODULES = {
    "auth",
    "batches",
    "cli",
    "client",
    "drift",
    "environments",
    "errors",
    "fastapi",
    "journal",
    "operations",
    "pagination",
    "pytest_plugin",
    "retry",
    "sandbox",
    "state",
    "telemetry",
    "types",
    "webhooks",
}


def test_top_level_exports_are_pinned() -> None:
    assert amili.__all__ == PUBLIC
    for name in amili.__all__:
        value = getattr(amili, name)
        assert getattr(value, "__module__", "amili").startswith("amili"), name


def test_public_modules_are_pinned_and_declare_their_exports() -> None:
    found = {m.name for m in pkgutil.iter_modules(amili.__path__) if not m.name.startswith("_")}
    assert found == PUBLIC_MODULES, "a new public module: name it with `_` if users should not import it"
    for name in sorted(found):
        module = importlib.import_module(f"amili.{name}")
        exported = getattr(module, "__all__", None)
        assert exported is not None, f"amili.{name} has no __all__"
        for item in exported:
            assert hasattr(module, item), f"amili.{name}.__all__ names a missing {item!r}"
            assert not item.startswith("_"), f"amili.{name}.__all__ exports the private {item!r}"


def test_internals_are_private() -> None:
    # The API table, options, logging and body helpers are internals: `_` modules.
    for name in ("_api_table", "_options", "_logging", "_body", "_secrets", "_models"):
        importlib.import_module(f"amili.{name}")
    assert not hasattr(amili, "API_TABLE")
