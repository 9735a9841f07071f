from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="AccountingParty")


@_attrs_define(repr=False)
class AccountingParty(_AmiliModel):
    """Wrapper used by `AccountingSupplierParty` and `AccountingCustomerParty`.

    Attributes:
        party (Party | Unset):
    """

    party: Party | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        party: dict[str, Any] | Unset = UNSET
        if not isinstance(self.party, Unset):
            party = self.party.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if party is not UNSET:
            field_dict["Party"] = party

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _party = d.pop("Party", UNSET)
        party: Party | Unset
        if isinstance(_party, Unset):
            party = UNSET
        else:
            party = Party.from_dict(_party)

        accounting_party = cls(
            party=party,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        accounting_party.additional_properties = additional_properties
        return accounting_party

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


from ..models.party import Party
