"""`amili token`: fetch a token and show issuer, expiry and scopes (the token itself only with `--show`)."""

from __future__ import annotations

import base64
import datetime as dt
import json
import time
from collections.abc import Callable
from typing import Any

from .._logging import REDACTED
from ..errors import ConfigurationError
from ._connection import Invocation
from ._errors import EXIT_OK

__all__ = ["register"]


def _jwt_claims(token: str) -> dict[str, Any]:
    """The payload of a JWT, unverified (display only); {} for an opaque token."""
    parts = token.split(".")
    if len(parts) != 3:
        return {}
    try:
        payload = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except (ValueError, UnicodeDecodeError):
        return {}
    return payload if isinstance(payload, dict) else {}


def _iso(ts: float) -> str:
    return dt.datetime.fromtimestamp(ts, tz=dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


async def cmd_token(inv: Invocation) -> int:
    provider = inv.client.token_provider
    if provider is None:
        raise ConfigurationError("no credentials to fetch a token with")
    token = await provider.get_token()
    claims = _jwt_claims(token.value)
    issuer = claims.get("iss") or inv.client.base_url("identity")
    scopes = token.scope or claims.get("scope") or claims.get("scp") or ""
    if isinstance(scopes, list):
        scopes = " ".join(str(s) for s in scopes)
    remaining = token.expires_at - time.time()
    client = claims.get("client_id") or claims.get("sub") or getattr(provider, "client_id", "-")
    data = {
        "issuer": issuer,
        "client": client,
        "expires": _iso(token.expires_at),
        "expiresIn": round(remaining),
        "scopes": scopes.split() if isinstance(scopes, str) else scopes,
        "token": token.value if inv.args.show else REDACTED,
    }
    text = [
        f"issuer:  {issuer}",
        f"client:  {client}",
        f"expires: {_iso(token.expires_at)} (in {remaining:.0f} s)",
        f"scopes:  {scopes or '(none)'}",
        f"token:   {token.value if inv.args.show else REDACTED + ' (use --show to print it)'}",
    ]
    inv.output.summary(data, text)
    return EXIT_OK


def register(sub: Any, leaf: Callable[..., Any]) -> None:
    token = leaf(sub, "token", "fetch a token and show issuer, expiry and scopes", cmd_token)
    token.add_argument("--show", action="store_true", help="also print the token itself")
