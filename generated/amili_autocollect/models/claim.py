from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.claim_type import ClaimType
from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="Claim")


@_attrs_define(repr=False)
class Claim(_AmiliModel):
    """
    Attributes:
        type_ (ClaimType | Unset): Value seen `PRINCIPAL`. Other values are valid (the list is not documented as
            complete); the SDK's enum parses them as unknown members.
        remaining_amount (float | Unset):
        description (str | Unset):
    """

    type_: ClaimType | Unset = UNSET
    remaining_amount: float | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        remaining_amount = self.remaining_amount

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        if remaining_amount is not UNSET:
            field_dict["remainingAmount"] = remaining_amount
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: ClaimType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ClaimType(_type_)

        remaining_amount = d.pop("remainingAmount", UNSET)
        if not isinstance(remaining_amount, Unset) and not (
            isinstance(remaining_amount, (int, float)) and not isinstance(remaining_amount, bool)
        ):
            raise TypeError("remainingAmount: expected a number, got " + type(remaining_amount).__name__)

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            raise TypeError("description: expected a string, got " + type(description).__name__)

        claim = cls(
            type_=type_,
            remaining_amount=remaining_amount,
            description=description,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        claim.additional_properties = additional_properties
        return claim

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
