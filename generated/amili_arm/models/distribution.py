from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="Distribution")


@_attrs_define(repr=False)
class Distribution(_AmiliModel):
    """How documents are distributed to the customer.

    Attributes:
        type_ (str | Unset): Distribution type code; values seen `M`, `H` (meanings not documented).
        einvoice_code (int | Unset): E-invoice code; values seen `0`, `90`.
    """

    type_: str | Unset = UNSET
    einvoice_code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        einvoice_code = self.einvoice_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        if einvoice_code is not UNSET:
            field_dict["einvoiceCode"] = einvoice_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)
        if not isinstance(type_, (str, Unset)):
            raise TypeError("type: expected a string, got " + type(type_).__name__)

        einvoice_code = d.pop("einvoiceCode", UNSET)
        if not isinstance(einvoice_code, Unset) and not (
            isinstance(einvoice_code, int) and not isinstance(einvoice_code, bool)
        ):
            raise TypeError("einvoiceCode: expected an integer, got " + type(einvoice_code).__name__)

        distribution = cls(
            type_=type_,
            einvoice_code=einvoice_code,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        distribution.additional_properties = additional_properties
        return distribution

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
