from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="ErrorDetail")


@_attrs_define(repr=False)
class ErrorDetail(_AmiliModel):
    """
    Attributes:
        field (str | Unset):
        message (str | Unset):
    """

    field: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if field is not UNSET:
            field_dict["Field"] = field
        if message is not UNSET:
            field_dict["Message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field = d.pop("Field", UNSET)
        if not isinstance(field, (str, Unset)):
            raise TypeError("Field: expected a string, got " + type(field).__name__)

        message = d.pop("Message", UNSET)
        if not isinstance(message, (str, Unset)):
            raise TypeError("Message: expected a string, got " + type(message).__name__)

        error_detail = cls(
            field=field,
            message=message,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        error_detail.additional_properties = additional_properties
        return error_detail

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
