from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="OrganizationRef")


@_attrs_define(repr=False)
class OrganizationRef(_AmiliModel):
    """
    Attributes:
        id (UUID | Unset):
        organization_number (str | Unset):
        name (str | Unset):
    """

    id: UUID | Unset = UNSET
    organization_number: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        organization_number = self.organization_number

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if organization_number is not UNSET:
            field_dict["organizationNumber"] = organization_number
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        organization_number = d.pop("organizationNumber", UNSET)
        if not isinstance(organization_number, (str, Unset)):
            raise TypeError("organizationNumber: expected a string, got " + type(organization_number).__name__)

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            raise TypeError("name: expected a string, got " + type(name).__name__)

        organization_ref = cls(
            id=id,
            organization_number=organization_number,
            name=name,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        organization_ref.additional_properties = additional_properties
        return organization_ref

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
