from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="BatchSucceededItem")


@_attrs_define(repr=False)
class BatchSucceededItem(_AmiliModel):
    """One successfully processed item (fields seen for invoice batches; others kept as extra fields).

    Attributes:
        invoice_id (UUID | Unset):
        invoice_number (str | Unset):
        case_id (str | Unset):
        unique_source_invoice_id (str | Unset):
    """

    invoice_id: UUID | Unset = UNSET
    invoice_number: str | Unset = UNSET
    case_id: str | Unset = UNSET
    unique_source_invoice_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice_id: str | Unset = UNSET
        if not isinstance(self.invoice_id, Unset):
            invoice_id = str(self.invoice_id)

        invoice_number = self.invoice_number

        case_id = self.case_id

        unique_source_invoice_id = self.unique_source_invoice_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number
        if case_id is not UNSET:
            field_dict["caseId"] = case_id
        if unique_source_invoice_id is not UNSET:
            field_dict["uniqueSourceInvoiceId"] = unique_source_invoice_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _invoice_id = d.pop("invoiceId", UNSET)
        invoice_id: UUID | Unset
        if isinstance(_invoice_id, Unset):
            invoice_id = UNSET
        else:
            invoice_id = UUID(_invoice_id)

        invoice_number = d.pop("invoiceNumber", UNSET)
        if not isinstance(invoice_number, (str, Unset)):
            raise TypeError("invoiceNumber: expected a string, got " + type(invoice_number).__name__)

        case_id = d.pop("caseId", UNSET)
        if not isinstance(case_id, (str, Unset)):
            raise TypeError("caseId: expected a string, got " + type(case_id).__name__)

        unique_source_invoice_id = d.pop("uniqueSourceInvoiceId", UNSET)
        if not isinstance(unique_source_invoice_id, (str, Unset)):
            raise TypeError("uniqueSourceInvoiceId: expected a string, got " + type(unique_source_invoice_id).__name__)

        batch_succeeded_item = cls(
            invoice_id=invoice_id,
            invoice_number=invoice_number,
            case_id=case_id,
            unique_source_invoice_id=unique_source_invoice_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        batch_succeeded_item.additional_properties = additional_properties
        return batch_succeeded_item

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
