from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentReservation")


@_attrs_define
class PaymentReservation:
    """Identify a document (`arItemId`, `documentNo`, `documentUuid`, `referenceNo` or `kid`) or a customer
    (`accountNo`, `customerNo` or `kid`); `paymentId` must be unique. Amount/date fields are inferred.

        Attributes:
            payment_id (str):
            ar_item_id (int | Unset):
            document_no (str | Unset):
            document_uuid (str | Unset):
            reference_no (int | Unset):
            kid (str | Unset):
            account_no (int | Unset):
            customer_no (str | Unset):
            amount (float | Unset):
            currency (str | Unset):
            payment_date (datetime.date | Unset):
    """

    payment_id: str
    ar_item_id: int | Unset = UNSET
    document_no: str | Unset = UNSET
    document_uuid: str | Unset = UNSET
    reference_no: int | Unset = UNSET
    kid: str | Unset = UNSET
    account_no: int | Unset = UNSET
    customer_no: str | Unset = UNSET
    amount: float | Unset = UNSET
    currency: str | Unset = UNSET
    payment_date: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_id = self.payment_id

        ar_item_id = self.ar_item_id

        document_no = self.document_no

        document_uuid = self.document_uuid

        reference_no = self.reference_no

        kid = self.kid

        account_no = self.account_no

        customer_no = self.customer_no

        amount = self.amount

        currency = self.currency

        payment_date: str | Unset = UNSET
        if not isinstance(self.payment_date, Unset):
            payment_date = self.payment_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paymentId": payment_id,
            }
        )
        if ar_item_id is not UNSET:
            field_dict["arItemId"] = ar_item_id
        if document_no is not UNSET:
            field_dict["documentNo"] = document_no
        if document_uuid is not UNSET:
            field_dict["documentUuid"] = document_uuid
        if reference_no is not UNSET:
            field_dict["referenceNo"] = reference_no
        if kid is not UNSET:
            field_dict["kid"] = kid
        if account_no is not UNSET:
            field_dict["accountNo"] = account_no
        if customer_no is not UNSET:
            field_dict["customerNo"] = customer_no
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if payment_date is not UNSET:
            field_dict["paymentDate"] = payment_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        payment_id = d.pop("paymentId")

        ar_item_id = d.pop("arItemId", UNSET)

        document_no = d.pop("documentNo", UNSET)

        document_uuid = d.pop("documentUuid", UNSET)

        reference_no = d.pop("referenceNo", UNSET)

        kid = d.pop("kid", UNSET)

        account_no = d.pop("accountNo", UNSET)

        customer_no = d.pop("customerNo", UNSET)

        amount = d.pop("amount", UNSET)

        currency = d.pop("currency", UNSET)

        _payment_date = d.pop("paymentDate", UNSET)
        payment_date: datetime.date | Unset
        if isinstance(_payment_date, Unset):
            payment_date = UNSET
        else:
            payment_date = datetime.date.fromisoformat(_payment_date)

        payment_reservation = cls(
            payment_id=payment_id,
            ar_item_id=ar_item_id,
            document_no=document_no,
            document_uuid=document_uuid,
            reference_no=reference_no,
            kid=kid,
            account_no=account_no,
            customer_no=customer_no,
            amount=amount,
            currency=currency,
            payment_date=payment_date,
        )

        payment_reservation.additional_properties = d
        return payment_reservation

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
