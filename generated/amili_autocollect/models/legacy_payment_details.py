from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LegacyPaymentDetails")


@_attrs_define
class LegacyPaymentDetails:
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
        field_dict.update({})
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

        currency = d.pop("currency", UNSET)

        kid = d.pop("kid", UNSET)

        bank_account = d.pop("bankAccount", UNSET)

        due_date = d.pop("dueDate", UNSET)

        legacy_payment_details = cls(
            payment_value=payment_value,
            currency=currency,
            kid=kid,
            bank_account=bank_account,
            due_date=due_date,
        )

        legacy_payment_details.additional_properties = d
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
