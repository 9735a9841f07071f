from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="PaymentInfo")


@_attrs_define(repr=False)
class PaymentInfo(_AmiliModel):
    """Truncated in the documentation after `OtherPaymentInfo`; further fields pass through unchanged.

    Attributes:
        kid (str | Unset):
        other_payment_info (list[TypedValue] | Unset):
    """

    kid: str | Unset = UNSET
    other_payment_info: list[TypedValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kid = self.kid

        other_payment_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.other_payment_info, Unset):
            other_payment_info = []
            for other_payment_info_item_data in self.other_payment_info:
                other_payment_info_item = other_payment_info_item_data.to_dict()
                other_payment_info.append(other_payment_info_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if kid is not UNSET:
            field_dict["KID"] = kid
        if other_payment_info is not UNSET:
            field_dict["OtherPaymentInfo"] = other_payment_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        kid = d.pop("KID", UNSET)
        if not isinstance(kid, (str, Unset)):
            raise TypeError("KID: expected a string, got " + type(kid).__name__)

        _other_payment_info = d.pop("OtherPaymentInfo", UNSET)
        other_payment_info: list[TypedValue] | Unset = UNSET
        if _other_payment_info is not UNSET:
            other_payment_info = []
            for other_payment_info_item_data in _other_payment_info:
                other_payment_info_item = TypedValue.from_dict(other_payment_info_item_data)

                other_payment_info.append(other_payment_info_item)

        payment_info = cls(
            kid=kid,
            other_payment_info=other_payment_info,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        payment_info.additional_properties = additional_properties
        return payment_info

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


from ..models.typed_value import TypedValue
