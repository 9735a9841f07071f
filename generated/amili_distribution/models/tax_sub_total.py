from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="TaxSubTotal")


@_attrs_define(repr=False)
class TaxSubTotal(_AmiliModel):
    """
    Attributes:
        taxable_amount (float | Unset):
        tax_amount (float | Unset):
        tax_category (TaxCategory | Unset): UBL tax category; also used as `Item.ClassifiedTaxCategory`.
    """

    taxable_amount: float | Unset = UNSET
    tax_amount: float | Unset = UNSET
    tax_category: TaxCategory | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        taxable_amount = self.taxable_amount

        tax_amount = self.tax_amount

        tax_category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_category, Unset):
            tax_category = self.tax_category.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if taxable_amount is not UNSET:
            field_dict["TaxableAmount"] = taxable_amount
        if tax_amount is not UNSET:
            field_dict["TaxAmount"] = tax_amount
        if tax_category is not UNSET:
            field_dict["TaxCategory"] = tax_category

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        taxable_amount = d.pop("TaxableAmount", UNSET)
        if not isinstance(taxable_amount, Unset) and not (
            isinstance(taxable_amount, (int, float)) and not isinstance(taxable_amount, bool)
        ):
            raise TypeError("TaxableAmount: expected a number, got " + type(taxable_amount).__name__)

        tax_amount = d.pop("TaxAmount", UNSET)
        if not isinstance(tax_amount, Unset) and not (
            isinstance(tax_amount, (int, float)) and not isinstance(tax_amount, bool)
        ):
            raise TypeError("TaxAmount: expected a number, got " + type(tax_amount).__name__)

        _tax_category = d.pop("TaxCategory", UNSET)
        tax_category: TaxCategory | Unset
        if isinstance(_tax_category, Unset):
            tax_category = UNSET
        else:
            tax_category = TaxCategory.from_dict(_tax_category)

        tax_sub_total = cls(
            taxable_amount=taxable_amount,
            tax_amount=tax_amount,
            tax_category=tax_category,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        tax_sub_total.additional_properties = additional_properties
        return tax_sub_total

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


from ..models.tax_category import TaxCategory
