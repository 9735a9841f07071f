from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="ChannelSettings")


@_attrs_define(repr=False)
class ChannelSettings(_AmiliModel):
    """
    Attributes:
        digipost (DigipostSettings | Unset):
        email (EmailSettings | Unset):
    """

    digipost: DigipostSettings | Unset = UNSET
    email: EmailSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        digipost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.digipost, Unset):
            digipost = self.digipost.to_dict()

        email: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email, Unset):
            email = self.email.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if digipost is not UNSET:
            field_dict["Digipost"] = digipost
        if email is not UNSET:
            field_dict["Email"] = email

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _digipost = d.pop("Digipost", UNSET)
        digipost: DigipostSettings | Unset
        if isinstance(_digipost, Unset):
            digipost = UNSET
        else:
            digipost = DigipostSettings.from_dict(_digipost)

        _email = d.pop("Email", UNSET)
        email: EmailSettings | Unset
        if isinstance(_email, Unset):
            email = UNSET
        else:
            email = EmailSettings.from_dict(_email)

        channel_settings = cls(
            digipost=digipost,
            email=email,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        channel_settings.additional_properties = additional_properties
        return channel_settings

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


from ..models.digipost_settings import DigipostSettings
from ..models.email_settings import EmailSettings
