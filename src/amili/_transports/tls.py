"""The verifying SSL context every pool of the process shares."""

from __future__ import annotations

import functools
import ssl

import httpx

__all__ = ["verifying_context"]


@functools.cache
def verifying_context() -> ssl.SSLContext:
    """httpx's verifying SSL context (certifi's CAs), built once per process and shared by every pool of every
    client, aiohttp's and httpx's, the main and the token pool: building one costs milliseconds and holds the parsed
    CA bundle (~0.5 MB); a context is safe to share."""
    return httpx.create_ssl_context(verify=True)


def ssl_for(verify: bool | ssl.SSLContext) -> bool | ssl.SSLContext:
    """What a pool is given for the client's `verify`: the caller's own context, False (verification off), or the
    shared verifying context."""
    if isinstance(verify, ssl.SSLContext) or not verify:
        return verify
    return verifying_context()
