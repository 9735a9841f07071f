"""Reading generated models without knowing their class.

Absence is the one `UNSET` sentinel every generated package shares (`amili_common`); keys the spec does not
declare live in `additional_properties` under their JSON name.
"""

from __future__ import annotations

from typing import Any

from amili_common import UNSET


def is_unset(value: object) -> bool:
    """True for `None` and for `UNSET` (one sentinel shared by every generated package, `amili_common`)."""
    return value is None or value is UNSET


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
