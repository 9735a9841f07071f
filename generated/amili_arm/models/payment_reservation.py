from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from amili_common import ABSENT as _ABSENT
from amili_common import drop_absent as _drop_absent
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="PaymentReservation")


@_attrs_define(repr=False)
class PaymentReservation(_AmiliModel):
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
        _absent = self.absent_fields
        if "payment_id" not in _absent:
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
            payment_date = (
                self.payment_date.isoformat(
                    timespec="seconds"
                    if not self.payment_date.microsecond
                    else "milliseconds"
                    if not self.payment_date.microsecond % 1000
                    else "microseconds"
                ).replace("+00:00", "Z")
                if isinstance(self.payment_date, datetime.datetime)
                else self.payment_date.isoformat()
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "payment_id" not in _absent:
            field_dict["paymentId"] = payment_id
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
        _absent: list[tuple[str, str]] = []
        if "paymentId" not in d:
            payment_id = _ABSENT
            _absent.append(("payment_id", "paymentId"))
        else:
            payment_id = d.pop("paymentId")
            if not isinstance(payment_id, str):
                raise TypeError("paymentId: expected a string, got " + type(payment_id).__name__)

        ar_item_id = d.pop("arItemId", UNSET)
        if not isinstance(ar_item_id, Unset) and not (isinstance(ar_item_id, int) and not isinstance(ar_item_id, bool)):
            raise TypeError("arItemId: expected an integer, got " + type(ar_item_id).__name__)

        document_no = d.pop("documentNo", UNSET)
        if not isinstance(document_no, (str, Unset)):
            raise TypeError("documentNo: expected a string, got " + type(document_no).__name__)

        document_uuid = d.pop("documentUuid", UNSET)
        if not isinstance(document_uuid, (str, Unset)):
            raise TypeError("documentUuid: expected a string, got " + type(document_uuid).__name__)

        reference_no = d.pop("referenceNo", UNSET)
        if not isinstance(reference_no, Unset) and not (
            isinstance(reference_no, int) and not isinstance(reference_no, bool)
        ):
            raise TypeError("referenceNo: expected an integer, got " + type(reference_no).__name__)

        kid = d.pop("kid", UNSET)
        if not isinstance(kid, (str, Unset)):
            raise TypeError("kid: expected a string, got " + type(kid).__name__)

        account_no = d.pop("accountNo", UNSET)
        if not isinstance(account_no, Unset) and not (isinstance(account_no, int) and not isinstance(account_no, bool)):
            raise TypeError("accountNo: expected an integer, got " + type(account_no).__name__)

        customer_no = d.pop("customerNo", UNSET)
        if not isinstance(customer_no, (str, Unset)):
            raise TypeError("customerNo: expected a string, got " + type(customer_no).__name__)

        amount = d.pop("amount", UNSET)
        if not isinstance(amount, Unset) and not (isinstance(amount, (int, float)) and not isinstance(amount, bool)):
            raise TypeError("amount: expected a number, got " + type(amount).__name__)

        currency = d.pop("currency", UNSET)
        if not isinstance(currency, (str, Unset)):
            raise TypeError("currency: expected a string, got " + type(currency).__name__)

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

        if _absent:
            _drop_absent(payment_reservation, _absent)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        payment_reservation.additional_properties = additional_properties
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
