from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="Attachment")


@_attrs_define(repr=False)
class Attachment(_AmiliModel):
    """
    Attributes:
        embedded_document_binary_object (EmbeddedDocumentBinaryObject | Unset):
        external_reference (ExternalReference | Unset):
    """

    embedded_document_binary_object: EmbeddedDocumentBinaryObject | Unset = UNSET
    external_reference: ExternalReference | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        embedded_document_binary_object: dict[str, Any] | Unset = UNSET
        if not isinstance(self.embedded_document_binary_object, Unset):
            embedded_document_binary_object = self.embedded_document_binary_object.to_dict()

        external_reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_reference, Unset):
            external_reference = self.external_reference.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if embedded_document_binary_object is not UNSET:
            field_dict["EmbeddedDocumentBinaryObject"] = embedded_document_binary_object
        if external_reference is not UNSET:
            field_dict["ExternalReference"] = external_reference

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _embedded_document_binary_object = d.pop("EmbeddedDocumentBinaryObject", UNSET)
        embedded_document_binary_object: EmbeddedDocumentBinaryObject | Unset
        if isinstance(_embedded_document_binary_object, Unset):
            embedded_document_binary_object = UNSET
        else:
            embedded_document_binary_object = EmbeddedDocumentBinaryObject.from_dict(_embedded_document_binary_object)

        _external_reference = d.pop("ExternalReference", UNSET)
        external_reference: ExternalReference | Unset
        if isinstance(_external_reference, Unset):
            external_reference = UNSET
        else:
            external_reference = ExternalReference.from_dict(_external_reference)

        attachment = cls(
            embedded_document_binary_object=embedded_document_binary_object,
            external_reference=external_reference,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        attachment.additional_properties = additional_properties
        return attachment

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


from ..models.embedded_document_binary_object import EmbeddedDocumentBinaryObject
from ..models.external_reference import ExternalReference
