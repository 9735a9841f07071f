from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.legacy_case_history import LegacyCaseHistory
    from ..models.legacy_payment_details import LegacyPaymentDetails


T = TypeVar("T", bound="LegacyCase")


@_attrs_define
class LegacyCase:
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
        field_dict.update({})
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
        from ..models.legacy_case_history import LegacyCaseHistory
        from ..models.legacy_payment_details import LegacyPaymentDetails

        d = dict(src_dict)
        customerref = d.pop("customerref", UNSET)

        customername = d.pop("customername", UNSET)

        ledgerref = d.pop("ledgerref", UNSET)

        referencenumber = d.pop("referencenumber", UNSET)

        casenumber = d.pop("casenumber", UNSET)

        currencycode = d.pop("currencycode", UNSET)

        regdate = d.pop("regdate", UNSET)

        closuredate = d.pop("closuredate", UNSET)

        isdebtcollection = d.pop("isdebtcollection", UNSET)

        billdate = d.pop("billdate", UNSET)

        duedate = d.pop("duedate", UNSET)

        originalsum = d.pop("originalsum", UNSET)

        paidsum = d.pop("paidsum", UNSET)

        remainingsum = d.pop("remainingsum", UNSET)

        originalprincipal = d.pop("originalprincipal", UNSET)

        paidprincipal = d.pop("paidprincipal", UNSET)

        remainingprincipal = d.pop("remainingprincipal", UNSET)

        originalfee = d.pop("originalfee", UNSET)

        paidfee = d.pop("paidfee", UNSET)

        remainingfee = d.pop("remainingfee", UNSET)

        originalinterest = d.pop("originalinterest", UNSET)

        paidinterest = d.pop("paidinterest", UNSET)

        remaininginterest = d.pop("remaininginterest", UNSET)

        service_description = d.pop("service_description", UNSET)

        status_statuscode = d.pop("status_statuscode", UNSET)

        reminders = d.pop("reminders", UNSET)

        debtcollectionlist = d.pop("debtcollectionlist", UNSET)

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

        legacy_case.additional_properties = d
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
