from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="AllowanceCharge")


@_attrs_define(repr=False)
class AllowanceCharge(_AmiliModel):
    """Allowance (`ChargeIndicator: false`) or charge (`true`), at document or line level. Amili's example sends
    `Amount` both as a number (`0`) and as a string (`"0.00"`); both are accepted and sent back as given.

        Attributes:
            charge_indicator (bool | Unset):
            allowance_charge_reason_code (str | Unset):
            allowance_charge_reason (str | Unset):
            multiplier_factor_numeric (float | Unset):
            amount (float | str | Unset): Number or decimal string (both documented); the value is kept as given.
            base_amount (float | Unset):
            tax_category (TaxCategory | Unset): UBL tax category; also used as `Item.ClassifiedTaxCategory`.
    """

    charge_indicator: bool | Unset = UNSET
    allowance_charge_reason_code: str | Unset = UNSET
    allowance_charge_reason: str | Unset = UNSET
    multiplier_factor_numeric: float | Unset = UNSET
    amount: float | str | Unset = UNSET
    base_amount: float | Unset = UNSET
    tax_category: TaxCategory | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        charge_indicator = self.charge_indicator

        allowance_charge_reason_code = self.allowance_charge_reason_code

        allowance_charge_reason = self.allowance_charge_reason

        multiplier_factor_numeric = self.multiplier_factor_numeric

        amount: float | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        base_amount = self.base_amount

        tax_category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_category, Unset):
            tax_category = self.tax_category.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if charge_indicator is not UNSET:
            field_dict["ChargeIndicator"] = charge_indicator
        if allowance_charge_reason_code is not UNSET:
            field_dict["AllowanceChargeReasonCode"] = allowance_charge_reason_code
        if allowance_charge_reason is not UNSET:
            field_dict["AllowanceChargeReason"] = allowance_charge_reason
        if multiplier_factor_numeric is not UNSET:
            field_dict["MultiplierFactorNumeric"] = multiplier_factor_numeric
        if amount is not UNSET:
            field_dict["Amount"] = amount
        if base_amount is not UNSET:
            field_dict["BaseAmount"] = base_amount
        if tax_category is not UNSET:
            field_dict["TaxCategory"] = tax_category

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        charge_indicator = d.pop("ChargeIndicator", UNSET)
        if not isinstance(charge_indicator, Unset) and not (isinstance(charge_indicator, bool)):
            raise TypeError("ChargeIndicator: expected a boolean, got " + type(charge_indicator).__name__)

        allowance_charge_reason_code = d.pop("AllowanceChargeReasonCode", UNSET)
        if not isinstance(allowance_charge_reason_code, (str, Unset)):
            raise TypeError(
                "AllowanceChargeReasonCode: expected a string, got " + type(allowance_charge_reason_code).__name__
            )

        allowance_charge_reason = d.pop("AllowanceChargeReason", UNSET)
        if not isinstance(allowance_charge_reason, (str, Unset)):
            raise TypeError("AllowanceChargeReason: expected a string, got " + type(allowance_charge_reason).__name__)

        multiplier_factor_numeric = d.pop("MultiplierFactorNumeric", UNSET)
        if not isinstance(multiplier_factor_numeric, Unset) and not (
            isinstance(multiplier_factor_numeric, (int, float)) and not isinstance(multiplier_factor_numeric, bool)
        ):
            raise TypeError(
                "MultiplierFactorNumeric: expected a number, got " + type(multiplier_factor_numeric).__name__
            )

        amount = d.pop("Amount", UNSET)
        if not (isinstance(amount, Unset)):

            def _parse_amount(data: object) -> float | str | Unset:
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: float | str | Unset | None = None
                try:
                    if not (isinstance(data, (int, float)) and not isinstance(data, bool)):
                        raise TypeError()
                    amount_type_0 = data
                    if not (isinstance(amount_type_0, (int, float)) and not isinstance(amount_type_0, bool)):
                        raise TypeError("Amount_type_0: expected a number, got " + type(amount_type_0).__name__)

                    if not getattr(amount_type_0, "absent_fields", ()):
                        return amount_type_0
                    if _fallback is None:
                        _fallback = amount_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError("Amount: unexpected type " + type(data).__name__)
                    amount_type_1 = data
                    if not isinstance(amount_type_1, str):
                        raise TypeError("Amount_type_1: expected a string, got " + type(amount_type_1).__name__)

                    if _fallback is None or not getattr(amount_type_1, "absent_fields", ()):
                        return amount_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            amount = _parse_amount(amount)

        base_amount = d.pop("BaseAmount", UNSET)
        if not isinstance(base_amount, Unset) and not (
            isinstance(base_amount, (int, float)) and not isinstance(base_amount, bool)
        ):
            raise TypeError("BaseAmount: expected a number, got " + type(base_amount).__name__)

        _tax_category = d.pop("TaxCategory", UNSET)
        tax_category: TaxCategory | Unset
        if isinstance(_tax_category, Unset):
            tax_category = UNSET
        else:
            tax_category = TaxCategory.from_dict(_tax_category)

        allowance_charge = cls(
            charge_indicator=charge_indicator,
            allowance_charge_reason_code=allowance_charge_reason_code,
            allowance_charge_reason=allowance_charge_reason,
            multiplier_factor_numeric=multiplier_factor_numeric,
            amount=amount,
            base_amount=base_amount,
            tax_category=tax_category,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        allowance_charge.additional_properties = additional_properties
        return allowance_charge

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
