from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LegacyContact")


@_attrs_define
class LegacyContact:
    """
    Attributes:
        fullname (str | Unset):
        workphone (str | Unset):
        email (str | Unset):
        isinvoicequery (bool | Unset):
        isremittancereport (bool | Unset):
        isorderconfirmation (bool | Unset):
        iscollectionlist (bool | Unset):
        isweb (bool | Unset):
    """

    fullname: str | Unset = UNSET
    workphone: str | Unset = UNSET
    email: str | Unset = UNSET
    isinvoicequery: bool | Unset = UNSET
    isremittancereport: bool | Unset = UNSET
    isorderconfirmation: bool | Unset = UNSET
    iscollectionlist: bool | Unset = UNSET
    isweb: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fullname = self.fullname

        workphone = self.workphone

        email = self.email

        isinvoicequery = self.isinvoicequery

        isremittancereport = self.isremittancereport

        isorderconfirmation = self.isorderconfirmation

        iscollectionlist = self.iscollectionlist

        isweb = self.isweb

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fullname is not UNSET:
            field_dict["fullname"] = fullname
        if workphone is not UNSET:
            field_dict["workphone"] = workphone
        if email is not UNSET:
            field_dict["email"] = email
        if isinvoicequery is not UNSET:
            field_dict["isinvoicequery"] = isinvoicequery
        if isremittancereport is not UNSET:
            field_dict["isremittancereport"] = isremittancereport
        if isorderconfirmation is not UNSET:
            field_dict["isorderconfirmation"] = isorderconfirmation
        if iscollectionlist is not UNSET:
            field_dict["iscollectionlist"] = iscollectionlist
        if isweb is not UNSET:
            field_dict["isweb"] = isweb

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        fullname = d.pop("fullname", UNSET)

        workphone = d.pop("workphone", UNSET)

        email = d.pop("email", UNSET)

        isinvoicequery = d.pop("isinvoicequery", UNSET)

        isremittancereport = d.pop("isremittancereport", UNSET)

        isorderconfirmation = d.pop("isorderconfirmation", UNSET)

        iscollectionlist = d.pop("iscollectionlist", UNSET)

        isweb = d.pop("isweb", UNSET)

        legacy_contact = cls(
            fullname=fullname,
            workphone=workphone,
            email=email,
            isinvoicequery=isinvoicequery,
            isremittancereport=isremittancereport,
            isorderconfirmation=isorderconfirmation,
            iscollectionlist=iscollectionlist,
            isweb=isweb,
        )

        legacy_contact.additional_properties = d
        return legacy_contact

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
