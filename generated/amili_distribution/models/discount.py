from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="Discount")


@_attrs_define(repr=False)
class Discount(_AmiliModel):
    """
    Attributes:
        description (str | Unset):
        discount_base (float | Unset):
        discount_percent (float | Unset):
        discount_amount (float | Unset):
    """

    description: str | Unset = UNSET
    discount_base: float | Unset = UNSET
    discount_percent: float | Unset = UNSET
    discount_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        discount_base = self.discount_base

        discount_percent = self.discount_percent

        discount_amount = self.discount_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if description is not UNSET:
            field_dict["Description"] = description
        if discount_base is not UNSET:
            field_dict["DiscountBase"] = discount_base
        if discount_percent is not UNSET:
            field_dict["DiscountPercent"] = discount_percent
        if discount_amount is not UNSET:
            field_dict["DiscountAmount"] = discount_amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        description = d.pop("Description", UNSET)
        if not isinstance(description, (str, Unset)):
            raise TypeError("Description: expected a string, got " + type(description).__name__)

        discount_base = d.pop("DiscountBase", UNSET)
        if not isinstance(discount_base, Unset) and not (
            isinstance(discount_base, (int, float)) and not isinstance(discount_base, bool)
        ):
            raise TypeError("DiscountBase: expected a number, got " + type(discount_base).__name__)

        discount_percent = d.pop("DiscountPercent", UNSET)
        if not isinstance(discount_percent, Unset) and not (
            isinstance(discount_percent, (int, float)) and not isinstance(discount_percent, bool)
        ):
            raise TypeError("DiscountPercent: expected a number, got " + type(discount_percent).__name__)

        discount_amount = d.pop("DiscountAmount", UNSET)
        if not isinstance(discount_amount, Unset) and not (
            isinstance(discount_amount, (int, float)) and not isinstance(discount_amount, bool)
        ):
            raise TypeError("DiscountAmount: expected a number, got " + type(discount_amount).__name__)

        discount = cls(
            description=description,
            discount_base=discount_base,
            discount_percent=discount_percent,
            discount_amount=discount_amount,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        discount.additional_properties = additional_properties
        return discount

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
