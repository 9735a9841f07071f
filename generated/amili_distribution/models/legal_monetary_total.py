from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="LegalMonetaryTotal")


@_attrs_define(repr=False)
class LegalMonetaryTotal(_AmiliModel):
    """
    Attributes:
        line_extension_amount (float | Unset):
        tax_exclusive_amount (float | Unset):
        tax_inclusive_amount (float | Unset):
        allowance_total_amount (float | Unset):
        charge_total_amount (float | Unset):
        prepaid_amount (float | Unset):
        payable_rounding_amount (float | Unset):
        payable_amount (float | Unset):
    """

    line_extension_amount: float | Unset = UNSET
    tax_exclusive_amount: float | Unset = UNSET
    tax_inclusive_amount: float | Unset = UNSET
    allowance_total_amount: float | Unset = UNSET
    charge_total_amount: float | Unset = UNSET
    prepaid_amount: float | Unset = UNSET
    payable_rounding_amount: float | Unset = UNSET
    payable_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_extension_amount = self.line_extension_amount

        tax_exclusive_amount = self.tax_exclusive_amount

        tax_inclusive_amount = self.tax_inclusive_amount

        allowance_total_amount = self.allowance_total_amount

        charge_total_amount = self.charge_total_amount

        prepaid_amount = self.prepaid_amount

        payable_rounding_amount = self.payable_rounding_amount

        payable_amount = self.payable_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if line_extension_amount is not UNSET:
            field_dict["LineExtensionAmount"] = line_extension_amount
        if tax_exclusive_amount is not UNSET:
            field_dict["TaxExclusiveAmount"] = tax_exclusive_amount
        if tax_inclusive_amount is not UNSET:
            field_dict["TaxInclusiveAmount"] = tax_inclusive_amount
        if allowance_total_amount is not UNSET:
            field_dict["AllowanceTotalAmount"] = allowance_total_amount
        if charge_total_amount is not UNSET:
            field_dict["ChargeTotalAmount"] = charge_total_amount
        if prepaid_amount is not UNSET:
            field_dict["PrepaidAmount"] = prepaid_amount
        if payable_rounding_amount is not UNSET:
            field_dict["PayableRoundingAmount"] = payable_rounding_amount
        if payable_amount is not UNSET:
            field_dict["PayableAmount"] = payable_amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        line_extension_amount = d.pop("LineExtensionAmount", UNSET)
        if not isinstance(line_extension_amount, Unset) and not (
            isinstance(line_extension_amount, (int, float)) and not isinstance(line_extension_amount, bool)
        ):
            raise TypeError("LineExtensionAmount: expected a number, got " + type(line_extension_amount).__name__)

        tax_exclusive_amount = d.pop("TaxExclusiveAmount", UNSET)
        if not isinstance(tax_exclusive_amount, Unset) and not (
            isinstance(tax_exclusive_amount, (int, float)) and not isinstance(tax_exclusive_amount, bool)
        ):
            raise TypeError("TaxExclusiveAmount: expected a number, got " + type(tax_exclusive_amount).__name__)

        tax_inclusive_amount = d.pop("TaxInclusiveAmount", UNSET)
        if not isinstance(tax_inclusive_amount, Unset) and not (
            isinstance(tax_inclusive_amount, (int, float)) and not isinstance(tax_inclusive_amount, bool)
        ):
            raise TypeError("TaxInclusiveAmount: expected a number, got " + type(tax_inclusive_amount).__name__)

        allowance_total_amount = d.pop("AllowanceTotalAmount", UNSET)
        if not isinstance(allowance_total_amount, Unset) and not (
            isinstance(allowance_total_amount, (int, float)) and not isinstance(allowance_total_amount, bool)
        ):
            raise TypeError("AllowanceTotalAmount: expected a number, got " + type(allowance_total_amount).__name__)

        charge_total_amount = d.pop("ChargeTotalAmount", UNSET)
        if not isinstance(charge_total_amount, Unset) and not (
            isinstance(charge_total_amount, (int, float)) and not isinstance(charge_total_amount, bool)
        ):
            raise TypeError("ChargeTotalAmount: expected a number, got " + type(charge_total_amount).__name__)

        prepaid_amount = d.pop("PrepaidAmount", UNSET)
        if not isinstance(prepaid_amount, Unset) and not (
            isinstance(prepaid_amount, (int, float)) and not isinstance(prepaid_amount, bool)
        ):
            raise TypeError("PrepaidAmount: expected a number, got " + type(prepaid_amount).__name__)

        payable_rounding_amount = d.pop("PayableRoundingAmount", UNSET)
        if not isinstance(payable_rounding_amount, Unset) and not (
            isinstance(payable_rounding_amount, (int, float)) and not isinstance(payable_rounding_amount, bool)
        ):
            raise TypeError("PayableRoundingAmount: expected a number, got " + type(payable_rounding_amount).__name__)

        payable_amount = d.pop("PayableAmount", UNSET)
        if not isinstance(payable_amount, Unset) and not (
            isinstance(payable_amount, (int, float)) and not isinstance(payable_amount, bool)
        ):
            raise TypeError("PayableAmount: expected a number, got " + type(payable_amount).__name__)

        legal_monetary_total = cls(
            line_extension_amount=line_extension_amount,
            tax_exclusive_amount=tax_exclusive_amount,
            tax_inclusive_amount=tax_inclusive_amount,
            allowance_total_amount=allowance_total_amount,
            charge_total_amount=charge_total_amount,
            prepaid_amount=prepaid_amount,
            payable_rounding_amount=payable_rounding_amount,
            payable_amount=payable_amount,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        legal_monetary_total.additional_properties = additional_properties
        return legal_monetary_total

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
