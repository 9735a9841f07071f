"""Reading generated models without knowing their class.

Absence is the one `UNSET` sentinel every generated package shares (`amili_common`); keys the spec does not
declare live in `additional_properties` under their JSON name.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Mapping
from typing import Any

from amili_common import UNSET

from ._schema import is_uuid
from .errors import RequestValidationError


def json_default(value: Any) -> Any:
    """`json.dumps(result, default=amili.json_default)`: a model becomes its wire JSON (`to_dict()`), dates,
    date-times and UUIDs their ISO text, enums their value; anything else is the usual `TypeError`."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if is_uuid(value):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def is_unset(value: object) -> bool:
    """True for `None` and for `UNSET` (one sentinel shared by every generated package, `amili_common`)."""
    return value is None or value is UNSET


def field(obj: Any, *names: str) -> Any:
    """The first present value among `names` (snake attribute names or JSON keys of extra properties), else None.

    A JSON object (a `dict`, e.g. a body read with `Operation.raw_json`) is read by key: pass the wire name and its
    snake spelling to read both kinds alike (`field(x, "itemNo", "item_no")`); a null counts as absent."""
    if type(obj) is dict:
        for name in names:
            value = obj.get(name)
            if value is not None:
                return value
        return None
    for name in names:
        value = getattr(obj, name, None)
        if not is_unset(value):
            return value
        extra = getattr(obj, "additional_properties", None)
        if isinstance(extra, dict) and extra.get(name) is not None:
            return extra[name]
    return None


def build_model(model: Any, data: Mapping[str, Any], *, prefix: str = "", field: str | None = None) -> Any:
    """`model.from_dict(data)`, its failures as `RequestValidationError` naming the field (the one translation of
    generated-model errors, used by operations, batch items and the CLI)."""
    try:
        return model.from_dict(dict(data))
    except KeyError as exc:
        missing = str(exc.args[0]) if exc.args else None
        raise RequestValidationError(f"{prefix}missing required field {missing!r}", field=missing) from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise RequestValidationError(
            f"{prefix}does not match the spec ({type(exc).__name__}: {exc})", field=field
        ) from None
