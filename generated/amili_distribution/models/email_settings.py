from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="EmailSettings")


@_attrs_define(repr=False)
class EmailSettings(_AmiliModel):
    """
    Attributes:
        sender_name (str | Unset):
        sender_email_address (str | Unset):
        subject (str | Unset):
    """

    sender_name: str | Unset = UNSET
    sender_email_address: str | Unset = UNSET
    subject: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sender_name = self.sender_name

        sender_email_address = self.sender_email_address

        subject = self.subject

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if sender_name is not UNSET:
            field_dict["SenderName"] = sender_name
        if sender_email_address is not UNSET:
            field_dict["SenderEmailAddress"] = sender_email_address
        if subject is not UNSET:
            field_dict["Subject"] = subject

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sender_name = d.pop("SenderName", UNSET)
        if not isinstance(sender_name, (str, Unset)):
            raise TypeError("SenderName: expected a string, got " + type(sender_name).__name__)

        sender_email_address = d.pop("SenderEmailAddress", UNSET)
        if not isinstance(sender_email_address, (str, Unset)):
            raise TypeError("SenderEmailAddress: expected a string, got " + type(sender_email_address).__name__)

        subject = d.pop("Subject", UNSET)
        if not isinstance(subject, (str, Unset)):
            raise TypeError("Subject: expected a string, got " + type(subject).__name__)

        email_settings = cls(
            sender_name=sender_name,
            sender_email_address=sender_email_address,
            subject=subject,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        email_settings.additional_properties = additional_properties
        return email_settings

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
