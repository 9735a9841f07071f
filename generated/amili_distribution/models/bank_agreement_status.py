from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="BankAgreementStatus")


@_attrs_define(repr=False)
class BankAgreementStatus(_AmiliModel):
    """
    Attributes:
        payer_number (str | Unset):
        status (str | Unset):
        message (str | Unset):
    """

    payer_number: str | Unset = UNSET
    status: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payer_number = self.payer_number

        status = self.status

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if payer_number is not UNSET:
            field_dict["PayerNumber"] = payer_number
        if status is not UNSET:
            field_dict["Status"] = status
        if message is not UNSET:
            field_dict["Message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        payer_number = d.pop("PayerNumber", UNSET)
        if not isinstance(payer_number, (str, Unset)):
            raise TypeError("PayerNumber: expected a string, got " + type(payer_number).__name__)

        status = d.pop("Status", UNSET)
        if not isinstance(status, (str, Unset)):
            raise TypeError("Status: expected a string, got " + type(status).__name__)

        message = d.pop("Message", UNSET)
        if not isinstance(message, (str, Unset)):
            raise TypeError("Message: expected a string, got " + type(message).__name__)

        bank_agreement_status = cls(
            payer_number=payer_number,
            status=status,
            message=message,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        bank_agreement_status.additional_properties = additional_properties
        return bank_agreement_status

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
