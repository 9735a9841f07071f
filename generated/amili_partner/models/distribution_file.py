from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="DistributionFile")


@_attrs_define(repr=False)
class DistributionFile(_AmiliModel):
    """A distributed bundle/file.

    Attributes:
        file_name (str | Unset):
        company_id (str | Unset):
        created (str | Unset): Timestamp as sent by Amili (format undocumented).
        status (str | Unset):
        invoice_count (int | Unset):
    """

    file_name: str | Unset = UNSET
    company_id: str | Unset = UNSET
    created: str | Unset = UNSET
    status: str | Unset = UNSET
    invoice_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_name = self.file_name

        company_id = self.company_id

        created = self.created

        status = self.status

        invoice_count = self.invoice_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if file_name is not UNSET:
            field_dict["FileName"] = file_name
        if company_id is not UNSET:
            field_dict["CompanyId"] = company_id
        if created is not UNSET:
            field_dict["Created"] = created
        if status is not UNSET:
            field_dict["Status"] = status
        if invoice_count is not UNSET:
            field_dict["InvoiceCount"] = invoice_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file_name = d.pop("FileName", UNSET)
        if not isinstance(file_name, (str, Unset)):
            raise TypeError("FileName: expected a string, got " + type(file_name).__name__)

        company_id = d.pop("CompanyId", UNSET)
        if not isinstance(company_id, (str, Unset)):
            raise TypeError("CompanyId: expected a string, got " + type(company_id).__name__)

        created = d.pop("Created", UNSET)
        if not isinstance(created, (str, Unset)):
            raise TypeError("Created: expected a string, got " + type(created).__name__)

        status = d.pop("Status", UNSET)
        if not isinstance(status, (str, Unset)):
            raise TypeError("Status: expected a string, got " + type(status).__name__)

        invoice_count = d.pop("InvoiceCount", UNSET)
        if not isinstance(invoice_count, Unset) and not (
            isinstance(invoice_count, int) and not isinstance(invoice_count, bool)
        ):
            raise TypeError("InvoiceCount: expected an integer, got " + type(invoice_count).__name__)

        distribution_file = cls(
            file_name=file_name,
            company_id=company_id,
            created=created,
            status=status,
            invoice_count=invoice_count,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        distribution_file.additional_properties = additional_properties
        return distribution_file

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
