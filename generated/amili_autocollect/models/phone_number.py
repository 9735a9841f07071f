from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="PhoneNumber")


@_attrs_define(repr=False)
class PhoneNumber(_AmiliModel):
    """
    Attributes:
        country_code (str | Unset):
        original_value (str | Unset):
        value (str | Unset):
    """

    country_code: str | Unset = UNSET
    original_value: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        original_value = self.original_value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if original_value is not UNSET:
            field_dict["originalValue"] = original_value
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        country_code = d.pop("countryCode", UNSET)
        if not isinstance(country_code, (str, Unset)):
            raise TypeError("countryCode: expected a string, got " + type(country_code).__name__)

        original_value = d.pop("originalValue", UNSET)
        if not isinstance(original_value, (str, Unset)):
            raise TypeError("originalValue: expected a string, got " + type(original_value).__name__)

        value = d.pop("value", UNSET)
        if not isinstance(value, (str, Unset)):
            raise TypeError("value: expected a string, got " + type(value).__name__)

        phone_number = cls(
            country_code=country_code,
            original_value=original_value,
            value=value,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        phone_number.additional_properties = additional_properties
        return phone_number

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
