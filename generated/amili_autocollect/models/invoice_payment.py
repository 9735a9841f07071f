from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_type import PaymentType
from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="InvoicePayment")


@_attrs_define(repr=False)
class InvoicePayment(_AmiliModel):
    """
    Attributes:
        id (str | Unset):
        invoice_id (UUID | Unset):
        type_ (PaymentType | Unset): Value seen `DIRECT_PAYMENT`. Other values are valid (the list is not documented as
            complete); the SDK's enum parses them as unknown members. `CREDIT` is inferred (the AutoCollect process list
            names direct payments and credits).
        amount (float | Unset):
        currency (str | Unset):
        date (datetime.datetime | Unset):
        description (str | Unset):
    """

    id: str | Unset = UNSET
    invoice_id: UUID | Unset = UNSET
    type_: PaymentType | Unset = UNSET
    amount: float | Unset = UNSET
    currency: str | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        invoice_id: str | Unset = UNSET
        if not isinstance(self.invoice_id, Unset):
            invoice_id = str(self.invoice_id)

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        amount = self.amount

        currency = self.currency

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat(
                timespec="seconds"
                if not self.date.microsecond
                else "milliseconds"
                if not self.date.microsecond % 1000
                else "microseconds"
            ).replace("+00:00", "Z")

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if date is not UNSET:
            field_dict["date"] = date
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, (str, Unset)):
            raise TypeError("id: expected a string, got " + type(id).__name__)

        _invoice_id = d.pop("invoiceId", UNSET)
        invoice_id: UUID | Unset
        if isinstance(_invoice_id, Unset):
            invoice_id = UNSET
        else:
            invoice_id = UUID(_invoice_id)

        _type_ = d.pop("type", UNSET)
        type_: PaymentType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = PaymentType(_type_)

        amount = d.pop("amount", UNSET)
        if not isinstance(amount, Unset) and not (isinstance(amount, (int, float)) and not isinstance(amount, bool)):
            raise TypeError("amount: expected a number, got " + type(amount).__name__)

        currency = d.pop("currency", UNSET)
        if not isinstance(currency, (str, Unset)):
            raise TypeError("currency: expected a string, got " + type(currency).__name__)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.datetime.fromisoformat(_date)

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            raise TypeError("description: expected a string, got " + type(description).__name__)

        invoice_payment = cls(
            id=id,
            invoice_id=invoice_id,
            type_=type_,
            amount=amount,
            currency=currency,
            date=date,
            description=description,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        invoice_payment.additional_properties = additional_properties
        return invoice_payment

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
