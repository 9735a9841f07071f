"""The `amili` logger: one line per attempt, secrets redacted, structured fields on every record.

`AMILI_LOG=info` logs one line per attempt; `AMILI_LOG=debug` adds a request line before each attempt and the
response headers (sensitive headers and secret-looking query values redacted). Every record carries `extra`
fields (`operation`, `method`, `url`, `status`, `attempt`, `request_id`, `elapsed_ms`, `error`) so JSON formatters
and OpenTelemetry log bridges get them as attributes. Bodies are never logged.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import IO, Any
from urllib.parse import parse_qsl, urlencode

import httpx

logger = logging.getLogger("amili")

SENSITIVE_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
        "x-api-key",
        "x-webhook-signature",
    }
)
REDACTED = "[redacted]"
_SECRET_QUERY_WORDS = ("token", "secret", "password", "key", "signature", "code", "auth", "sig")
_QUIET_HEADERS = frozenset({"user-agent", "accept-encoding", "connection", "accept", "content-length"})


def setup_logging(level: str | None = None, stream: IO[str] | None = None) -> logging.Handler | None:
    """Honour `log_level` (the argument, else `AMILI_LOG` as the options builder read it) by attaching one stderr
    (or `stream`) handler; returns it."""
    value = (level or "").strip().lower()
    if not value:
        return None
    numeric = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}.get(value)
    if numeric is None:
        return None
    logger.setLevel(numeric)
    for existing in logger.handlers:
        if isinstance(existing, _AmiliHandler) and (stream is None or existing.stream is stream):
            return existing
    handler = _AmiliHandler(stream)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    return handler


class _AmiliHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The handler `AMILI_LOG` attaches (found again instead of being added twice)."""


def safe_url(url: httpx.URL) -> str:
    """The URL with the values of secret-looking query parameters redacted."""
    if not url.query:
        return str(url)
    pairs = [
        (k, REDACTED if any(word in k.lower() for word in _SECRET_QUERY_WORDS) else v)
        for k, v in parse_qsl(url.query.decode("ascii", "replace"), keep_blank_values=True)
    ]
    return str(url.copy_with(query=urlencode(pairs).encode("ascii")))


def _shown_headers(headers: httpx.Headers) -> dict[str, str]:
    return {k: v for k, v in redact_headers(headers.multi_items()).items() if k.lower() not in _QUIET_HEADERS}


def _fields(request: httpx.Request, operation: str | None, attempt: int) -> dict[str, Any]:
    return {
        "operation": operation.split(" ", 1)[0] if operation else None,
        "method": request.method,
        "url": safe_url(request.url),
        "attempt": attempt,
        "status": None,
        "request_id": None,
        "elapsed_ms": None,
        "error": None,
    }


def log_request(request: httpx.Request, attempt: int, operation: str | None) -> None:
    """DEBUG: the request line and its (redacted) headers, before an attempt is sent."""
    if not logger.isEnabledFor(logging.DEBUG):
        return
    fields = _fields(request, operation, attempt)
    logger.debug(
        "> %s %s (%s, attempt %d) headers=%s",
        request.method,
        fields["url"],
        operation or "-",
        attempt,
        _shown_headers(request.headers),
        extra=fields,
    )


def log_attempt(
    request: httpx.Request,
    response: httpx.Response | None,
    elapsed: float,
    attempt: int,
    operation: str | None,
    *,
    request_id: str | None = None,
    error: str | None = None,
) -> None:
    """INFO: one line per attempt (status or error, timing, request id); DEBUG adds the response headers."""
    if not logger.isEnabledFor(logging.INFO):
        return
    fields = _fields(request, operation, attempt)
    fields.update(
        status=response.status_code if response is not None else None,
        request_id=request_id,
        elapsed_ms=round(elapsed * 1000, 1),
        error=error,
    )
    outcome = str(response.status_code) if response is not None else f"error={error}"
    route = operation or request.url.path
    if response is not None and logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "< %s %s -> %s in %.0f ms (attempt %d, request id %s) headers=%s",
            request.method,
            route,
            outcome,
            elapsed * 1000,
            attempt,
            request_id or "-",
            _shown_headers(response.headers),
            extra=fields,
        )
        return
    logger.info(
        "%s %s -> %s in %.0f ms (attempt %d, request id %s)",
        request.method,
        route,
        outcome,
        elapsed * 1000,
        attempt,
        request_id or "-",
        extra=fields,
    )


def redact_headers(headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> dict[str, str]:
    items = headers.items() if isinstance(headers, Mapping) else headers
    return {k: (REDACTED if k.lower() in SENSITIVE_HEADERS else v) for k, v in items}
