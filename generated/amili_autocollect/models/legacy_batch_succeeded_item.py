from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="LegacyBatchSucceededItem")


@_attrs_define(repr=False)
class LegacyBatchSucceededItem(_AmiliModel):
    """Polymorphic via `$type` (`invoiceSuccess` seen).

    Attributes:
        type_ (str | Unset):
        invoice_number (str | Unset):
        case_id (str | Unset):
        invoice_id (UUID | Unset):
    """

    type_: str | Unset = UNSET
    invoice_number: str | Unset = UNSET
    case_id: str | Unset = UNSET
    invoice_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        invoice_number = self.invoice_number

        case_id = self.case_id

        invoice_id: str | Unset = UNSET
        if not isinstance(self.invoice_id, Unset):
            invoice_id = str(self.invoice_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["$type"] = type_
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number
        if case_id is not UNSET:
            field_dict["caseId"] = case_id
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("$type", UNSET)
        if not isinstance(type_, (str, Unset)):
            raise TypeError("$type: expected a string, got " + type(type_).__name__)

        invoice_number = d.pop("invoiceNumber", UNSET)
        if not isinstance(invoice_number, (str, Unset)):
            raise TypeError("invoiceNumber: expected a string, got " + type(invoice_number).__name__)

        case_id = d.pop("caseId", UNSET)
        if not isinstance(case_id, (str, Unset)):
            raise TypeError("caseId: expected a string, got " + type(case_id).__name__)

        _invoice_id = d.pop("invoiceId", UNSET)
        invoice_id: UUID | Unset
        if isinstance(_invoice_id, Unset):
            invoice_id = UNSET
        else:
            invoice_id = UUID(_invoice_id)

        legacy_batch_succeeded_item = cls(
            type_=type_,
            invoice_number=invoice_number,
            case_id=case_id,
            invoice_id=invoice_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        legacy_batch_succeeded_item.additional_properties = additional_properties
        return legacy_batch_succeeded_item

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
