from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="LegacyBatchObjectResponse")


@_attrs_define(repr=False)
class LegacyBatchObjectResponse(_AmiliModel):
    """
    Attributes:
        objectname (str | Unset):
        objectindex (int | Unset):
        ledgerref (str | Unset):
        status_statuscode (str | Unset):
    """

    objectname: str | Unset = UNSET
    objectindex: int | Unset = UNSET
    ledgerref: str | Unset = UNSET
    status_statuscode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        objectname = self.objectname

        objectindex = self.objectindex

        ledgerref = self.ledgerref

        status_statuscode = self.status_statuscode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if objectname is not UNSET:
            field_dict["objectname"] = objectname
        if objectindex is not UNSET:
            field_dict["objectindex"] = objectindex
        if ledgerref is not UNSET:
            field_dict["ledgerref"] = ledgerref
        if status_statuscode is not UNSET:
            field_dict["status_statuscode"] = status_statuscode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        objectname = d.pop("objectname", UNSET)
        if not isinstance(objectname, (str, Unset)):
            raise TypeError("objectname: expected a string, got " + type(objectname).__name__)

        objectindex = d.pop("objectindex", UNSET)
        if not isinstance(objectindex, Unset) and not (
            isinstance(objectindex, int) and not isinstance(objectindex, bool)
        ):
            raise TypeError("objectindex: expected an integer, got " + type(objectindex).__name__)

        ledgerref = d.pop("ledgerref", UNSET)
        if not isinstance(ledgerref, (str, Unset)):
            raise TypeError("ledgerref: expected a string, got " + type(ledgerref).__name__)

        status_statuscode = d.pop("status_statuscode", UNSET)
        if not isinstance(status_statuscode, (str, Unset)):
            raise TypeError("status_statuscode: expected a string, got " + type(status_statuscode).__name__)

        legacy_batch_object_response = cls(
            objectname=objectname,
            objectindex=objectindex,
            ledgerref=ledgerref,
            status_statuscode=status_statuscode,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        legacy_batch_object_response.additional_properties = additional_properties
        return legacy_batch_object_response

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
