from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from amili_common import ABSENT as _ABSENT
from amili_common import drop_absent as _drop_absent
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="PartnerCompany")


@_attrs_define(repr=False)
class PartnerCompany(_AmiliModel):
    """
    Attributes:
        company_id (str):
        name (str | Unset):
        organization_number (str | Unset):
    """

    company_id: str
    name: str | Unset = UNSET
    organization_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _absent = self.absent_fields
        if "company_id" not in _absent:
            company_id = self.company_id

        name = self.name

        organization_number = self.organization_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "company_id" not in _absent:
            field_dict["CompanyId"] = company_id
        if name is not UNSET:
            field_dict["Name"] = name
        if organization_number is not UNSET:
            field_dict["OrganizationNumber"] = organization_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _absent: list[tuple[str, str]] = []
        if "CompanyId" not in d:
            company_id = _ABSENT
            _absent.append(("company_id", "CompanyId"))
        else:
            company_id = d.pop("CompanyId")
            if not isinstance(company_id, str):
                raise TypeError("CompanyId: expected a string, got " + type(company_id).__name__)

        name = d.pop("Name", UNSET)
        if not isinstance(name, (str, Unset)):
            raise TypeError("Name: expected a string, got " + type(name).__name__)

        organization_number = d.pop("OrganizationNumber", UNSET)
        if not isinstance(organization_number, (str, Unset)):
            raise TypeError("OrganizationNumber: expected a string, got " + type(organization_number).__name__)

        partner_company = cls(
            company_id=company_id,
            name=name,
            organization_number=organization_number,
        )

        if _absent:
            _drop_absent(partner_company, _absent)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        partner_company.additional_properties = additional_properties
        return partner_company

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
