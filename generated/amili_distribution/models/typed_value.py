from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="TypedValue")


@_attrs_define(repr=False)
class TypedValue(_AmiliModel):
    """Typed reference, e.g. `Type` `urn:no:ccn:einvoice:latepayment:fee`, `Value` `"70.00"`.

    Attributes:
        type_ (str | Unset):
        value (str | Unset):
    """

    type_: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if value is not UNSET:
            field_dict["Value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("Type", UNSET)
        if not isinstance(type_, (str, Unset)):
            raise TypeError("Type: expected a string, got " + type(type_).__name__)

        value = d.pop("Value", UNSET)
        if not isinstance(value, (str, Unset)):
            raise TypeError("Value: expected a string, got " + type(value).__name__)

        typed_value = cls(
            type_=type_,
            value=value,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        typed_value.additional_properties = additional_properties
        return typed_value

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
