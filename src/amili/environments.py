"""Where each API lives per environment: the documented base URLs of the API table (specs/*.yaml `servers`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from ._api_table import API_NAMES, API_TABLE, SERVER_KEYS
from .errors import ConfigurationError

__all__ = ["API_NAMES", "BASE_URLS", "ENVIRONMENTS", "Environment", "resolve_base_urls"]

Environment = Literal["production", "staging", "sandbox"]
ENVIRONMENTS: tuple[str, ...] = ("production", "staging", "sandbox")

BASE_URLS: Mapping[str, Mapping[str, str]] = {
    env: {server.key: server.urls[env] for info in API_TABLE for server in info.servers if env in server.urls}
    for env in ("production", "staging")
}
"""Servers Amili does not document (Distribution, the Partner API, …) are absent: set them in `base_urls`."""


def resolve_base_urls(environment: str, overrides: Mapping[str, str] | None) -> dict[str, str]:
    """The environment's documented URLs with `overrides` (keys: `SERVER_KEYS`) on top."""
    if environment not in ENVIRONMENTS:
        from ._validation import closest

        match = closest(str(environment), ENVIRONMENTS)
        hint = f"did you mean {match!r}? " if match else ""
        raise ConfigurationError(
            f"unknown environment {environment!r}: {hint}use 'production', 'staging' or 'sandbox' (AMILI_ENVIRONMENT)"
        )
    urls = dict(BASE_URLS.get(environment, {}))
    for key, url in (overrides or {}).items():
        if key not in SERVER_KEYS:
            raise ConfigurationError(f"base_urls: unknown API {key!r} (known: {', '.join(SERVER_KEYS)})")
        if not url.startswith(("https://", "http://")):
            raise ConfigurationError(f"base_urls[{key!r}] must be an http(s) URL")
        urls[key] = url.rstrip("/")
    return urls
