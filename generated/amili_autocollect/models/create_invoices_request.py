from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from amili_common import ABSENT as _ABSENT
from amili_common import drop_absent as _drop_absent
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="CreateInvoicesRequest")


@_attrs_define(repr=False)
class CreateInvoicesRequest(_AmiliModel):
    """
    Attributes:
        invoices (list[InvoiceCreate]):
    """

    invoices: list[InvoiceCreate]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _absent = self.absent_fields
        if "invoices" not in _absent:
            invoices = []
            for invoices_item_data in self.invoices:
                invoices_item = invoices_item_data.to_dict()
                invoices.append(invoices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "invoices" not in _absent:
            field_dict["invoices"] = invoices

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _absent: list[tuple[str, str]] = []
        if "invoices" not in d:
            invoices = _ABSENT
            _absent.append(("invoices", "invoices"))
        else:
            invoices = []
            _invoices = d.pop("invoices")
            for invoices_item_data in _invoices:
                invoices_item = InvoiceCreate.from_dict(invoices_item_data)

                invoices.append(invoices_item)

        create_invoices_request = cls(
            invoices=invoices,
        )

        if _absent:
            _drop_absent(create_invoices_request, _absent)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        create_invoices_request.additional_properties = additional_properties
        return create_invoices_request

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


from ..models.invoice_create import InvoiceCreate
