from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="BatchFailedItem")


@_attrs_define(repr=False)
class BatchFailedItem(_AmiliModel):
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
        if not isinstance(index, Unset) and not (isinstance(index, int) and not isinstance(index, bool)):
            raise TypeError("index: expected an integer, got " + type(index).__name__)

        unique_source_invoice_id = d.pop("uniqueSourceInvoiceId", UNSET)
        if not isinstance(unique_source_invoice_id, (str, Unset)):
            raise TypeError("uniqueSourceInvoiceId: expected a string, got " + type(unique_source_invoice_id).__name__)

        invoice_id = d.pop("invoiceId", UNSET)
        if not isinstance(invoice_id, (str, Unset)):
            raise TypeError("invoiceId: expected a string, got " + type(invoice_id).__name__)

        invoice_number = d.pop("invoiceNumber", UNSET)
        if not isinstance(invoice_number, (str, Unset)):
            raise TypeError("invoiceNumber: expected a string, got " + type(invoice_number).__name__)

        code = d.pop("code", UNSET)
        if not isinstance(code, (str, Unset)):
            raise TypeError("code: expected a string, got " + type(code).__name__)

        message = d.pop("message", UNSET)
        if not isinstance(message, (str, Unset)):
            raise TypeError("message: expected a string, got " + type(message).__name__)

        _errors = d.pop("errors", UNSET)
        errors: list[str] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = errors_item_data
                if not isinstance(errors_item, str):
                    raise TypeError("errors_item: expected a string, got " + type(errors_item).__name__)

                errors.append(errors_item)

        batch_failed_item = cls(
            index=index,
            unique_source_invoice_id=unique_source_invoice_id,
            invoice_id=invoice_id,
            invoice_number=invoice_number,
            code=code,
            message=message,
            errors=errors,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        batch_failed_item.additional_properties = additional_properties
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
