from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.legacy_contact import LegacyContact


T = TypeVar("T", bound="LegacyCreditor")


@_attrs_define
class LegacyCreditor:
    """
    Attributes:
        idnumber (str | Unset):
        parentidnumber (str | Unset):
        onlydebtcollection (bool | Unset):
        vattype (int | Unset):
        fullname (str | Unset):
        street (str | Unset):
        city (str | Unset):
        zipcode (str | Unset):
        countrycode (str | Unset):
        bankaccountno (str | Unset):
        contact (LegacyContact | Unset):
        casehandler (LegacyContact | Unset):
        sourceid (int | Unset):
        reminderflow (int | Unset):
        debtcollectiontransfer (int | Unset):
        invoicearchive (int | Unset):
        hasforeigndebtors (bool | Unset):
        hasforeigncurrency (bool | Unset):
        disabled (bool | Unset):
        lastsettlementid (str | Unset):
    """

    idnumber: str | Unset = UNSET
    parentidnumber: str | Unset = UNSET
    onlydebtcollection: bool | Unset = UNSET
    vattype: int | Unset = UNSET
    fullname: str | Unset = UNSET
    street: str | Unset = UNSET
    city: str | Unset = UNSET
    zipcode: str | Unset = UNSET
    countrycode: str | Unset = UNSET
    bankaccountno: str | Unset = UNSET
    contact: LegacyContact | Unset = UNSET
    casehandler: LegacyContact | Unset = UNSET
    sourceid: int | Unset = UNSET
    reminderflow: int | Unset = UNSET
    debtcollectiontransfer: int | Unset = UNSET
    invoicearchive: int | Unset = UNSET
    hasforeigndebtors: bool | Unset = UNSET
    hasforeigncurrency: bool | Unset = UNSET
    disabled: bool | Unset = UNSET
    lastsettlementid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        idnumber = self.idnumber

        parentidnumber = self.parentidnumber

        onlydebtcollection = self.onlydebtcollection

        vattype = self.vattype

        fullname = self.fullname

        street = self.street

        city = self.city

        zipcode = self.zipcode

        countrycode = self.countrycode

        bankaccountno = self.bankaccountno

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        casehandler: dict[str, Any] | Unset = UNSET
        if not isinstance(self.casehandler, Unset):
            casehandler = self.casehandler.to_dict()

        sourceid = self.sourceid

        reminderflow = self.reminderflow

        debtcollectiontransfer = self.debtcollectiontransfer

        invoicearchive = self.invoicearchive

        hasforeigndebtors = self.hasforeigndebtors

        hasforeigncurrency = self.hasforeigncurrency

        disabled = self.disabled

        lastsettlementid = self.lastsettlementid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if idnumber is not UNSET:
            field_dict["idnumber"] = idnumber
        if parentidnumber is not UNSET:
            field_dict["parentidnumber"] = parentidnumber
        if onlydebtcollection is not UNSET:
            field_dict["onlydebtcollection"] = onlydebtcollection
        if vattype is not UNSET:
            field_dict["vattype"] = vattype
        if fullname is not UNSET:
            field_dict["fullname"] = fullname
        if street is not UNSET:
            field_dict["street"] = street
        if city is not UNSET:
            field_dict["city"] = city
        if zipcode is not UNSET:
            field_dict["zipcode"] = zipcode
        if countrycode is not UNSET:
            field_dict["countrycode"] = countrycode
        if bankaccountno is not UNSET:
            field_dict["bankaccountno"] = bankaccountno
        if contact is not UNSET:
            field_dict["contact"] = contact
        if casehandler is not UNSET:
            field_dict["casehandler"] = casehandler
        if sourceid is not UNSET:
            field_dict["sourceid"] = sourceid
        if reminderflow is not UNSET:
            field_dict["reminderflow"] = reminderflow
        if debtcollectiontransfer is not UNSET:
            field_dict["debtcollectiontransfer"] = debtcollectiontransfer
        if invoicearchive is not UNSET:
            field_dict["invoicearchive"] = invoicearchive
        if hasforeigndebtors is not UNSET:
            field_dict["hasforeigndebtors"] = hasforeigndebtors
        if hasforeigncurrency is not UNSET:
            field_dict["hasforeigncurrency"] = hasforeigncurrency
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if lastsettlementid is not UNSET:
            field_dict["lastsettlementid"] = lastsettlementid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.legacy_contact import LegacyContact

        d = dict(src_dict)
        idnumber = d.pop("idnumber", UNSET)

        parentidnumber = d.pop("parentidnumber", UNSET)

        onlydebtcollection = d.pop("onlydebtcollection", UNSET)

        vattype = d.pop("vattype", UNSET)

        fullname = d.pop("fullname", UNSET)

        street = d.pop("street", UNSET)

        city = d.pop("city", UNSET)

        zipcode = d.pop("zipcode", UNSET)

        countrycode = d.pop("countrycode", UNSET)

        bankaccountno = d.pop("bankaccountno", UNSET)

        _contact = d.pop("contact", UNSET)
        contact: LegacyContact | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = LegacyContact.from_dict(_contact)

        _casehandler = d.pop("casehandler", UNSET)
        casehandler: LegacyContact | Unset
        if isinstance(_casehandler, Unset):
            casehandler = UNSET
        else:
            casehandler = LegacyContact.from_dict(_casehandler)

        sourceid = d.pop("sourceid", UNSET)

        reminderflow = d.pop("reminderflow", UNSET)

        debtcollectiontransfer = d.pop("debtcollectiontransfer", UNSET)

        invoicearchive = d.pop("invoicearchive", UNSET)

        hasforeigndebtors = d.pop("hasforeigndebtors", UNSET)

        hasforeigncurrency = d.pop("hasforeigncurrency", UNSET)

        disabled = d.pop("disabled", UNSET)

        lastsettlementid = d.pop("lastsettlementid", UNSET)

        legacy_creditor = cls(
            idnumber=idnumber,
            parentidnumber=parentidnumber,
            onlydebtcollection=onlydebtcollection,
            vattype=vattype,
            fullname=fullname,
            street=street,
            city=city,
            zipcode=zipcode,
            countrycode=countrycode,
            bankaccountno=bankaccountno,
            contact=contact,
            casehandler=casehandler,
            sourceid=sourceid,
            reminderflow=reminderflow,
            debtcollectiontransfer=debtcollectiontransfer,
            invoicearchive=invoicearchive,
            hasforeigndebtors=hasforeigndebtors,
            hasforeigncurrency=hasforeigncurrency,
            disabled=disabled,
            lastsettlementid=lastsettlementid,
        )

        legacy_creditor.additional_properties = d
        return legacy_creditor

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
