from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from amili_common import ABSENT as _ABSENT
from amili_common import drop_absent as _drop_absent
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="LegacyAttachment")


@_attrs_define(repr=False)
class LegacyAttachment(_AmiliModel):
    """
    Attributes:
        data (str): Base64 file content.
        customerref (str | Unset):
        ledgerref (str | Unset):
        filename (str | Unset):
        contenttype (str | Unset):
    """

    data: str
    customerref: str | Unset = UNSET
    ledgerref: str | Unset = UNSET
    filename: str | Unset = UNSET
    contenttype: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _absent = self.absent_fields
        if "data" not in _absent:
            data = self.data

        customerref = self.customerref

        ledgerref = self.ledgerref

        filename = self.filename

        contenttype = self.contenttype

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "data" not in _absent:
            field_dict["data"] = data
        if customerref is not UNSET:
            field_dict["customerref"] = customerref
        if ledgerref is not UNSET:
            field_dict["ledgerref"] = ledgerref
        if filename is not UNSET:
            field_dict["filename"] = filename
        if contenttype is not UNSET:
            field_dict["contenttype"] = contenttype

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _absent: list[tuple[str, str]] = []
        if "data" not in d:
            data = _ABSENT
            _absent.append(("data", "data"))
        else:
            data = d.pop("data")
            if not isinstance(data, str):
                raise TypeError("data: expected a string, got " + type(data).__name__)

        customerref = d.pop("customerref", UNSET)
        if not isinstance(customerref, (str, Unset)):
            raise TypeError("customerref: expected a string, got " + type(customerref).__name__)

        ledgerref = d.pop("ledgerref", UNSET)
        if not isinstance(ledgerref, (str, Unset)):
            raise TypeError("ledgerref: expected a string, got " + type(ledgerref).__name__)

        filename = d.pop("filename", UNSET)
        if not isinstance(filename, (str, Unset)):
            raise TypeError("filename: expected a string, got " + type(filename).__name__)

        contenttype = d.pop("contenttype", UNSET)
        if not isinstance(contenttype, (str, Unset)):
            raise TypeError("contenttype: expected a string, got " + type(contenttype).__name__)

        legacy_attachment = cls(
            data=data,
            customerref=customerref,
            ledgerref=ledgerref,
            filename=filename,
            contenttype=contenttype,
        )

        if _absent:
            _drop_absent(legacy_attachment, _absent)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        legacy_attachment.additional_properties = additional_properties
        return legacy_attachment

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
