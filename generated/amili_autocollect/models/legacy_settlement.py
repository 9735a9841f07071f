from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="LegacySettlement")


@_attrs_define(repr=False)
class LegacySettlement(_AmiliModel):
    """Only the first keys survive (`creditorid, customerref, ledgerref, referencenumber, casenumber …`).

    Attributes:
        creditorid (str | Unset):
        customerref (str | Unset):
        ledgerref (str | Unset):
        referencenumber (str | Unset):
        casenumber (str | Unset):
    """

    creditorid: str | Unset = UNSET
    customerref: str | Unset = UNSET
    ledgerref: str | Unset = UNSET
    referencenumber: str | Unset = UNSET
    casenumber: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        creditorid = self.creditorid

        customerref = self.customerref

        ledgerref = self.ledgerref

        referencenumber = self.referencenumber

        casenumber = self.casenumber

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if creditorid is not UNSET:
            field_dict["creditorid"] = creditorid
        if customerref is not UNSET:
            field_dict["customerref"] = customerref
        if ledgerref is not UNSET:
            field_dict["ledgerref"] = ledgerref
        if referencenumber is not UNSET:
            field_dict["referencenumber"] = referencenumber
        if casenumber is not UNSET:
            field_dict["casenumber"] = casenumber

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        creditorid = d.pop("creditorid", UNSET)
        if not isinstance(creditorid, (str, Unset)):
            raise TypeError("creditorid: expected a string, got " + type(creditorid).__name__)

        customerref = d.pop("customerref", UNSET)
        if not isinstance(customerref, (str, Unset)):
            raise TypeError("customerref: expected a string, got " + type(customerref).__name__)

        ledgerref = d.pop("ledgerref", UNSET)
        if not isinstance(ledgerref, (str, Unset)):
            raise TypeError("ledgerref: expected a string, got " + type(ledgerref).__name__)

        referencenumber = d.pop("referencenumber", UNSET)
        if not isinstance(referencenumber, (str, Unset)):
            raise TypeError("referencenumber: expected a string, got " + type(referencenumber).__name__)

        casenumber = d.pop("casenumber", UNSET)
        if not isinstance(casenumber, (str, Unset)):
            raise TypeError("casenumber: expected a string, got " + type(casenumber).__name__)

        legacy_settlement = cls(
            creditorid=creditorid,
            customerref=customerref,
            ledgerref=ledgerref,
            referencenumber=referencenumber,
            casenumber=casenumber,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        legacy_settlement.additional_properties = additional_properties
        return legacy_settlement

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
