from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="EinvoiceAddress")


@_attrs_define(repr=False)
class EinvoiceAddress(_AmiliModel):
    """E-invoice routing.

    Attributes:
        address (str | Unset):
        address_scheme (str | Unset):
        operator (str | Unset):
    """

    address: str | Unset = UNSET
    address_scheme: str | Unset = UNSET
    operator: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        address_scheme = self.address_scheme

        operator = self.operator

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if address is not UNSET:
            field_dict["address"] = address
        if address_scheme is not UNSET:
            field_dict["addressScheme"] = address_scheme
        if operator is not UNSET:
            field_dict["operator"] = operator

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        address = d.pop("address", UNSET)
        if not isinstance(address, (str, Unset)):
            raise TypeError("address: expected a string, got " + type(address).__name__)

        address_scheme = d.pop("addressScheme", UNSET)
        if not isinstance(address_scheme, (str, Unset)):
            raise TypeError("addressScheme: expected a string, got " + type(address_scheme).__name__)

        operator = d.pop("operator", UNSET)
        if not isinstance(operator, (str, Unset)):
            raise TypeError("operator: expected a string, got " + type(operator).__name__)

        einvoice_address = cls(
            address=address,
            address_scheme=address_scheme,
            operator=operator,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        einvoice_address.additional_properties = additional_properties
        return einvoice_address

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
