from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="Contact")


@_attrs_define(repr=False)
class Contact(_AmiliModel):
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
        if not isinstance(name, (str, Unset)):
            raise TypeError("Name: expected a string, got " + type(name).__name__)

        telephone = d.pop("Telephone", UNSET)
        if not isinstance(telephone, (str, Unset)):
            raise TypeError("Telephone: expected a string, got " + type(telephone).__name__)

        electronic_mail = d.pop("ElectronicMail", UNSET)
        if not isinstance(electronic_mail, (str, Unset)):
            raise TypeError("ElectronicMail: expected a string, got " + type(electronic_mail).__name__)

        contact = cls(
            name=name,
            telephone=telephone,
            electronic_mail=electronic_mail,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        contact.additional_properties = additional_properties
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
