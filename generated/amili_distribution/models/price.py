from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="Price")


@_attrs_define(repr=False)
class Price(_AmiliModel):
    """
    Attributes:
        price_amount (float | Unset):
        base_quantity (float | Unset):
    """

    price_amount: float | Unset = UNSET
    base_quantity: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price_amount = self.price_amount

        base_quantity = self.base_quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if price_amount is not UNSET:
            field_dict["PriceAmount"] = price_amount
        if base_quantity is not UNSET:
            field_dict["BaseQuantity"] = base_quantity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        price_amount = d.pop("PriceAmount", UNSET)
        if not isinstance(price_amount, Unset) and not (
            isinstance(price_amount, (int, float)) and not isinstance(price_amount, bool)
        ):
            raise TypeError("PriceAmount: expected a number, got " + type(price_amount).__name__)

        base_quantity = d.pop("BaseQuantity", UNSET)
        if not isinstance(base_quantity, Unset) and not (
            isinstance(base_quantity, (int, float)) and not isinstance(base_quantity, bool)
        ):
            raise TypeError("BaseQuantity: expected a number, got " + type(base_quantity).__name__)

        price = cls(
            price_amount=price_amount,
            base_quantity=base_quantity,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        price.additional_properties = additional_properties
        return price

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
