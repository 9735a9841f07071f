from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="AdditionalDocumentReference")


@_attrs_define(repr=False)
class AdditionalDocumentReference(_AmiliModel):
    """
    Attributes:
        id (str | Unset):
        document_type_code (str | Unset):
        document_description (str | Unset):
        attachment (Attachment | Unset):
    """

    id: str | Unset = UNSET
    document_type_code: str | Unset = UNSET
    document_description: str | Unset = UNSET
    attachment: Attachment | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        document_type_code = self.document_type_code

        document_description = self.document_description

        attachment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attachment, Unset):
            attachment = self.attachment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["ID"] = id
        if document_type_code is not UNSET:
            field_dict["DocumentTypeCode"] = document_type_code
        if document_description is not UNSET:
            field_dict["DocumentDescription"] = document_description
        if attachment is not UNSET:
            field_dict["Attachment"] = attachment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("ID", UNSET)
        if not isinstance(id, (str, Unset)):
            raise TypeError("ID: expected a string, got " + type(id).__name__)

        document_type_code = d.pop("DocumentTypeCode", UNSET)
        if not isinstance(document_type_code, (str, Unset)):
            raise TypeError("DocumentTypeCode: expected a string, got " + type(document_type_code).__name__)

        document_description = d.pop("DocumentDescription", UNSET)
        if not isinstance(document_description, (str, Unset)):
            raise TypeError("DocumentDescription: expected a string, got " + type(document_description).__name__)

        _attachment = d.pop("Attachment", UNSET)
        attachment: Attachment | Unset
        if isinstance(_attachment, Unset):
            attachment = UNSET
        else:
            attachment = Attachment.from_dict(_attachment)

        additional_document_reference = cls(
            id=id,
            document_type_code=document_type_code,
            document_description=document_description,
            attachment=attachment,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        additional_document_reference.additional_properties = additional_properties
        return additional_document_reference

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


from ..models.attachment import Attachment
