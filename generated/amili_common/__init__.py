"""Shared by every generated `amili_<api>` package: one `Unset` sentinel, and how models print and serialise.

Copied verbatim into `generated/amili_common/` by codegen/generate.py (not generated from a spec).
"""

from __future__ import annotations

import contextvars
import json
from collections.abc import Iterable
from typing import Any, Literal

import attrs

__all__ = ["ABSENT", "UNSET", "AmiliModel", "MissingFieldError", "Unset", "drop_absent", "parsing_operation"]


class Unset:
    """The value of a field that is absent (not sent, not received); falsy, and one instance for all APIs."""

    __slots__ = ()
    _instance: Unset | None = None

    def __new__(cls) -> Unset:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

ABSENT: Any = UNSET
"""What `from_dict` holds for a field the spec only guesses is required (`x-amili-inferred-required`) when a
response leaves it out; the field is then removed from the instance (`drop_absent`), so reading it raises
`MissingFieldError` while the static type stays what the docs' examples show."""

parsing_operation: contextvars.ContextVar[str] = contextvars.ContextVar("amili_parsing_operation", default="")
"""The operation whose response is being parsed (set by the façade), named by `MissingFieldError`."""


class MissingFieldError(AttributeError):
    """A field Amili's response left out, which the SDK only guessed is always present.

    The façade re-raises it as `amili.MissingFieldError` (also an `AmiliError`); `hasattr()` and `getattr(model,
    name, default)` see the field as absent."""

    def __init__(self, model: str, field: str, wire: str, operation: str) -> None:
        self.model = model
        self.field = field
        self.wire = wire
        self.operation = operation
        where = f"{operation}: " if operation else ""
        super().__init__(
            f"{where}{model}.{field} is missing: the response had no {wire!r} "
            "(the docs do not say it is always present; the spec guessed it is, x-amili-inferred-required)",
            name=field,
        )


MISSING_FIELD_ERROR: list[type[MissingFieldError]] = [MissingFieldError]
"""The class raised for an absent field: the façade puts its `amili.MissingFieldError` (an `AmiliError` too) here."""


def drop_absent(model: AmiliModel, absent: Iterable[tuple[str, str]]) -> None:
    """Remove the (python name, wire name) fields a response left out, and remember them for errors and `to_dict`."""
    fields = dict(absent)
    for name in fields:
        object.__delattr__(model, name)
    object.__setattr__(model, "_amili_absent", (fields, parsing_operation.get()))


class AmiliModel:
    """Base of every generated model: `repr()` shows only the fields that are set, `to_json()` gives the wire JSON,
    and pydantic/FastAPI serialise a model as its wire JSON (`-> Customer` on a route just works)."""

    __slots__ = ("_amili_absent",)

    def to_dict(self) -> dict[str, Any]:
        raise NotImplementedError  # every generated model defines it

    def __getattr__(self, name: str) -> Any:
        # Only reached when normal lookup failed: a field removed by `drop_absent`, or a genuine typo.
        if name != "_amili_absent":
            absent = getattr(self, "_amili_absent", None)
            if absent is not None and name in absent[0]:
                raise MISSING_FIELD_ERROR[0](type(self).__name__, name, absent[0][name], absent[1])
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}", name=name, obj=self)

    @property
    def absent_fields(self) -> tuple[str, ...]:
        """Fields the response left out that the spec only guessed are always present (empty for most models)."""
        absent = getattr(self, "_amili_absent", None)
        return tuple(absent[0]) if absent is not None else ()

    def to_json(self) -> str:
        """Wire JSON: compact, UTF-8 text, never NaN/Infinity (not JSON; Amili would refuse it)."""
        return json.dumps(self.to_dict(), separators=(",", ":"), ensure_ascii=False, allow_nan=False)

    def __repr__(self) -> str:
        parts = []
        for field in attrs.fields(type(self)):
            if field.name == "additional_properties":
                continue
            value = getattr(self, field.name, UNSET)
            if value is not UNSET:
                parts.append(f"{field.name}={value!r}")
        extra = getattr(self, "additional_properties", None)
        if extra:
            parts.append(f"additional_properties={extra!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """pydantic (FastAPI response models): accept an instance or its wire JSON; serialise as the wire JSON."""
        from pydantic_core import core_schema

        def parse(value: Any) -> Any:
            return value if isinstance(value, cls) else cls.from_dict(value)  # type: ignore[attr-defined]

        return core_schema.json_or_python_schema(
            json_schema=core_schema.no_info_after_validator_function(parse, core_schema.dict_schema()),
            python_schema=core_schema.no_info_plain_validator_function(parse),
            serialization=core_schema.plain_serializer_function_ser_schema(lambda model: model.to_dict()),
        )
