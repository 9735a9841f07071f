"""Reading a poll answer's JSON tolerantly, shared by the batch styles: never refuse what Amili may send."""

from __future__ import annotations

from typing import Any

__all__ = ["listed", "unreadable"]


def unreadable(value: Any) -> bool:
    """A JSON value (or null) where an object was promised (a model or any object with attributes reads as one)."""
    return value is None or isinstance(value, str | int | float | list | tuple)


def listed(value: Any) -> list[Any]:
    """A list field (`errors`, `warnings`) as a list: absent is none, a single entry (not in a list) is one."""
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]
