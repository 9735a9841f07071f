from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="Delivery")


@_attrs_define(repr=False)
class Delivery(_AmiliModel):
    """
    Attributes:
        actual_delivery_date (str | Unset): Date as Amili documents it: `YYYY-MM-DD`, or the empty string `""` for "not
            given" (the documented credit
            note sends `BillingReference[].InvoiceDocumentReference.IssueDate: ""`). Deliberately a plain string, not
            `format: date`, so that `""` is accepted and sent back unchanged.
             Example: 2020-03-01.
        delivery_location (DeliveryLocation | Unset):
        delivery_party (DeliveryParty | Unset):
    """

    actual_delivery_date: str | Unset = UNSET
    delivery_location: DeliveryLocation | Unset = UNSET
    delivery_party: DeliveryParty | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actual_delivery_date = self.actual_delivery_date

        delivery_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_location, Unset):
            delivery_location = self.delivery_location.to_dict()

        delivery_party: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_party, Unset):
            delivery_party = self.delivery_party.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if actual_delivery_date is not UNSET:
            field_dict["ActualDeliveryDate"] = actual_delivery_date
        if delivery_location is not UNSET:
            field_dict["DeliveryLocation"] = delivery_location
        if delivery_party is not UNSET:
            field_dict["DeliveryParty"] = delivery_party

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        actual_delivery_date = d.pop("ActualDeliveryDate", UNSET)
        if not isinstance(actual_delivery_date, (str, Unset)):
            raise TypeError("ActualDeliveryDate: expected a string, got " + type(actual_delivery_date).__name__)

        _delivery_location = d.pop("DeliveryLocation", UNSET)
        delivery_location: DeliveryLocation | Unset
        if isinstance(_delivery_location, Unset):
            delivery_location = UNSET
        else:
            delivery_location = DeliveryLocation.from_dict(_delivery_location)

        _delivery_party = d.pop("DeliveryParty", UNSET)
        delivery_party: DeliveryParty | Unset
        if isinstance(_delivery_party, Unset):
            delivery_party = UNSET
        else:
            delivery_party = DeliveryParty.from_dict(_delivery_party)

        delivery = cls(
            actual_delivery_date=actual_delivery_date,
            delivery_location=delivery_location,
            delivery_party=delivery_party,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        delivery.additional_properties = additional_properties
        return delivery

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


from ..models.delivery_location import DeliveryLocation
from ..models.delivery_party import DeliveryParty
