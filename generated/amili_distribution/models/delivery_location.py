from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="DeliveryLocation")


@_attrs_define(repr=False)
class DeliveryLocation(_AmiliModel):
    """
    Attributes:
        address (PostalAddress | Unset): UBL address; also used as `Delivery.DeliveryLocation.Address`.
        id (str | Unset):
        scheme_id (str | Unset):
    """

    address: PostalAddress | Unset = UNSET
    id: str | Unset = UNSET
    scheme_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        id = self.id

        scheme_id = self.scheme_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if address is not UNSET:
            field_dict["Address"] = address
        if id is not UNSET:
            field_dict["ID"] = id
        if scheme_id is not UNSET:
            field_dict["SchemeID"] = scheme_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _address = d.pop("Address", UNSET)
        address: PostalAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = PostalAddress.from_dict(_address)

        id = d.pop("ID", UNSET)
        if not isinstance(id, (str, Unset)):
            raise TypeError("ID: expected a string, got " + type(id).__name__)

        scheme_id = d.pop("SchemeID", UNSET)
        if not isinstance(scheme_id, (str, Unset)):
            raise TypeError("SchemeID: expected a string, got " + type(scheme_id).__name__)

        delivery_location = cls(
            address=address,
            id=id,
            scheme_id=scheme_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        delivery_location.additional_properties = additional_properties
        return delivery_location

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


from ..models.postal_address import PostalAddress
