from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="LegacyPaymentDetails")


@_attrs_define(repr=False)
class LegacyPaymentDetails(_AmiliModel):
    """
    Attributes:
        payment_value (float | Unset):
        currency (str | Unset):
        kid (str | Unset):
        bank_account (str | Unset):
        due_date (str | Unset):
    """

    payment_value: float | Unset = UNSET
    currency: str | Unset = UNSET
    kid: str | Unset = UNSET
    bank_account: str | Unset = UNSET
    due_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_value = self.payment_value

        currency = self.currency

        kid = self.kid

        bank_account = self.bank_account

        due_date = self.due_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if payment_value is not UNSET:
            field_dict["paymentValue"] = payment_value
        if currency is not UNSET:
            field_dict["currency"] = currency
        if kid is not UNSET:
            field_dict["kid"] = kid
        if bank_account is not UNSET:
            field_dict["bankAccount"] = bank_account
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        payment_value = d.pop("paymentValue", UNSET)
        if not isinstance(payment_value, Unset) and not (
            isinstance(payment_value, (int, float)) and not isinstance(payment_value, bool)
        ):
            raise TypeError("paymentValue: expected a number, got " + type(payment_value).__name__)

        currency = d.pop("currency", UNSET)
        if not isinstance(currency, (str, Unset)):
            raise TypeError("currency: expected a string, got " + type(currency).__name__)

        kid = d.pop("kid", UNSET)
        if not isinstance(kid, (str, Unset)):
            raise TypeError("kid: expected a string, got " + type(kid).__name__)

        bank_account = d.pop("bankAccount", UNSET)
        if not isinstance(bank_account, (str, Unset)):
            raise TypeError("bankAccount: expected a string, got " + type(bank_account).__name__)

        due_date = d.pop("dueDate", UNSET)
        if not isinstance(due_date, (str, Unset)):
            raise TypeError("dueDate: expected a string, got " + type(due_date).__name__)

        legacy_payment_details = cls(
            payment_value=payment_value,
            currency=currency,
            kid=kid,
            bank_account=bank_account,
            due_date=due_date,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        legacy_payment_details.additional_properties = additional_properties
        return legacy_payment_details

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
