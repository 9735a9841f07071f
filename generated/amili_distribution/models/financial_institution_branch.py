from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="FinancialInstitutionBranch")


@_attrs_define(repr=False)
class FinancialInstitutionBranch(_AmiliModel):
    """
    Attributes:
        id (str | Unset):
        financial_institution (FinancialInstitution | Unset):
    """

    id: str | Unset = UNSET
    financial_institution: FinancialInstitution | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        financial_institution: dict[str, Any] | Unset = UNSET
        if not isinstance(self.financial_institution, Unset):
            financial_institution = self.financial_institution.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["ID"] = id
        if financial_institution is not UNSET:
            field_dict["FinancialInstitution"] = financial_institution

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("ID", UNSET)
        if not isinstance(id, (str, Unset)):
            raise TypeError("ID: expected a string, got " + type(id).__name__)

        _financial_institution = d.pop("FinancialInstitution", UNSET)
        financial_institution: FinancialInstitution | Unset
        if isinstance(_financial_institution, Unset):
            financial_institution = UNSET
        else:
            financial_institution = FinancialInstitution.from_dict(_financial_institution)

        financial_institution_branch = cls(
            id=id,
            financial_institution=financial_institution,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        financial_institution_branch.additional_properties = additional_properties
        return financial_institution_branch

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


from ..models.financial_institution import FinancialInstitution
