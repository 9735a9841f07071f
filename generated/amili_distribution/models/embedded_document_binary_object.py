from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="EmbeddedDocumentBinaryObject")


@_attrs_define(repr=False)
class EmbeddedDocumentBinaryObject(_AmiliModel):
    """
    Attributes:
        mime_code (str | Unset):  Example: application/pdf.
        filename (str | Unset):
        data (str | Unset): Base64-encoded file content.
    """

    mime_code: str | Unset = UNSET
    filename: str | Unset = UNSET
    data: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mime_code = self.mime_code

        filename = self.filename

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if mime_code is not UNSET:
            field_dict["MimeCode"] = mime_code
        if filename is not UNSET:
            field_dict["Filename"] = filename
        if data is not UNSET:
            field_dict["Data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mime_code = d.pop("MimeCode", UNSET)
        if not isinstance(mime_code, (str, Unset)):
            raise TypeError("MimeCode: expected a string, got " + type(mime_code).__name__)

        filename = d.pop("Filename", UNSET)
        if not isinstance(filename, (str, Unset)):
            raise TypeError("Filename: expected a string, got " + type(filename).__name__)

        data = d.pop("Data", UNSET)
        if not isinstance(data, (str, Unset)):
            raise TypeError("Data: expected a string, got " + type(data).__name__)

        embedded_document_binary_object = cls(
            mime_code=mime_code,
            filename=filename,
            data=data,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        embedded_document_binary_object.additional_properties = additional_properties
        return embedded_document_binary_object

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
