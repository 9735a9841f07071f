"""Secrets out of what the sandbox records (request log, UI): header values and body fields by name."""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import parse_qsl, urlencode

from .._logging import REDACTED

#: header or field names whose values are secrets (matched case-insensitively, anywhere in the name)
SECRET = re.compile(r"authorization|secret|password|token|api[-_]?key|cookie|signature|credential", re.I)
#: recorded bodies are cut here (the sandbox keeps every request of a test run in memory)
MAX_BODY = 64 * 1024


def headers(raw: dict[str, str]) -> dict[str, str]:
    """Header values, with secret ones replaced (the scheme of an Authorization header is kept)."""
    out = {}
    for name, value in raw.items():
        if SECRET.search(name):
            scheme = value.split(" ", 1)[0] if name.lower() == "authorization" and " " in value else ""
            value = f"{scheme} {REDACTED}".strip()
        out[name] = value
    return out


def _scrub(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: REDACTED if SECRET.search(str(k)) else _scrub(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub(v) for v in value]
    return value


def body(raw: bytes, content_type: str) -> str:
    """The body as text with secret fields (JSON or form) redacted; other bodies are kept as they are, cut short."""
    if not raw:
        return ""
    text = raw[:MAX_BODY].decode("utf-8", errors="replace")
    if "json" in content_type:
        try:
            return json.dumps(_scrub(json.loads(raw)))[:MAX_BODY]
        except (ValueError, RecursionError):
            return text
    if "x-www-form-urlencoded" in content_type:
        pairs = parse_qsl(text, keep_blank_values=True)
        return urlencode([(k, REDACTED if SECRET.search(k) else v) for k, v in pairs])
    return text
