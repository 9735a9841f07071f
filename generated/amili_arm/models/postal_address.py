from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="PostalAddress")


@_attrs_define(repr=False)
class PostalAddress(_AmiliModel):
    """
    Attributes:
        address_line_1 (str | Unset):
        address_line_2 (str | Unset):
        address_line_3 (str | Unset):
        postal_code (str | Unset):
        city_name (str | Unset):
        country_text (str | Unset):
        country_code (str | Unset): ISO 3166-1 alpha-2, e.g. `NO`.
    """

    address_line_1: str | Unset = UNSET
    address_line_2: str | Unset = UNSET
    address_line_3: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    city_name: str | Unset = UNSET
    country_text: str | Unset = UNSET
    country_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_line_1 = self.address_line_1

        address_line_2 = self.address_line_2

        address_line_3 = self.address_line_3

        postal_code = self.postal_code

        city_name = self.city_name

        country_text = self.country_text

        country_code = self.country_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address_line_1 is not UNSET:
            field_dict["addressLine1"] = address_line_1
        if address_line_2 is not UNSET:
            field_dict["addressLine2"] = address_line_2
        if address_line_3 is not UNSET:
            field_dict["addressLine3"] = address_line_3
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if city_name is not UNSET:
            field_dict["cityName"] = city_name
        if country_text is not UNSET:
            field_dict["countryText"] = country_text
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        address_line_1 = d.pop("addressLine1", UNSET)
        if not isinstance(address_line_1, (str, Unset)):
            raise TypeError("addressLine1: expected a string, got " + type(address_line_1).__name__)

        address_line_2 = d.pop("addressLine2", UNSET)
        if not isinstance(address_line_2, (str, Unset)):
            raise TypeError("addressLine2: expected a string, got " + type(address_line_2).__name__)

        address_line_3 = d.pop("addressLine3", UNSET)
        if not isinstance(address_line_3, (str, Unset)):
            raise TypeError("addressLine3: expected a string, got " + type(address_line_3).__name__)

        postal_code = d.pop("postalCode", UNSET)
        if not isinstance(postal_code, (str, Unset)):
            raise TypeError("postalCode: expected a string, got " + type(postal_code).__name__)

        city_name = d.pop("cityName", UNSET)
        if not isinstance(city_name, (str, Unset)):
            raise TypeError("cityName: expected a string, got " + type(city_name).__name__)

        country_text = d.pop("countryText", UNSET)
        if not isinstance(country_text, (str, Unset)):
            raise TypeError("countryText: expected a string, got " + type(country_text).__name__)

        country_code = d.pop("countryCode", UNSET)
        if not isinstance(country_code, (str, Unset)):
            raise TypeError("countryCode: expected a string, got " + type(country_code).__name__)

        postal_address = cls(
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            address_line_3=address_line_3,
            postal_code=postal_code,
            city_name=city_name,
            country_text=country_text,
            country_code=country_code,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        postal_address.additional_properties = additional_properties
        return postal_address

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
