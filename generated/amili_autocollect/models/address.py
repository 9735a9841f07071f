from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="Address")


@_attrs_define(repr=False)
class Address(_AmiliModel):
    """
    Attributes:
        street (str | Unset):
        city (str | Unset):
        zip_code (str | Unset):
        country_code (str | Unset):
    """

    street: str | Unset = UNSET
    city: str | Unset = UNSET
    zip_code: str | Unset = UNSET
    country_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        street = self.street

        city = self.city

        zip_code = self.zip_code

        country_code = self.country_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if street is not UNSET:
            field_dict["street"] = street
        if city is not UNSET:
            field_dict["city"] = city
        if zip_code is not UNSET:
            field_dict["zipCode"] = zip_code
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        street = d.pop("street", UNSET)
        if not isinstance(street, (str, Unset)):
            raise TypeError("street: expected a string, got " + type(street).__name__)

        city = d.pop("city", UNSET)
        if not isinstance(city, (str, Unset)):
            raise TypeError("city: expected a string, got " + type(city).__name__)

        zip_code = d.pop("zipCode", UNSET)
        if not isinstance(zip_code, (str, Unset)):
            raise TypeError("zipCode: expected a string, got " + type(zip_code).__name__)

        country_code = d.pop("countryCode", UNSET)
        if not isinstance(country_code, (str, Unset)):
            raise TypeError("countryCode: expected a string, got " + type(country_code).__name__)

        address = cls(
            street=street,
            city=city,
            zip_code=zip_code,
            country_code=country_code,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        address.additional_properties = additional_properties
        return address

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
