from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="TaxTotal")


@_attrs_define(repr=False)
class TaxTotal(_AmiliModel):
    """Amili sends a single object (not the UBL array).

    Attributes:
        tax_amount (float | Unset):
        tax_sub_total (list[TaxSubTotal] | Unset):
    """

    tax_amount: float | Unset = UNSET
    tax_sub_total: list[TaxSubTotal] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tax_amount = self.tax_amount

        tax_sub_total: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_sub_total, Unset):
            tax_sub_total = []
            for tax_sub_total_item_data in self.tax_sub_total:
                tax_sub_total_item = tax_sub_total_item_data.to_dict()
                tax_sub_total.append(tax_sub_total_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if tax_amount is not UNSET:
            field_dict["TaxAmount"] = tax_amount
        if tax_sub_total is not UNSET:
            field_dict["TaxSubTotal"] = tax_sub_total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tax_amount = d.pop("TaxAmount", UNSET)
        if not isinstance(tax_amount, Unset) and not (
            isinstance(tax_amount, (int, float)) and not isinstance(tax_amount, bool)
        ):
            raise TypeError("TaxAmount: expected a number, got " + type(tax_amount).__name__)

        _tax_sub_total = d.pop("TaxSubTotal", UNSET)
        tax_sub_total: list[TaxSubTotal] | Unset = UNSET
        if _tax_sub_total is not UNSET:
            tax_sub_total = []
            for tax_sub_total_item_data in _tax_sub_total:
                tax_sub_total_item = TaxSubTotal.from_dict(tax_sub_total_item_data)

                tax_sub_total.append(tax_sub_total_item)

        tax_total = cls(
            tax_amount=tax_amount,
            tax_sub_total=tax_sub_total,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        tax_total.additional_properties = additional_properties
        return tax_total

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


from ..models.tax_sub_total import TaxSubTotal
