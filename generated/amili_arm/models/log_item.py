from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="LogItem")


@_attrs_define(repr=False)
class LogItem(_AmiliModel):
    """
    Attributes:
        log_item_id (int | Unset):
        client_no (int | Unset):
        created_at (datetime.datetime | Unset):
        user_id (str | Unset):
        object_type (str | Unset):
        object_id (str | Unset):
        action (str | Unset):
        message (str | Unset):
    """

    log_item_id: int | Unset = UNSET
    client_no: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    user_id: str | Unset = UNSET
    object_type: str | Unset = UNSET
    object_id: str | Unset = UNSET
    action: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        log_item_id = self.log_item_id

        client_no = self.client_no

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat(
                timespec="seconds"
                if not self.created_at.microsecond
                else "milliseconds"
                if not self.created_at.microsecond % 1000
                else "microseconds"
            ).replace("+00:00", "Z")

        user_id = self.user_id

        object_type = self.object_type

        object_id = self.object_id

        action = self.action

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if log_item_id is not UNSET:
            field_dict["logItemId"] = log_item_id
        if client_no is not UNSET:
            field_dict["clientNo"] = client_no
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if object_type is not UNSET:
            field_dict["objectType"] = object_type
        if object_id is not UNSET:
            field_dict["objectId"] = object_id
        if action is not UNSET:
            field_dict["action"] = action
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        log_item_id = d.pop("logItemId", UNSET)
        if not isinstance(log_item_id, Unset) and not (
            isinstance(log_item_id, int) and not isinstance(log_item_id, bool)
        ):
            raise TypeError("logItemId: expected an integer, got " + type(log_item_id).__name__)

        client_no = d.pop("clientNo", UNSET)
        if not isinstance(client_no, Unset) and not (isinstance(client_no, int) and not isinstance(client_no, bool)):
            raise TypeError("clientNo: expected an integer, got " + type(client_no).__name__)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        user_id = d.pop("userId", UNSET)
        if not isinstance(user_id, (str, Unset)):
            raise TypeError("userId: expected a string, got " + type(user_id).__name__)

        object_type = d.pop("objectType", UNSET)
        if not isinstance(object_type, (str, Unset)):
            raise TypeError("objectType: expected a string, got " + type(object_type).__name__)

        object_id = d.pop("objectId", UNSET)
        if not isinstance(object_id, (str, Unset)):
            raise TypeError("objectId: expected a string, got " + type(object_id).__name__)

        action = d.pop("action", UNSET)
        if not isinstance(action, (str, Unset)):
            raise TypeError("action: expected a string, got " + type(action).__name__)

        message = d.pop("message", UNSET)
        if not isinstance(message, (str, Unset)):
            raise TypeError("message: expected a string, got " + type(message).__name__)

        log_item = cls(
            log_item_id=log_item_id,
            client_no=client_no,
            created_at=created_at,
            user_id=user_id,
            object_type=object_type,
            object_id=object_id,
            action=action,
            message=message,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        log_item.additional_properties = additional_properties
        return log_item

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
