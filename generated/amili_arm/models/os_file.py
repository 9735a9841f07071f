from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="OsFile")


@_attrs_define(repr=False)
class OsFile(_AmiliModel):
    """An OS file; `content` is base64. Upload items carry `fileId`, `type`, `name`, `content`.

    Attributes:
        file_id (str | Unset): Caller-chosen id of the file, echoed in the per-file result.
        type_ (str | Unset): OS file type, e.g. `InvoiciaFormatDocFile` (allowed types are configured per client).
        name (str | Unset):
        content (str | Unset):
        size (int | Unset):
        created_at (datetime.datetime | Unset):
    """

    file_id: str | Unset = UNSET
    type_: str | Unset = UNSET
    name: str | Unset = UNSET
    content: str | Unset = UNSET
    size: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        type_ = self.type_

        name = self.name

        content = self.content

        size = self.size

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat(
                timespec="seconds"
                if not self.created_at.microsecond
                else "milliseconds"
                if not self.created_at.microsecond % 1000
                else "microseconds"
            ).replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if file_id is not UNSET:
            field_dict["fileId"] = file_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if content is not UNSET:
            field_dict["content"] = content
        if size is not UNSET:
            field_dict["size"] = size
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file_id = d.pop("fileId", UNSET)
        if not isinstance(file_id, (str, Unset)):
            raise TypeError("fileId: expected a string, got " + type(file_id).__name__)

        type_ = d.pop("type", UNSET)
        if not isinstance(type_, (str, Unset)):
            raise TypeError("type: expected a string, got " + type(type_).__name__)

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            raise TypeError("name: expected a string, got " + type(name).__name__)

        content = d.pop("content", UNSET)
        if not isinstance(content, (str, Unset)):
            raise TypeError("content: expected a string, got " + type(content).__name__)

        size = d.pop("size", UNSET)
        if not isinstance(size, Unset) and not (isinstance(size, int) and not isinstance(size, bool)):
            raise TypeError("size: expected an integer, got " + type(size).__name__)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        os_file = cls(
            file_id=file_id,
            type_=type_,
            name=name,
            content=content,
            size=size,
            created_at=created_at,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        os_file.additional_properties = additional_properties
        return os_file

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
