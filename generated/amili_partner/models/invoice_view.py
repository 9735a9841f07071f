from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="InvoiceView")


@_attrs_define(repr=False)
class InvoiceView(_AmiliModel):
    """One invoice with its rendering.

    Attributes:
        transaction_rid (str | Unset):
        company_id (str | Unset):
        invoice_number (str | Unset):
        url (str | Unset): Link to the rendered invoice.
        document (str | Unset): Base64-encoded PDF.
        mime_type (str | Unset):
    """

    transaction_rid: str | Unset = UNSET
    company_id: str | Unset = UNSET
    invoice_number: str | Unset = UNSET
    url: str | Unset = UNSET
    document: str | Unset = UNSET
    mime_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_rid = self.transaction_rid

        company_id = self.company_id

        invoice_number = self.invoice_number

        url = self.url

        document = self.document

        mime_type = self.mime_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if transaction_rid is not UNSET:
            field_dict["TransactionRid"] = transaction_rid
        if company_id is not UNSET:
            field_dict["CompanyId"] = company_id
        if invoice_number is not UNSET:
            field_dict["InvoiceNumber"] = invoice_number
        if url is not UNSET:
            field_dict["Url"] = url
        if document is not UNSET:
            field_dict["Document"] = document
        if mime_type is not UNSET:
            field_dict["MimeType"] = mime_type

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

        url = d.pop("Url", UNSET)
        if not isinstance(url, (str, Unset)):
            raise TypeError("Url: expected a string, got " + type(url).__name__)

        document = d.pop("Document", UNSET)
        if not isinstance(document, (str, Unset)):
            raise TypeError("Document: expected a string, got " + type(document).__name__)

        mime_type = d.pop("MimeType", UNSET)
        if not isinstance(mime_type, (str, Unset)):
            raise TypeError("MimeType: expected a string, got " + type(mime_type).__name__)

        invoice_view = cls(
            transaction_rid=transaction_rid,
            company_id=company_id,
            invoice_number=invoice_number,
            url=url,
            document=document,
            mime_type=mime_type,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        invoice_view.additional_properties = additional_properties
        return invoice_view

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
