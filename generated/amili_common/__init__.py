"""Shared by every generated `amili_<api>` package: one `Unset` sentinel, and how models print and serialise.

Copied verbatim into `generated/amili_common/` by codegen/generate.py (not generated from a spec).
"""

from __future__ import annotations

import json
from typing import Any, Literal

import attrs

__all__ = ["UNSET", "AmiliModel", "Unset"]


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


class AmiliModel:
    """Base of every generated model: `repr()` shows only the fields that are set, `to_json()` gives the wire JSON,
    and pydantic/FastAPI serialise a model as its wire JSON (`-> Customer` on a route just works)."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        raise NotImplementedError  # every generated model defines it

    def to_json(self) -> str:
        """Wire JSON: compact, UTF-8 text, never NaN/Infinity (not JSON; Amili would refuse it)."""
        return json.dumps(self.to_dict(), separators=(",", ":"), ensure_ascii=False, allow_nan=False)

    def __repr__(self) -> str:
        parts = []
        for field in attrs.fields(type(self)):
            if field.name == "additional_properties":
                continue
            value = getattr(self, field.name)
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
