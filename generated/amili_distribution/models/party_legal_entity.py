from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="PartyLegalEntity")


@_attrs_define(repr=False)
class PartyLegalEntity(_AmiliModel):
    """
    Attributes:
        registration_name (str | Unset):
        company_id (str | Unset): Organisation number.
    """

    registration_name: str | Unset = UNSET
    company_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        registration_name = self.registration_name

        company_id = self.company_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if registration_name is not UNSET:
            field_dict["RegistrationName"] = registration_name
        if company_id is not UNSET:
            field_dict["CompanyID"] = company_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        registration_name = d.pop("RegistrationName", UNSET)
        if not isinstance(registration_name, (str, Unset)):
            raise TypeError("RegistrationName: expected a string, got " + type(registration_name).__name__)

        company_id = d.pop("CompanyID", UNSET)
        if not isinstance(company_id, (str, Unset)):
            raise TypeError("CompanyID: expected a string, got " + type(company_id).__name__)

        party_legal_entity = cls(
            registration_name=registration_name,
            company_id=company_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        party_legal_entity.additional_properties = additional_properties
        return party_legal_entity

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
