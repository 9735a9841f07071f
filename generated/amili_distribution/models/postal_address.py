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
    """UBL address; also used as `Delivery.DeliveryLocation.Address`.

    Attributes:
        street_name (str | Unset):
        additional_street_name (str | Unset):
        city_name (str | Unset):
        postal_zone (str | Unset):
        country_subentity (str | Unset):
        country (Country | Unset):
    """

    street_name: str | Unset = UNSET
    additional_street_name: str | Unset = UNSET
    city_name: str | Unset = UNSET
    postal_zone: str | Unset = UNSET
    country_subentity: str | Unset = UNSET
    country: Country | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        street_name = self.street_name

        additional_street_name = self.additional_street_name

        city_name = self.city_name

        postal_zone = self.postal_zone

        country_subentity = self.country_subentity

        country: dict[str, Any] | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = self.country.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if street_name is not UNSET:
            field_dict["StreetName"] = street_name
        if additional_street_name is not UNSET:
            field_dict["AdditionalStreetName"] = additional_street_name
        if city_name is not UNSET:
            field_dict["CityName"] = city_name
        if postal_zone is not UNSET:
            field_dict["PostalZone"] = postal_zone
        if country_subentity is not UNSET:
            field_dict["CountrySubentity"] = country_subentity
        if country is not UNSET:
            field_dict["Country"] = country

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        street_name = d.pop("StreetName", UNSET)
        if not isinstance(street_name, (str, Unset)):
            raise TypeError("StreetName: expected a string, got " + type(street_name).__name__)

        additional_street_name = d.pop("AdditionalStreetName", UNSET)
        if not isinstance(additional_street_name, (str, Unset)):
            raise TypeError("AdditionalStreetName: expected a string, got " + type(additional_street_name).__name__)

        city_name = d.pop("CityName", UNSET)
        if not isinstance(city_name, (str, Unset)):
            raise TypeError("CityName: expected a string, got " + type(city_name).__name__)

        postal_zone = d.pop("PostalZone", UNSET)
        if not isinstance(postal_zone, (str, Unset)):
            raise TypeError("PostalZone: expected a string, got " + type(postal_zone).__name__)

        country_subentity = d.pop("CountrySubentity", UNSET)
        if not isinstance(country_subentity, (str, Unset)):
            raise TypeError("CountrySubentity: expected a string, got " + type(country_subentity).__name__)

        _country = d.pop("Country", UNSET)
        country: Country | Unset
        if isinstance(_country, Unset):
            country = UNSET
        else:
            country = Country.from_dict(_country)

        postal_address = cls(
            street_name=street_name,
            additional_street_name=additional_street_name,
            city_name=city_name,
            postal_zone=postal_zone,
            country_subentity=country_subentity,
            country=country,
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


from ..models.country import Country
