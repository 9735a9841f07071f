"""Every `request.extensions` / `response.extensions` key the SDK's request path uses, in one place.

httpx carries per-request data between layers in the `extensions` dict; these are the SDK's own keys (httpx's own,
`timeout`, `trace`, `sni_hostname`, are not repeated here). Each says who sets it and who reads it.
"""

from __future__ import annotations

__all__ = [
    "API",
    "ATTEMPT_PREPARED",
    "AUTH",
    "BUDGET_EXHAUSTED",
    "CREDENTIALS",
    "DEFAULT_HEADERS_SET",
    "GONE_ON_RETRY",
    "LOCAL_BACKOFF",
    "OPTIONS",
    "PHASE",
    "RETRY_AFTER",
    "SAFE_TO_RETRY",
    "TELEMETRY",
    "TICKET",
    "TOKEN_REQUEST",
]

# -- set above the retry engine (the façade's send, or the per-server httpx client's tagging transport) -----------

OPTIONS = "amili.options"
"""Per-call `RequestOptions` (retry policy, operation name); read by the retry engine."""
API = "amili.api"
"""The API server's key (`arm`, `autocollect.legacy_webapi`): the retry budget's, breaker's and back-off's key."""
AUTH = "amili.auth"
"""The scheme(s) an operation accepts: "bearer" (default), "basic", "none", or a list ("bearer,basic")."""
CREDENTIALS = "amili.credentials"
"""The API's `Credentials` (token provider and/or Basic): applied by the connection gate on admission."""
TICKET = "amili.bearer_ticket"
"""The token provider's `ticket()` when the call began: a token fetch failing after that answers this call too."""
TELEMETRY = "amili.telemetry"
"""The traced call (`amili.telemetry`), when telemetry is on: the retry engine reports its attempts to it."""
SAFE_TO_RETRY = "amili.safe_to_retry"
"""Set on a POST without side effects (the token grant): retried like a GET."""
TOKEN_REQUEST = "amili.token_request"
"""A token grant: sent on the token pool, never queued behind the requests waiting for it."""
DEFAULT_HEADERS_SET = "amili.default_headers_set"
"""Set by `Route` on a request without a body whose headers hold `Accept`, `Accept-Encoding` and `User-Agent`:
the aiohttp backend need not stop aiohttp from adding its own (it adds none)."""
ATTEMPT_PREPARED = "amili.attempt_prepared"
"""Set by `Route` on a request whose prepared headers already say `X-Amili-Attempt: 1`: the retry engine sets that
header itself only from the second attempt on."""

# -- set by the retry engine for the layers below it -------------------------------------------------------------

PHASE = "amili.phase"
"""The `AttemptPhase` of the attempt in flight, advanced by the gate and the sending backends."""

# -- response extensions, set by the retry engine and read by the façade -------------------------------------------

GONE_ON_RETRY = "amili.gone_on_retry"
"""A DELETE's 404 after an earlier attempt may have deleted it (its response was lost): reported as success."""
RETRY_AFTER = "amili.retry_after"
"""Seconds the server asked to wait, when the SDK did not wait that long (the error's `retry_after`)."""
BUDGET_EXHAUSTED = "amili.retry_budget_exhausted"
"""The API's retry budget refused a retry (the error's `retry_budget_exhausted`)."""
LOCAL_BACKOFF = "amili.backoff_hold"
"""A response made up by the SDK while the API is held back (nothing was sent)."""
