from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="LegacyCase")


@_attrs_define(repr=False)
class LegacyCase(_AmiliModel):
    """Older `case[]` shape (lower-case keys). The newest shape (`caseId`, `caseNumber`, `invoices[]`, `debtors[]`, …)
    uses different keys; those arrive as extra fields. Dates are kept as strings (format not documented).

        Attributes:
            customerref (str | Unset):
            customername (str | Unset):
            ledgerref (str | Unset):
            referencenumber (str | Unset):
            casenumber (str | Unset):
            currencycode (str | Unset):
            regdate (str | Unset):
            closuredate (str | Unset):
            isdebtcollection (bool | Unset):
            billdate (str | Unset):
            duedate (str | Unset):
            originalsum (float | Unset):
            paidsum (float | Unset):
            remainingsum (float | Unset):
            originalprincipal (float | Unset):
            paidprincipal (float | Unset):
            remainingprincipal (float | Unset):
            originalfee (float | Unset):
            paidfee (float | Unset):
            remainingfee (float | Unset):
            originalinterest (float | Unset):
            paidinterest (float | Unset):
            remaininginterest (float | Unset):
            service_description (str | Unset):
            status_statuscode (str | Unset):
            reminders (int | Unset):
            debtcollectionlist (int | Unset):
            history (list[LegacyCaseHistory] | Unset):
            payment_details (LegacyPaymentDetails | Unset):
    """

    customerref: str | Unset = UNSET
    customername: str | Unset = UNSET
    ledgerref: str | Unset = UNSET
    referencenumber: str | Unset = UNSET
    casenumber: str | Unset = UNSET
    currencycode: str | Unset = UNSET
    regdate: str | Unset = UNSET
    closuredate: str | Unset = UNSET
    isdebtcollection: bool | Unset = UNSET
    billdate: str | Unset = UNSET
    duedate: str | Unset = UNSET
    originalsum: float | Unset = UNSET
    paidsum: float | Unset = UNSET
    remainingsum: float | Unset = UNSET
    originalprincipal: float | Unset = UNSET
    paidprincipal: float | Unset = UNSET
    remainingprincipal: float | Unset = UNSET
    originalfee: float | Unset = UNSET
    paidfee: float | Unset = UNSET
    remainingfee: float | Unset = UNSET
    originalinterest: float | Unset = UNSET
    paidinterest: float | Unset = UNSET
    remaininginterest: float | Unset = UNSET
    service_description: str | Unset = UNSET
    status_statuscode: str | Unset = UNSET
    reminders: int | Unset = UNSET
    debtcollectionlist: int | Unset = UNSET
    history: list[LegacyCaseHistory] | Unset = UNSET
    payment_details: LegacyPaymentDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customerref = self.customerref

        customername = self.customername

        ledgerref = self.ledgerref

        referencenumber = self.referencenumber

        casenumber = self.casenumber

        currencycode = self.currencycode

        regdate = self.regdate

        closuredate = self.closuredate

        isdebtcollection = self.isdebtcollection

        billdate = self.billdate

        duedate = self.duedate

        originalsum = self.originalsum

        paidsum = self.paidsum

        remainingsum = self.remainingsum

        originalprincipal = self.originalprincipal

        paidprincipal = self.paidprincipal

        remainingprincipal = self.remainingprincipal

        originalfee = self.originalfee

        paidfee = self.paidfee

        remainingfee = self.remainingfee

        originalinterest = self.originalinterest

        paidinterest = self.paidinterest

        remaininginterest = self.remaininginterest

        service_description = self.service_description

        status_statuscode = self.status_statuscode

        reminders = self.reminders

        debtcollectionlist = self.debtcollectionlist

        history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.history, Unset):
            history = []
            for history_item_data in self.history:
                history_item = history_item_data.to_dict()
                history.append(history_item)

        payment_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_details, Unset):
            payment_details = self.payment_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if customerref is not UNSET:
            field_dict["customerref"] = customerref
        if customername is not UNSET:
            field_dict["customername"] = customername
        if ledgerref is not UNSET:
            field_dict["ledgerref"] = ledgerref
        if referencenumber is not UNSET:
            field_dict["referencenumber"] = referencenumber
        if casenumber is not UNSET:
            field_dict["casenumber"] = casenumber
        if currencycode is not UNSET:
            field_dict["currencycode"] = currencycode
        if regdate is not UNSET:
            field_dict["regdate"] = regdate
        if closuredate is not UNSET:
            field_dict["closuredate"] = closuredate
        if isdebtcollection is not UNSET:
            field_dict["isdebtcollection"] = isdebtcollection
        if billdate is not UNSET:
            field_dict["billdate"] = billdate
        if duedate is not UNSET:
            field_dict["duedate"] = duedate
        if originalsum is not UNSET:
            field_dict["originalsum"] = originalsum
        if paidsum is not UNSET:
            field_dict["paidsum"] = paidsum
        if remainingsum is not UNSET:
            field_dict["remainingsum"] = remainingsum
        if originalprincipal is not UNSET:
            field_dict["originalprincipal"] = originalprincipal
        if paidprincipal is not UNSET:
            field_dict["paidprincipal"] = paidprincipal
        if remainingprincipal is not UNSET:
            field_dict["remainingprincipal"] = remainingprincipal
        if originalfee is not UNSET:
            field_dict["originalfee"] = originalfee
        if paidfee is not UNSET:
            field_dict["paidfee"] = paidfee
        if remainingfee is not UNSET:
            field_dict["remainingfee"] = remainingfee
        if originalinterest is not UNSET:
            field_dict["originalinterest"] = originalinterest
        if paidinterest is not UNSET:
            field_dict["paidinterest"] = paidinterest
        if remaininginterest is not UNSET:
            field_dict["remaininginterest"] = remaininginterest
        if service_description is not UNSET:
            field_dict["service_description"] = service_description
        if status_statuscode is not UNSET:
            field_dict["status_statuscode"] = status_statuscode
        if reminders is not UNSET:
            field_dict["reminders"] = reminders
        if debtcollectionlist is not UNSET:
            field_dict["debtcollectionlist"] = debtcollectionlist
        if history is not UNSET:
            field_dict["history"] = history
        if payment_details is not UNSET:
            field_dict["paymentDetails"] = payment_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customerref = d.pop("customerref", UNSET)
        if not isinstance(customerref, (str, Unset)):
            raise TypeError("customerref: expected a string, got " + type(customerref).__name__)

        customername = d.pop("customername", UNSET)
        if not isinstance(customername, (str, Unset)):
            raise TypeError("customername: expected a string, got " + type(customername).__name__)

        ledgerref = d.pop("ledgerref", UNSET)
        if not isinstance(ledgerref, (str, Unset)):
            raise TypeError("ledgerref: expected a string, got " + type(ledgerref).__name__)

        referencenumber = d.pop("referencenumber", UNSET)
        if not isinstance(referencenumber, (str, Unset)):
            raise TypeError("referencenumber: expected a string, got " + type(referencenumber).__name__)

        casenumber = d.pop("casenumber", UNSET)
        if not isinstance(casenumber, (str, Unset)):
            raise TypeError("casenumber: expected a string, got " + type(casenumber).__name__)

        currencycode = d.pop("currencycode", UNSET)
        if not isinstance(currencycode, (str, Unset)):
            raise TypeError("currencycode: expected a string, got " + type(currencycode).__name__)

        regdate = d.pop("regdate", UNSET)
        if not isinstance(regdate, (str, Unset)):
            raise TypeError("regdate: expected a string, got " + type(regdate).__name__)

        closuredate = d.pop("closuredate", UNSET)
        if not isinstance(closuredate, (str, Unset)):
            raise TypeError("closuredate: expected a string, got " + type(closuredate).__name__)

        isdebtcollection = d.pop("isdebtcollection", UNSET)
        if not isinstance(isdebtcollection, Unset) and not (isinstance(isdebtcollection, bool)):
            raise TypeError("isdebtcollection: expected a boolean, got " + type(isdebtcollection).__name__)

        billdate = d.pop("billdate", UNSET)
        if not isinstance(billdate, (str, Unset)):
            raise TypeError("billdate: expected a string, got " + type(billdate).__name__)

        duedate = d.pop("duedate", UNSET)
        if not isinstance(duedate, (str, Unset)):
            raise TypeError("duedate: expected a string, got " + type(duedate).__name__)

        originalsum = d.pop("originalsum", UNSET)
        if not isinstance(originalsum, Unset) and not (
            isinstance(originalsum, (int, float)) and not isinstance(originalsum, bool)
        ):
            raise TypeError("originalsum: expected a number, got " + type(originalsum).__name__)

        paidsum = d.pop("paidsum", UNSET)
        if not isinstance(paidsum, Unset) and not (isinstance(paidsum, (int, float)) and not isinstance(paidsum, bool)):
            raise TypeError("paidsum: expected a number, got " + type(paidsum).__name__)

        remainingsum = d.pop("remainingsum", UNSET)
        if not isinstance(remainingsum, Unset) and not (
            isinstance(remainingsum, (int, float)) and not isinstance(remainingsum, bool)
        ):
            raise TypeError("remainingsum: expected a number, got " + type(remainingsum).__name__)

        originalprincipal = d.pop("originalprincipal", UNSET)
        if not isinstance(originalprincipal, Unset) and not (
            isinstance(originalprincipal, (int, float)) and not isinstance(originalprincipal, bool)
        ):
            raise TypeError("originalprincipal: expected a number, got " + type(originalprincipal).__name__)

        paidprincipal = d.pop("paidprincipal", UNSET)
        if not isinstance(paidprincipal, Unset) and not (
            isinstance(paidprincipal, (int, float)) and not isinstance(paidprincipal, bool)
        ):
            raise TypeError("paidprincipal: expected a number, got " + type(paidprincipal).__name__)

        remainingprincipal = d.pop("remainingprincipal", UNSET)
        if not isinstance(remainingprincipal, Unset) and not (
            isinstance(remainingprincipal, (int, float)) and not isinstance(remainingprincipal, bool)
        ):
            raise TypeError("remainingprincipal: expected a number, got " + type(remainingprincipal).__name__)

        originalfee = d.pop("originalfee", UNSET)
        if not isinstance(originalfee, Unset) and not (
            isinstance(originalfee, (int, float)) and not isinstance(originalfee, bool)
        ):
            raise TypeError("originalfee: expected a number, got " + type(originalfee).__name__)

        paidfee = d.pop("paidfee", UNSET)
        if not isinstance(paidfee, Unset) and not (isinstance(paidfee, (int, float)) and not isinstance(paidfee, bool)):
            raise TypeError("paidfee: expected a number, got " + type(paidfee).__name__)

        remainingfee = d.pop("remainingfee", UNSET)
        if not isinstance(remainingfee, Unset) and not (
            isinstance(remainingfee, (int, float)) and not isinstance(remainingfee, bool)
        ):
            raise TypeError("remainingfee: expected a number, got " + type(remainingfee).__name__)

        originalinterest = d.pop("originalinterest", UNSET)
        if not isinstance(originalinterest, Unset) and not (
            isinstance(originalinterest, (int, float)) and not isinstance(originalinterest, bool)
        ):
            raise TypeError("originalinterest: expected a number, got " + type(originalinterest).__name__)

        paidinterest = d.pop("paidinterest", UNSET)
        if not isinstance(paidinterest, Unset) and not (
            isinstance(paidinterest, (int, float)) and not isinstance(paidinterest, bool)
        ):
            raise TypeError("paidinterest: expected a number, got " + type(paidinterest).__name__)

        remaininginterest = d.pop("remaininginterest", UNSET)
        if not isinstance(remaininginterest, Unset) and not (
            isinstance(remaininginterest, (int, float)) and not isinstance(remaininginterest, bool)
        ):
            raise TypeError("remaininginterest: expected a number, got " + type(remaininginterest).__name__)

        service_description = d.pop("service_description", UNSET)
        if not isinstance(service_description, (str, Unset)):
            raise TypeError("service_description: expected a string, got " + type(service_description).__name__)

        status_statuscode = d.pop("status_statuscode", UNSET)
        if not isinstance(status_statuscode, (str, Unset)):
            raise TypeError("status_statuscode: expected a string, got " + type(status_statuscode).__name__)

        reminders = d.pop("reminders", UNSET)
        if not isinstance(reminders, Unset) and not (isinstance(reminders, int) and not isinstance(reminders, bool)):
            raise TypeError("reminders: expected an integer, got " + type(reminders).__name__)

        debtcollectionlist = d.pop("debtcollectionlist", UNSET)
        if not isinstance(debtcollectionlist, Unset) and not (
            isinstance(debtcollectionlist, int) and not isinstance(debtcollectionlist, bool)
        ):
            raise TypeError("debtcollectionlist: expected an integer, got " + type(debtcollectionlist).__name__)

        _history = d.pop("history", UNSET)
        history: list[LegacyCaseHistory] | Unset = UNSET
        if _history is not UNSET:
            history = []
            for history_item_data in _history:
                history_item = LegacyCaseHistory.from_dict(history_item_data)

                history.append(history_item)

        _payment_details = d.pop("paymentDetails", UNSET)
        payment_details: LegacyPaymentDetails | Unset
        if isinstance(_payment_details, Unset):
            payment_details = UNSET
        else:
            payment_details = LegacyPaymentDetails.from_dict(_payment_details)

        legacy_case = cls(
            customerref=customerref,
            customername=customername,
            ledgerref=ledgerref,
            referencenumber=referencenumber,
            casenumber=casenumber,
            currencycode=currencycode,
            regdate=regdate,
            closuredate=closuredate,
            isdebtcollection=isdebtcollection,
            billdate=billdate,
            duedate=duedate,
            originalsum=originalsum,
            paidsum=paidsum,
            remainingsum=remainingsum,
            originalprincipal=originalprincipal,
            paidprincipal=paidprincipal,
            remainingprincipal=remainingprincipal,
            originalfee=originalfee,
            paidfee=paidfee,
            remainingfee=remainingfee,
            originalinterest=originalinterest,
            paidinterest=paidinterest,
            remaininginterest=remaininginterest,
            service_description=service_description,
            status_statuscode=status_statuscode,
            reminders=reminders,
            debtcollectionlist=debtcollectionlist,
            history=history,
            payment_details=payment_details,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        legacy_case.additional_properties = additional_properties
        return legacy_case

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


from ..models.legacy_case_history import LegacyCaseHistory
from ..models.legacy_payment_details import LegacyPaymentDetails
