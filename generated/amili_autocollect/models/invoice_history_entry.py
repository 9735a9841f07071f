from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="InvoiceHistoryEntry")


@_attrs_define(repr=False)
class InvoiceHistoryEntry(_AmiliModel):
    """Modelled on the legacy case `history[]` items (`type`, `loggedat`, `message`, `subject`).

    Attributes:
        type_ (str | Unset):
        logged_at (datetime.datetime | Unset):
        message (str | Unset):
        subject (str | Unset):
    """

    type_: str | Unset = UNSET
    logged_at: datetime.datetime | Unset = UNSET
    message: str | Unset = UNSET
    subject: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        logged_at: str | Unset = UNSET
        if not isinstance(self.logged_at, Unset):
            logged_at = self.logged_at.isoformat(
                timespec="seconds"
                if not self.logged_at.microsecond
                else "milliseconds"
                if not self.logged_at.microsecond % 1000
                else "microseconds"
            ).replace("+00:00", "Z")

        message = self.message

        subject = self.subject

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        if logged_at is not UNSET:
            field_dict["loggedAt"] = logged_at
        if message is not UNSET:
            field_dict["message"] = message
        if subject is not UNSET:
            field_dict["subject"] = subject

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)
        if not isinstance(type_, (str, Unset)):
            raise TypeError("type: expected a string, got " + type(type_).__name__)

        _logged_at = d.pop("loggedAt", UNSET)
        logged_at: datetime.datetime | Unset
        if isinstance(_logged_at, Unset):
            logged_at = UNSET
        else:
            logged_at = datetime.datetime.fromisoformat(_logged_at)

        message = d.pop("message", UNSET)
        if not isinstance(message, (str, Unset)):
            raise TypeError("message: expected a string, got " + type(message).__name__)

        subject = d.pop("subject", UNSET)
        if not isinstance(subject, (str, Unset)):
            raise TypeError("subject: expected a string, got " + type(subject).__name__)

        invoice_history_entry = cls(
            type_=type_,
            logged_at=logged_at,
            message=message,
            subject=subject,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        invoice_history_entry.additional_properties = additional_properties
        return invoice_history_entry

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
