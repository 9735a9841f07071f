from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="Report")


@_attrs_define(repr=False)
class Report(_AmiliModel):
    """
    Attributes:
        id (str | Unset):
        name (str | Unset):
        type_ (str | Unset):
        created_at (datetime.datetime | Unset):
        url (str | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat(
                timespec="seconds"
                if not self.created_at.microsecond
                else "milliseconds"
                if not self.created_at.microsecond % 1000
                else "microseconds"
            ).replace("+00:00", "Z")

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, (str, Unset)):
            raise TypeError("id: expected a string, got " + type(id).__name__)

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            raise TypeError("name: expected a string, got " + type(name).__name__)

        type_ = d.pop("type", UNSET)
        if not isinstance(type_, (str, Unset)):
            raise TypeError("type: expected a string, got " + type(type_).__name__)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        url = d.pop("url", UNSET)
        if not isinstance(url, (str, Unset)):
            raise TypeError("url: expected a string, got " + type(url).__name__)

        report = cls(
            id=id,
            name=name,
            type_=type_,
            created_at=created_at,
            url=url,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        report.additional_properties = additional_properties
        return report

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
