from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="LookupLink")


@_attrs_define(repr=False)
class LookupLink(_AmiliModel):
    """
    Attributes:
        identifier (str | Unset):
        url (str | Unset):
        expires (str | Unset):
    """

    identifier: str | Unset = UNSET
    url: str | Unset = UNSET
    expires: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier

        url = self.url

        expires = self.expires

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if identifier is not UNSET:
            field_dict["Identifier"] = identifier
        if url is not UNSET:
            field_dict["Url"] = url
        if expires is not UNSET:
            field_dict["Expires"] = expires

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        identifier = d.pop("Identifier", UNSET)
        if not isinstance(identifier, (str, Unset)):
            raise TypeError("Identifier: expected a string, got " + type(identifier).__name__)

        url = d.pop("Url", UNSET)
        if not isinstance(url, (str, Unset)):
            raise TypeError("Url: expected a string, got " + type(url).__name__)

        expires = d.pop("Expires", UNSET)
        if not isinstance(expires, (str, Unset)):
            raise TypeError("Expires: expected a string, got " + type(expires).__name__)

        lookup_link = cls(
            identifier=identifier,
            url=url,
            expires=expires,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        lookup_link.additional_properties = additional_properties
        return lookup_link

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
