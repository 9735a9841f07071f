from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from amili_common import ABSENT as _ABSENT
from amili_common import drop_absent as _drop_absent
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="FileUploadRequest")


@_attrs_define(repr=False)
class FileUploadRequest(_AmiliModel):
    """
    Attributes:
        metadata (Metadata): Request metadata; `userId` attributes the write to a user.
        files (list[OsFile]):
    """

    metadata: Metadata
    files: list[OsFile]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _absent = self.absent_fields
        if "metadata" not in _absent:
            metadata = self.metadata.to_dict()

        if "files" not in _absent:
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "metadata" not in _absent:
            field_dict["metadata"] = metadata
        if "files" not in _absent:
            field_dict["files"] = files

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _absent: list[tuple[str, str]] = []
        if "metadata" not in d:
            metadata = _ABSENT
            _absent.append(("metadata", "metadata"))
        else:
            metadata = Metadata.from_dict(d.pop("metadata"))

        if "files" not in d:
            files = _ABSENT
            _absent.append(("files", "files"))
        else:
            files = []
            _files = d.pop("files")
            for files_item_data in _files:
                files_item = OsFile.from_dict(files_item_data)

                files.append(files_item)

        file_upload_request = cls(
            metadata=metadata,
            files=files,
        )

        if _absent:
            _drop_absent(file_upload_request, _absent)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        file_upload_request.additional_properties = additional_properties
        return file_upload_request

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


from ..models.metadata import Metadata
from ..models.os_file import OsFile
