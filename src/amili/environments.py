"""Where each API lives per environment (Amili's documented base URLs; see specs/*.yaml `servers`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from .errors import ConfigurationError

Environment = Literal["production", "staging", "sandbox"]
API_NAMES = ("identity", "arm", "autocollect", "distribution", "partner")
#: base-URL settings: the APIs, plus the operations whose own base URL Amili does not document (their spec gives
#: them a `servers` entry with `x-amili-base-url-setting`; calling one without the setting is a ConfigurationError)
BASE_URL_SETTINGS = (*API_NAMES, "collection_legacy", "autocollect_webapi")

BASE_URLS: Mapping[str, Mapping[str, str]] = {
    "production": {
        "identity": "https://auth.amili.no",
        "arm": "https://api.amili.no/arm/v1",
        "autocollect": "https://api.amili.no/collection/v1",
    },
    "staging": {
        "identity": "https://auth.staging.amili.no",
        "arm": "https://api.staging.amili.no/arm/v1",
        "autocollect": "https://api.staging.amili.no/collection/v1",
    },
}
"""Distribution's and the Partner API's base URLs are not documented: pass them in `base_urls`."""


def resolve_base_urls(environment: str, overrides: Mapping[str, str] | None) -> dict[str, str]:
    if environment not in BASE_URLS and environment != "sandbox":
        raise ConfigurationError(f"unknown environment {environment!r}: use 'production', 'staging' or 'sandbox'")
    urls = dict(BASE_URLS.get(environment, {}))
    for api, url in (overrides or {}).items():
        if api not in BASE_URL_SETTINGS:
            raise ConfigurationError(f"base_urls: unknown API {api!r} (known: {', '.join(BASE_URL_SETTINGS)})")
        if not url.startswith(("https://", "http://")):
            raise ConfigurationError(f"base_urls[{api!r}] must be an http(s) URL")
        urls[api] = url.rstrip("/")
    return urls
