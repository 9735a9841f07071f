"""Reading generated models without knowing their class.

Every generated package has its own `Unset` sentinel class, so absence is recognised by type name; keys the spec
does not declare live in `additional_properties` under their JSON name.
"""

from __future__ import annotations

from typing import Any


def is_unset(value: object) -> bool:
    """True for `None` and for any generated package's `UNSET`."""
    return value is None or type(value).__name__ == "Unset"


def field(obj: Any, *names: str) -> Any:
    """The first present value among `names` (snake attribute names or JSON keys of extra properties), else None."""
    for name in names:
        value = getattr(obj, name, None)
        if not is_unset(value):
            return value
        extra = getattr(obj, "additional_properties", None)
        if isinstance(extra, dict) and extra.get(name) is not None:
            return extra[name]
    return None
