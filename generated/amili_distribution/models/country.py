from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="Country")


@_attrs_define(repr=False)
class Country(_AmiliModel):
    """
    Attributes:
        identification_code (str | Unset): ISO 3166-1 alpha-2. Example: NO.
    """

    identification_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identification_code = self.identification_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if identification_code is not UNSET:
            field_dict["IdentificationCode"] = identification_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        identification_code = d.pop("IdentificationCode", UNSET)
        if not isinstance(identification_code, (str, Unset)):
            raise TypeError("IdentificationCode: expected a string, got " + type(identification_code).__name__)

        country = cls(
            identification_code=identification_code,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        country.additional_properties = additional_properties
        return country

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
