from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="PartyTaxScheme")


@_attrs_define(repr=False)
class PartyTaxScheme(_AmiliModel):
    """
    Attributes:
        company_id (str | Unset): VAT number.
        tax_scheme (TaxScheme | Unset):
    """

    company_id: str | Unset = UNSET
    tax_scheme: TaxScheme | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        tax_scheme: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_scheme, Unset):
            tax_scheme = self.tax_scheme.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if company_id is not UNSET:
            field_dict["CompanyID"] = company_id
        if tax_scheme is not UNSET:
            field_dict["TaxScheme"] = tax_scheme

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        company_id = d.pop("CompanyID", UNSET)
        if not isinstance(company_id, (str, Unset)):
            raise TypeError("CompanyID: expected a string, got " + type(company_id).__name__)

        _tax_scheme = d.pop("TaxScheme", UNSET)
        tax_scheme: TaxScheme | Unset
        if isinstance(_tax_scheme, Unset):
            tax_scheme = UNSET
        else:
            tax_scheme = TaxScheme.from_dict(_tax_scheme)

        party_tax_scheme = cls(
            company_id=company_id,
            tax_scheme=tax_scheme,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        party_tax_scheme.additional_properties = additional_properties
        return party_tax_scheme

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


from ..models.tax_scheme import TaxScheme
