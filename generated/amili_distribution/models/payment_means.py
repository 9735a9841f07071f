from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="PaymentMeans")


@_attrs_define(repr=False)
class PaymentMeans(_AmiliModel):
    """
    Attributes:
        payment_means_code (str | Unset): UNCL4461 code, e.g. `31` (debit transfer), `58` (SEPA credit transfer).
        payment_id (str | Unset): KID / payment reference.
        payee_financial_account (FinancialAccount | Unset):
    """

    payment_means_code: str | Unset = UNSET
    payment_id: str | Unset = UNSET
    payee_financial_account: FinancialAccount | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_means_code = self.payment_means_code

        payment_id = self.payment_id

        payee_financial_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payee_financial_account, Unset):
            payee_financial_account = self.payee_financial_account.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if payment_means_code is not UNSET:
            field_dict["PaymentMeansCode"] = payment_means_code
        if payment_id is not UNSET:
            field_dict["PaymentID"] = payment_id
        if payee_financial_account is not UNSET:
            field_dict["PayeeFinancialAccount"] = payee_financial_account

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        payment_means_code = d.pop("PaymentMeansCode", UNSET)
        if not isinstance(payment_means_code, (str, Unset)):
            raise TypeError("PaymentMeansCode: expected a string, got " + type(payment_means_code).__name__)

        payment_id = d.pop("PaymentID", UNSET)
        if not isinstance(payment_id, (str, Unset)):
            raise TypeError("PaymentID: expected a string, got " + type(payment_id).__name__)

        _payee_financial_account = d.pop("PayeeFinancialAccount", UNSET)
        payee_financial_account: FinancialAccount | Unset
        if isinstance(_payee_financial_account, Unset):
            payee_financial_account = UNSET
        else:
            payee_financial_account = FinancialAccount.from_dict(_payee_financial_account)

        payment_means = cls(
            payment_means_code=payment_means_code,
            payment_id=payment_id,
            payee_financial_account=payee_financial_account,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        payment_means.additional_properties = additional_properties
        return payment_means

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


from ..models.financial_account import FinancialAccount
