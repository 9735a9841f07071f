from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="Receipt")


@_attrs_define(repr=False)
class Receipt(_AmiliModel):
    """Delivery receipt for one invoice.

    Attributes:
        transaction_rid (str | Unset):
        company_id (str | Unset):
        invoice_number (str | Unset):
        channel (str | Unset):
        status (str | Unset):
        delivered (str | Unset): Timestamp as sent by Amili (format undocumented).
        document (str | Unset): Base64-encoded receipt, if provided.
    """

    transaction_rid: str | Unset = UNSET
    company_id: str | Unset = UNSET
    invoice_number: str | Unset = UNSET
    channel: str | Unset = UNSET
    status: str | Unset = UNSET
    delivered: str | Unset = UNSET
    document: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_rid = self.transaction_rid

        company_id = self.company_id

        invoice_number = self.invoice_number

        channel = self.channel

        status = self.status

        delivered = self.delivered

        document = self.document

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if transaction_rid is not UNSET:
            field_dict["TransactionRid"] = transaction_rid
        if company_id is not UNSET:
            field_dict["CompanyId"] = company_id
        if invoice_number is not UNSET:
            field_dict["InvoiceNumber"] = invoice_number
        if channel is not UNSET:
            field_dict["Channel"] = channel
        if status is not UNSET:
            field_dict["Status"] = status
        if delivered is not UNSET:
            field_dict["Delivered"] = delivered
        if document is not UNSET:
            field_dict["Document"] = document

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

        channel = d.pop("Channel", UNSET)
        if not isinstance(channel, (str, Unset)):
            raise TypeError("Channel: expected a string, got " + type(channel).__name__)

        status = d.pop("Status", UNSET)
        if not isinstance(status, (str, Unset)):
            raise TypeError("Status: expected a string, got " + type(status).__name__)

        delivered = d.pop("Delivered", UNSET)
        if not isinstance(delivered, (str, Unset)):
            raise TypeError("Delivered: expected a string, got " + type(delivered).__name__)

        document = d.pop("Document", UNSET)
        if not isinstance(document, (str, Unset)):
            raise TypeError("Document: expected a string, got " + type(document).__name__)

        receipt = cls(
            transaction_rid=transaction_rid,
            company_id=company_id,
            invoice_number=invoice_number,
            channel=channel,
            status=status,
            delivered=delivered,
            document=document,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        receipt.additional_properties = additional_properties
        return receipt

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
