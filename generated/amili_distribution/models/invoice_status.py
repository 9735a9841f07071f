from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="InvoiceStatus")


@_attrs_define(repr=False)
class InvoiceStatus(_AmiliModel):
    """Status vocabulary undocumented; `Status` is a plain string.

    Attributes:
        identifier (str | Unset):
        request_id (str | Unset):
        status (str | Unset):
        message (str | Unset):
        channel (str | Unset):
        updated (str | Unset): Timestamp as sent by Amili (format undocumented).
    """

    identifier: str | Unset = UNSET
    request_id: str | Unset = UNSET
    status: str | Unset = UNSET
    message: str | Unset = UNSET
    channel: str | Unset = UNSET
    updated: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier

        request_id = self.request_id

        status = self.status

        message = self.message

        channel = self.channel

        updated = self.updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if identifier is not UNSET:
            field_dict["Identifier"] = identifier
        if request_id is not UNSET:
            field_dict["RequestId"] = request_id
        if status is not UNSET:
            field_dict["Status"] = status
        if message is not UNSET:
            field_dict["Message"] = message
        if channel is not UNSET:
            field_dict["Channel"] = channel
        if updated is not UNSET:
            field_dict["Updated"] = updated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        identifier = d.pop("Identifier", UNSET)
        if not isinstance(identifier, (str, Unset)):
            raise TypeError("Identifier: expected a string, got " + type(identifier).__name__)

        request_id = d.pop("RequestId", UNSET)
        if not isinstance(request_id, (str, Unset)):
            raise TypeError("RequestId: expected a string, got " + type(request_id).__name__)

        status = d.pop("Status", UNSET)
        if not isinstance(status, (str, Unset)):
            raise TypeError("Status: expected a string, got " + type(status).__name__)

        message = d.pop("Message", UNSET)
        if not isinstance(message, (str, Unset)):
            raise TypeError("Message: expected a string, got " + type(message).__name__)

        channel = d.pop("Channel", UNSET)
        if not isinstance(channel, (str, Unset)):
            raise TypeError("Channel: expected a string, got " + type(channel).__name__)

        updated = d.pop("Updated", UNSET)
        if not isinstance(updated, (str, Unset)):
            raise TypeError("Updated: expected a string, got " + type(updated).__name__)

        invoice_status = cls(
            identifier=identifier,
            request_id=request_id,
            status=status,
            message=message,
            channel=channel,
            updated=updated,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        invoice_status.additional_properties = additional_properties
        return invoice_status

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
