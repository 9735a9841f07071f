from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="BillingReference")


@_attrs_define(repr=False)
class BillingReference(_AmiliModel):
    """
    Attributes:
        invoice_document_reference (DocumentReference | Unset): Reference to another document (despatch advice,
            contract, referenced invoice).
    """

    invoice_document_reference: DocumentReference | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice_document_reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_document_reference, Unset):
            invoice_document_reference = self.invoice_document_reference.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if invoice_document_reference is not UNSET:
            field_dict["InvoiceDocumentReference"] = invoice_document_reference

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _invoice_document_reference = d.pop("InvoiceDocumentReference", UNSET)
        invoice_document_reference: DocumentReference | Unset
        if isinstance(_invoice_document_reference, Unset):
            invoice_document_reference = UNSET
        else:
            invoice_document_reference = DocumentReference.from_dict(_invoice_document_reference)

        billing_reference = cls(
            invoice_document_reference=invoice_document_reference,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        billing_reference.additional_properties = additional_properties
        return billing_reference

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


from ..models.document_reference import DocumentReference
