"""The `amili` logger: one line per attempt, secrets redacted.

`AMILI_LOG=debug|info` turns it on without code. Nothing here ever formats a header value, a form body or a URL
query string, so there is nothing secret to leak; `redact_headers` exists for the places that must show headers.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Mapping

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


def setup_from_env(level: str | None = None) -> None:
    """Honour `AMILI_LOG` (or an explicit level) by attaching a stderr handler once."""
    value = (level or os.environ.get("AMILI_LOG", "")).strip().lower()
    if not value:
        return
    numeric = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}.get(value)
    if numeric is None:
        return
    logger.setLevel(numeric)
    if not any(getattr(h, "_amili", False) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler._amili = True  # type: ignore[attr-defined]
        logger.addHandler(handler)


def redact_headers(headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> dict[str, str]:
    items = headers.items() if isinstance(headers, Mapping) else headers
    return {k: (REDACTED if k.lower() in SENSITIVE_HEADERS else v) for k, v in items}
