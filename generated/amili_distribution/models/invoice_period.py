from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="InvoicePeriod")


@_attrs_define(repr=False)
class InvoicePeriod(_AmiliModel):
    """
    Attributes:
        start_date (str | Unset): Date as Amili documents it: `YYYY-MM-DD`, or the empty string `""` for "not given"
            (the documented credit
            note sends `BillingReference[].InvoiceDocumentReference.IssueDate: ""`). Deliberately a plain string, not
            `format: date`, so that `""` is accepted and sent back unchanged.
             Example: 2020-03-01.
        end_date (str | Unset): Date as Amili documents it: `YYYY-MM-DD`, or the empty string `""` for "not given" (the
            documented credit
            note sends `BillingReference[].InvoiceDocumentReference.IssueDate: ""`). Deliberately a plain string, not
            `format: date`, so that `""` is accepted and sent back unchanged.
             Example: 2020-03-01.
        description_code (str | Unset): UNCL2005 code, e.g. `35` (delivery date/time).
    """

    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    description_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_date = self.start_date

        end_date = self.end_date

        description_code = self.description_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if start_date is not UNSET:
            field_dict["StartDate"] = start_date
        if end_date is not UNSET:
            field_dict["EndDate"] = end_date
        if description_code is not UNSET:
            field_dict["DescriptionCode"] = description_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        start_date = d.pop("StartDate", UNSET)
        if not isinstance(start_date, (str, Unset)):
            raise TypeError("StartDate: expected a string, got " + type(start_date).__name__)

        end_date = d.pop("EndDate", UNSET)
        if not isinstance(end_date, (str, Unset)):
            raise TypeError("EndDate: expected a string, got " + type(end_date).__name__)

        description_code = d.pop("DescriptionCode", UNSET)
        if not isinstance(description_code, (str, Unset)):
            raise TypeError("DescriptionCode: expected a string, got " + type(description_code).__name__)

        invoice_period = cls(
            start_date=start_date,
            end_date=end_date,
            description_code=description_code,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        invoice_period.additional_properties = additional_properties
        return invoice_period

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
