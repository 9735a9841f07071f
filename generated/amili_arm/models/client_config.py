from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="ClientConfig")


@_attrs_define(repr=False)
class ClientConfig(_AmiliModel):
    """
    Attributes:
        key (str | Unset):
        values (list[str] | Unset):
        description (str | Unset):
    """

    key: str | Unset = UNSET
    values: list[str] | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        values: list[str] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if key is not UNSET:
            field_dict["key"] = key
        if values is not UNSET:
            field_dict["values"] = values
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key = d.pop("key", UNSET)
        if not isinstance(key, (str, Unset)):
            raise TypeError("key: expected a string, got " + type(key).__name__)

        _values = d.pop("values", UNSET)
        values: list[str] | Unset = UNSET
        if _values is not UNSET:
            values = []
            for values_item_data in _values:
                values_item = values_item_data
                if not isinstance(values_item, str):
                    raise TypeError("values_item: expected a string, got " + type(values_item).__name__)

                values.append(values_item)

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            raise TypeError("description: expected a string, got " + type(description).__name__)

        client_config = cls(
            key=key,
            values=values,
            description=description,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        client_config.additional_properties = additional_properties
        return client_config

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
