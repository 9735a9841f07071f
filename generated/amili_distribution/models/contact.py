from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """
    Attributes:
        name (str | Unset):
        telephone (str | Unset):
        electronic_mail (str | Unset):
    """

    name: str | Unset = UNSET
    telephone: str | Unset = UNSET
    electronic_mail: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        telephone = self.telephone

        electronic_mail = self.electronic_mail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if telephone is not UNSET:
            field_dict["Telephone"] = telephone
        if electronic_mail is not UNSET:
            field_dict["ElectronicMail"] = electronic_mail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        telephone = d.pop("Telephone", UNSET)

        electronic_mail = d.pop("ElectronicMail", UNSET)

        contact = cls(
            name=name,
            telephone=telephone,
            electronic_mail=electronic_mail,
        )

        contact.additional_properties = d
        return contact

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
