from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchFailedItem")


@_attrs_define
class BatchFailedItem:
    """One failed item; shape not documented (index of the item in the request, its identifiers, reason).

    Attributes:
        index (int | Unset): Position of the item in the request array.
        unique_source_invoice_id (str | Unset):
        invoice_id (str | Unset):
        invoice_number (str | Unset):
        code (str | Unset):
        message (str | Unset):
        errors (list[str] | Unset):
    """

    index: int | Unset = UNSET
    unique_source_invoice_id: str | Unset = UNSET
    invoice_id: str | Unset = UNSET
    invoice_number: str | Unset = UNSET
    code: str | Unset = UNSET
    message: str | Unset = UNSET
    errors: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        unique_source_invoice_id = self.unique_source_invoice_id

        invoice_id = self.invoice_id

        invoice_number = self.invoice_number

        code = self.code

        message = self.message

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index is not UNSET:
            field_dict["index"] = index
        if unique_source_invoice_id is not UNSET:
            field_dict["uniqueSourceInvoiceId"] = unique_source_invoice_id
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        index = d.pop("index", UNSET)

        unique_source_invoice_id = d.pop("uniqueSourceInvoiceId", UNSET)

        invoice_id = d.pop("invoiceId", UNSET)

        invoice_number = d.pop("invoiceNumber", UNSET)

        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        errors = cast(list[str], d.pop("errors", UNSET))

        batch_failed_item = cls(
            index=index,
            unique_source_invoice_id=unique_source_invoice_id,
            invoice_id=invoice_id,
            invoice_number=invoice_number,
            code=code,
            message=message,
            errors=errors,
        )

        batch_failed_item.additional_properties = d
        return batch_failed_item

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
