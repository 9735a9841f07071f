from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="FinancialAccount")


@_attrs_define(repr=False)
class FinancialAccount(_AmiliModel):
    """
    Attributes:
        id (str | Unset): Account number or IBAN.
        name (str | Unset):
        financial_institution_branch (FinancialInstitutionBranch | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    financial_institution_branch: FinancialInstitutionBranch | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        financial_institution_branch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.financial_institution_branch, Unset):
            financial_institution_branch = self.financial_institution_branch.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["ID"] = id
        if name is not UNSET:
            field_dict["Name"] = name
        if financial_institution_branch is not UNSET:
            field_dict["FinancialInstitutionBranch"] = financial_institution_branch

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("ID", UNSET)
        if not isinstance(id, (str, Unset)):
            raise TypeError("ID: expected a string, got " + type(id).__name__)

        name = d.pop("Name", UNSET)
        if not isinstance(name, (str, Unset)):
            raise TypeError("Name: expected a string, got " + type(name).__name__)

        _financial_institution_branch = d.pop("FinancialInstitutionBranch", UNSET)
        financial_institution_branch: FinancialInstitutionBranch | Unset
        if isinstance(_financial_institution_branch, Unset):
            financial_institution_branch = UNSET
        else:
            financial_institution_branch = FinancialInstitutionBranch.from_dict(_financial_institution_branch)

        financial_account = cls(
            id=id,
            name=name,
            financial_institution_branch=financial_institution_branch,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        financial_account.additional_properties = additional_properties
        return financial_account

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


from ..models.financial_institution_branch import FinancialInstitutionBranch
