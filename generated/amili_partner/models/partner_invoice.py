from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="PartnerInvoice")


@_attrs_define(repr=False)
class PartnerInvoice(_AmiliModel):
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
        if not isinstance(transaction_rid, (str, Unset)):
            raise TypeError("TransactionRid: expected a string, got " + type(transaction_rid).__name__)

        company_id = d.pop("CompanyId", UNSET)
        if not isinstance(company_id, (str, Unset)):
            raise TypeError("CompanyId: expected a string, got " + type(company_id).__name__)

        invoice_number = d.pop("InvoiceNumber", UNSET)
        if not isinstance(invoice_number, (str, Unset)):
            raise TypeError("InvoiceNumber: expected a string, got " + type(invoice_number).__name__)

        file_name = d.pop("FileName", UNSET)
        if not isinstance(file_name, (str, Unset)):
            raise TypeError("FileName: expected a string, got " + type(file_name).__name__)

        customer_no = d.pop("CustomerNo", UNSET)
        if not isinstance(customer_no, (str, Unset)):
            raise TypeError("CustomerNo: expected a string, got " + type(customer_no).__name__)

        name = d.pop("Name", UNSET)
        if not isinstance(name, (str, Unset)):
            raise TypeError("Name: expected a string, got " + type(name).__name__)

        invoice_date = d.pop("InvoiceDate", UNSET)
        if not isinstance(invoice_date, (str, Unset)):
            raise TypeError("InvoiceDate: expected a string, got " + type(invoice_date).__name__)

        due_date = d.pop("DueDate", UNSET)
        if not isinstance(due_date, (str, Unset)):
            raise TypeError("DueDate: expected a string, got " + type(due_date).__name__)

        amount = d.pop("Amount", UNSET)
        if not isinstance(amount, Unset) and not (isinstance(amount, (int, float)) and not isinstance(amount, bool)):
            raise TypeError("Amount: expected a number, got " + type(amount).__name__)

        currency = d.pop("Currency", UNSET)
        if not isinstance(currency, (str, Unset)):
            raise TypeError("Currency: expected a string, got " + type(currency).__name__)

        channel = d.pop("Channel", UNSET)
        if not isinstance(channel, (str, Unset)):
            raise TypeError("Channel: expected a string, got " + type(channel).__name__)

        status = d.pop("Status", UNSET)
        if not isinstance(status, (str, Unset)):
            raise TypeError("Status: expected a string, got " + type(status).__name__)

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

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        partner_invoice.additional_properties = additional_properties
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
