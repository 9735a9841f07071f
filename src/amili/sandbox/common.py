"""Small helpers shared by the API modules."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from starlette.requests import Request

Json = dict[str, Any]


async def json_body(request: Request) -> Json | None:
    """The JSON object body, or None when absent/not an object (validation reports the details)."""
    raw = await request.body()
    if not raw:
        return None
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def int_param(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def fault_flag(request: Request, name: str) -> bool:
    """Per-request fault decisions the pipeline stored in the ASGI scope state."""
    return bool(request.scope.get("state", {}).get(name, False))


def matches_filters(item: Json, filters: dict[str, str]) -> bool:
    """Case-insensitive equality on top-level fields whose lower-cased name equals the query parameter name."""
    lowered = {k.lower(): v for k, v in item.items()}
    for name, wanted in filters.items():
        if name.lower() not in lowered:
            continue
        if str(lowered[name.lower()]).lower() != wanted.lower():
            return False
    return True
