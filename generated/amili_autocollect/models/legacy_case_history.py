from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="LegacyCaseHistory")


@_attrs_define(repr=False)
class LegacyCaseHistory(_AmiliModel):
    """
    Attributes:
        type_ (int | Unset):
        loggedat (str | Unset):
        message (str | Unset):
        subject (str | Unset):
        conversationid (str | Unset):
        attachmentid (str | Unset):
    """

    type_: int | Unset = UNSET
    loggedat: str | Unset = UNSET
    message: str | Unset = UNSET
    subject: str | Unset = UNSET
    conversationid: str | Unset = UNSET
    attachmentid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        loggedat = self.loggedat

        message = self.message

        subject = self.subject

        conversationid = self.conversationid

        attachmentid = self.attachmentid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        if loggedat is not UNSET:
            field_dict["loggedat"] = loggedat
        if message is not UNSET:
            field_dict["message"] = message
        if subject is not UNSET:
            field_dict["subject"] = subject
        if conversationid is not UNSET:
            field_dict["conversationid"] = conversationid
        if attachmentid is not UNSET:
            field_dict["attachmentid"] = attachmentid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)
        if not isinstance(type_, Unset) and not (isinstance(type_, int) and not isinstance(type_, bool)):
            raise TypeError("type: expected an integer, got " + type(type_).__name__)

        loggedat = d.pop("loggedat", UNSET)
        if not isinstance(loggedat, (str, Unset)):
            raise TypeError("loggedat: expected a string, got " + type(loggedat).__name__)

        message = d.pop("message", UNSET)
        if not isinstance(message, (str, Unset)):
            raise TypeError("message: expected a string, got " + type(message).__name__)

        subject = d.pop("subject", UNSET)
        if not isinstance(subject, (str, Unset)):
            raise TypeError("subject: expected a string, got " + type(subject).__name__)

        conversationid = d.pop("conversationid", UNSET)
        if not isinstance(conversationid, (str, Unset)):
            raise TypeError("conversationid: expected a string, got " + type(conversationid).__name__)

        attachmentid = d.pop("attachmentid", UNSET)
        if not isinstance(attachmentid, (str, Unset)):
            raise TypeError("attachmentid: expected a string, got " + type(attachmentid).__name__)

        legacy_case_history = cls(
            type_=type_,
            loggedat=loggedat,
            message=message,
            subject=subject,
            conversationid=conversationid,
            attachmentid=attachmentid,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        legacy_case_history.additional_properties = additional_properties
        return legacy_case_history

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
