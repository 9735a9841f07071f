from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="LegacyCreditor")


@_attrs_define(repr=False)
class LegacyCreditor(_AmiliModel):
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
        d = dict(src_dict)
        idnumber = d.pop("idnumber", UNSET)
        if not isinstance(idnumber, (str, Unset)):
            raise TypeError("idnumber: expected a string, got " + type(idnumber).__name__)

        parentidnumber = d.pop("parentidnumber", UNSET)
        if not isinstance(parentidnumber, (str, Unset)):
            raise TypeError("parentidnumber: expected a string, got " + type(parentidnumber).__name__)

        onlydebtcollection = d.pop("onlydebtcollection", UNSET)
        if not isinstance(onlydebtcollection, Unset) and not (isinstance(onlydebtcollection, bool)):
            raise TypeError("onlydebtcollection: expected a boolean, got " + type(onlydebtcollection).__name__)

        vattype = d.pop("vattype", UNSET)
        if not isinstance(vattype, Unset) and not (isinstance(vattype, int) and not isinstance(vattype, bool)):
            raise TypeError("vattype: expected an integer, got " + type(vattype).__name__)

        fullname = d.pop("fullname", UNSET)
        if not isinstance(fullname, (str, Unset)):
            raise TypeError("fullname: expected a string, got " + type(fullname).__name__)

        street = d.pop("street", UNSET)
        if not isinstance(street, (str, Unset)):
            raise TypeError("street: expected a string, got " + type(street).__name__)

        city = d.pop("city", UNSET)
        if not isinstance(city, (str, Unset)):
            raise TypeError("city: expected a string, got " + type(city).__name__)

        zipcode = d.pop("zipcode", UNSET)
        if not isinstance(zipcode, (str, Unset)):
            raise TypeError("zipcode: expected a string, got " + type(zipcode).__name__)

        countrycode = d.pop("countrycode", UNSET)
        if not isinstance(countrycode, (str, Unset)):
            raise TypeError("countrycode: expected a string, got " + type(countrycode).__name__)

        bankaccountno = d.pop("bankaccountno", UNSET)
        if not isinstance(bankaccountno, (str, Unset)):
            raise TypeError("bankaccountno: expected a string, got " + type(bankaccountno).__name__)

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
        if not isinstance(sourceid, Unset) and not (isinstance(sourceid, int) and not isinstance(sourceid, bool)):
            raise TypeError("sourceid: expected an integer, got " + type(sourceid).__name__)

        reminderflow = d.pop("reminderflow", UNSET)
        if not isinstance(reminderflow, Unset) and not (
            isinstance(reminderflow, int) and not isinstance(reminderflow, bool)
        ):
            raise TypeError("reminderflow: expected an integer, got " + type(reminderflow).__name__)

        debtcollectiontransfer = d.pop("debtcollectiontransfer", UNSET)
        if not isinstance(debtcollectiontransfer, Unset) and not (
            isinstance(debtcollectiontransfer, int) and not isinstance(debtcollectiontransfer, bool)
        ):
            raise TypeError("debtcollectiontransfer: expected an integer, got " + type(debtcollectiontransfer).__name__)

        invoicearchive = d.pop("invoicearchive", UNSET)
        if not isinstance(invoicearchive, Unset) and not (
            isinstance(invoicearchive, int) and not isinstance(invoicearchive, bool)
        ):
            raise TypeError("invoicearchive: expected an integer, got " + type(invoicearchive).__name__)

        hasforeigndebtors = d.pop("hasforeigndebtors", UNSET)
        if not isinstance(hasforeigndebtors, Unset) and not (isinstance(hasforeigndebtors, bool)):
            raise TypeError("hasforeigndebtors: expected a boolean, got " + type(hasforeigndebtors).__name__)

        hasforeigncurrency = d.pop("hasforeigncurrency", UNSET)
        if not isinstance(hasforeigncurrency, Unset) and not (isinstance(hasforeigncurrency, bool)):
            raise TypeError("hasforeigncurrency: expected a boolean, got " + type(hasforeigncurrency).__name__)

        disabled = d.pop("disabled", UNSET)
        if not isinstance(disabled, Unset) and not (isinstance(disabled, bool)):
            raise TypeError("disabled: expected a boolean, got " + type(disabled).__name__)

        lastsettlementid = d.pop("lastsettlementid", UNSET)
        if not isinstance(lastsettlementid, (str, Unset)):
            raise TypeError("lastsettlementid: expected a string, got " + type(lastsettlementid).__name__)

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

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        legacy_creditor.additional_properties = additional_properties
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


from ..models.legacy_contact import LegacyContact
