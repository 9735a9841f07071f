from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="Code")


@_attrs_define(repr=False)
class Code(_AmiliModel):
    """
    Attributes:
        code_type (str | Unset):
        code (str | Unset):
        description (str | Unset):
    """

    code_type: str | Unset = UNSET
    code: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code_type = self.code_type

        code = self.code

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if code_type is not UNSET:
            field_dict["codeType"] = code_type
        if code is not UNSET:
            field_dict["code"] = code
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code_type = d.pop("codeType", UNSET)
        if not isinstance(code_type, (str, Unset)):
            raise TypeError("codeType: expected a string, got " + type(code_type).__name__)

        code = d.pop("code", UNSET)
        if not isinstance(code, (str, Unset)):
            raise TypeError("code: expected a string, got " + type(code).__name__)

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            raise TypeError("description: expected a string, got " + type(description).__name__)

        code = cls(
            code_type=code_type,
            code=code,
            description=description,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        code.additional_properties = additional_properties
        return code

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
