from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PartnerInvoice")


@_attrs_define
class PartnerInvoice:
    """A distributed invoice as listed.

    Attributes:
        transaction_rid (str | Unset):
        company_id (str | Unset):
        invoice_number (str | Unset):
        file_name (str | Unset):
        customer_no (str | Unset):
        name (str | Unset):
        invoice_date (str | Unset):
        due_date (str | Unset):
        amount (float | Unset):
        currency (str | Unset):
        channel (str | Unset):
        status (str | Unset):
    """

    transaction_rid: str | Unset = UNSET
    company_id: str | Unset = UNSET
    invoice_number: str | Unset = UNSET
    file_name: str | Unset = UNSET
    customer_no: str | Unset = UNSET
    name: str | Unset = UNSET
    invoice_date: str | Unset = UNSET
    due_date: str | Unset = UNSET
    amount: float | Unset = UNSET
    currency: str | Unset = UNSET
    channel: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_rid = self.transaction_rid

        company_id = self.company_id

        invoice_number = self.invoice_number

        file_name = self.file_name

        customer_no = self.customer_no

        name = self.name

        invoice_date = self.invoice_date

        due_date = self.due_date

        amount = self.amount

        currency = self.currency

        channel = self.channel

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transaction_rid is not UNSET:
            field_dict["TransactionRid"] = transaction_rid
        if company_id is not UNSET:
            field_dict["CompanyId"] = company_id
        if invoice_number is not UNSET:
            field_dict["InvoiceNumber"] = invoice_number
        if file_name is not UNSET:
            field_dict["FileName"] = file_name
        if customer_no is not UNSET:
            field_dict["CustomerNo"] = customer_no
        if name is not UNSET:
            field_dict["Name"] = name
        if invoice_date is not UNSET:
            field_dict["InvoiceDate"] = invoice_date
        if due_date is not UNSET:
            field_dict["DueDate"] = due_date
        if amount is not UNSET:
            field_dict["Amount"] = amount
        if currency is not UNSET:
            field_dict["Currency"] = currency
        if channel is not UNSET:
            field_dict["Channel"] = channel
        if status is not UNSET:
            field_dict["Status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        transaction_rid = d.pop("TransactionRid", UNSET)

        company_id = d.pop("CompanyId", UNSET)

        invoice_number = d.pop("InvoiceNumber", UNSET)

        file_name = d.pop("FileName", UNSET)

        customer_no = d.pop("CustomerNo", UNSET)

        name = d.pop("Name", UNSET)

        invoice_date = d.pop("InvoiceDate", UNSET)

        due_date = d.pop("DueDate", UNSET)

        amount = d.pop("Amount", UNSET)

        currency = d.pop("Currency", UNSET)

        channel = d.pop("Channel", UNSET)

        status = d.pop("Status", UNSET)

        partner_invoice = cls(
            transaction_rid=transaction_rid,
            company_id=company_id,
            invoice_number=invoice_number,
            file_name=file_name,
            customer_no=customer_no,
            name=name,
            invoice_date=invoice_date,
            due_date=due_date,
            amount=amount,
            currency=currency,
            channel=channel,
            status=status,
        )

        partner_invoice.additional_properties = d
        return partner_invoice

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
