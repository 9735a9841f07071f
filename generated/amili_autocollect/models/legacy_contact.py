from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="LegacyContact")


@_attrs_define(repr=False)
class LegacyContact(_AmiliModel):
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
        if not isinstance(fullname, (str, Unset)):
            raise TypeError("fullname: expected a string, got " + type(fullname).__name__)

        workphone = d.pop("workphone", UNSET)
        if not isinstance(workphone, (str, Unset)):
            raise TypeError("workphone: expected a string, got " + type(workphone).__name__)

        email = d.pop("email", UNSET)
        if not isinstance(email, (str, Unset)):
            raise TypeError("email: expected a string, got " + type(email).__name__)

        isinvoicequery = d.pop("isinvoicequery", UNSET)
        if not isinstance(isinvoicequery, Unset) and not (isinstance(isinvoicequery, bool)):
            raise TypeError("isinvoicequery: expected a boolean, got " + type(isinvoicequery).__name__)

        isremittancereport = d.pop("isremittancereport", UNSET)
        if not isinstance(isremittancereport, Unset) and not (isinstance(isremittancereport, bool)):
            raise TypeError("isremittancereport: expected a boolean, got " + type(isremittancereport).__name__)

        isorderconfirmation = d.pop("isorderconfirmation", UNSET)
        if not isinstance(isorderconfirmation, Unset) and not (isinstance(isorderconfirmation, bool)):
            raise TypeError("isorderconfirmation: expected a boolean, got " + type(isorderconfirmation).__name__)

        iscollectionlist = d.pop("iscollectionlist", UNSET)
        if not isinstance(iscollectionlist, Unset) and not (isinstance(iscollectionlist, bool)):
            raise TypeError("iscollectionlist: expected a boolean, got " + type(iscollectionlist).__name__)

        isweb = d.pop("isweb", UNSET)
        if not isinstance(isweb, Unset) and not (isinstance(isweb, bool)):
            raise TypeError("isweb: expected a boolean, got " + type(isweb).__name__)

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

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        legacy_contact.additional_properties = additional_properties
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
