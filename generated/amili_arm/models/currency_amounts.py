from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="CurrencyAmounts")


@_attrs_define(repr=False)
class CurrencyAmounts(_AmiliModel):
    """Amounts in the document currency.

    Attributes:
        excl_vat (float | Unset):
        vat (float | Unset):
        incl_vat (float | Unset):
    """

    excl_vat: float | Unset = UNSET
    vat: float | Unset = UNSET
    incl_vat: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        excl_vat = self.excl_vat

        vat = self.vat

        incl_vat = self.incl_vat

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if excl_vat is not UNSET:
            field_dict["exclVat"] = excl_vat
        if vat is not UNSET:
            field_dict["vat"] = vat
        if incl_vat is not UNSET:
            field_dict["inclVat"] = incl_vat

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        excl_vat = d.pop("exclVat", UNSET)
        if not isinstance(excl_vat, Unset) and not (
            isinstance(excl_vat, (int, float)) and not isinstance(excl_vat, bool)
        ):
            raise TypeError("exclVat: expected a number, got " + type(excl_vat).__name__)

        vat = d.pop("vat", UNSET)
        if not isinstance(vat, Unset) and not (isinstance(vat, (int, float)) and not isinstance(vat, bool)):
            raise TypeError("vat: expected a number, got " + type(vat).__name__)

        incl_vat = d.pop("inclVat", UNSET)
        if not isinstance(incl_vat, Unset) and not (
            isinstance(incl_vat, (int, float)) and not isinstance(incl_vat, bool)
        ):
            raise TypeError("inclVat: expected a number, got " + type(incl_vat).__name__)

        currency_amounts = cls(
            excl_vat=excl_vat,
            vat=vat,
            incl_vat=incl_vat,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        currency_amounts.additional_properties = additional_properties
        return currency_amounts

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
