from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="ArItemUpdate")


@_attrs_define(repr=False)
class ArItemUpdate(_AmiliModel):
    """Changes to an existing AR item, identified by `arItemId` or `documentNo`. Set `creditNote` to credit an
    invoice or interest note.

        Attributes:
            ar_item_id (int | Unset):
            document_no (str | Unset):
            due_date (datetime.date | Unset):
            kid (str | Unset):
            ledger_note (str | Unset):
            stop_reminder_until (datetime.date | Unset):
            stop_reminder_memo (str | Unset):
            stop_debt_collection_until (datetime.date | Unset):
            stop_debt_collection_memo (str | Unset):
            stop_interest_calc_until (datetime.date | Unset):
            stop_interest_calc_memo (str | Unset):
            credit_note (CreditNote | Unset): Credit note to create against the AR item.
    """

    ar_item_id: int | Unset = UNSET
    document_no: str | Unset = UNSET
    due_date: datetime.date | Unset = UNSET
    kid: str | Unset = UNSET
    ledger_note: str | Unset = UNSET
    stop_reminder_until: datetime.date | Unset = UNSET
    stop_reminder_memo: str | Unset = UNSET
    stop_debt_collection_until: datetime.date | Unset = UNSET
    stop_debt_collection_memo: str | Unset = UNSET
    stop_interest_calc_until: datetime.date | Unset = UNSET
    stop_interest_calc_memo: str | Unset = UNSET
    credit_note: CreditNote | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ar_item_id = self.ar_item_id

        document_no = self.document_no

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = (
                self.due_date.isoformat(
                    timespec="seconds"
                    if not self.due_date.microsecond
                    else "milliseconds"
                    if not self.due_date.microsecond % 1000
                    else "microseconds"
                ).replace("+00:00", "Z")
                if isinstance(self.due_date, datetime.datetime)
                else self.due_date.isoformat()
            )

        kid = self.kid

        ledger_note = self.ledger_note

        stop_reminder_until: str | Unset = UNSET
        if not isinstance(self.stop_reminder_until, Unset):
            stop_reminder_until = (
                self.stop_reminder_until.isoformat(
                    timespec="seconds"
                    if not self.stop_reminder_until.microsecond
                    else "milliseconds"
                    if not self.stop_reminder_until.microsecond % 1000
                    else "microseconds"
                ).replace("+00:00", "Z")
                if isinstance(self.stop_reminder_until, datetime.datetime)
                else self.stop_reminder_until.isoformat()
            )

        stop_reminder_memo = self.stop_reminder_memo

        stop_debt_collection_until: str | Unset = UNSET
        if not isinstance(self.stop_debt_collection_until, Unset):
            stop_debt_collection_until = (
                self.stop_debt_collection_until.isoformat(
                    timespec="seconds"
                    if not self.stop_debt_collection_until.microsecond
                    else "milliseconds"
                    if not self.stop_debt_collection_until.microsecond % 1000
                    else "microseconds"
                ).replace("+00:00", "Z")
                if isinstance(self.stop_debt_collection_until, datetime.datetime)
                else self.stop_debt_collection_until.isoformat()
            )

        stop_debt_collection_memo = self.stop_debt_collection_memo

        stop_interest_calc_until: str | Unset = UNSET
        if not isinstance(self.stop_interest_calc_until, Unset):
            stop_interest_calc_until = (
                self.stop_interest_calc_until.isoformat(
                    timespec="seconds"
                    if not self.stop_interest_calc_until.microsecond
                    else "milliseconds"
                    if not self.stop_interest_calc_until.microsecond % 1000
                    else "microseconds"
                ).replace("+00:00", "Z")
                if isinstance(self.stop_interest_calc_until, datetime.datetime)
                else self.stop_interest_calc_until.isoformat()
            )

        stop_interest_calc_memo = self.stop_interest_calc_memo

        credit_note: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_note, Unset):
            credit_note = self.credit_note.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if ar_item_id is not UNSET:
            field_dict["arItemId"] = ar_item_id
        if document_no is not UNSET:
            field_dict["documentNo"] = document_no
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if kid is not UNSET:
            field_dict["kid"] = kid
        if ledger_note is not UNSET:
            field_dict["ledgerNote"] = ledger_note
        if stop_reminder_until is not UNSET:
            field_dict["stopReminderUntil"] = stop_reminder_until
        if stop_reminder_memo is not UNSET:
            field_dict["stopReminderMemo"] = stop_reminder_memo
        if stop_debt_collection_until is not UNSET:
            field_dict["stopDebtCollectionUntil"] = stop_debt_collection_until
        if stop_debt_collection_memo is not UNSET:
            field_dict["stopDebtCollectionMemo"] = stop_debt_collection_memo
        if stop_interest_calc_until is not UNSET:
            field_dict["stopInterestCalcUntil"] = stop_interest_calc_until
        if stop_interest_calc_memo is not UNSET:
            field_dict["stopInterestCalcMemo"] = stop_interest_calc_memo
        if credit_note is not UNSET:
            field_dict["creditNote"] = credit_note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ar_item_id = d.pop("arItemId", UNSET)
        if not isinstance(ar_item_id, Unset) and not (isinstance(ar_item_id, int) and not isinstance(ar_item_id, bool)):
            raise TypeError("arItemId: expected an integer, got " + type(ar_item_id).__name__)

        document_no = d.pop("documentNo", UNSET)
        if not isinstance(document_no, (str, Unset)):
            raise TypeError("documentNo: expected a string, got " + type(document_no).__name__)

        _due_date = d.pop("dueDate", UNSET)
        due_date: datetime.date | Unset
        if isinstance(_due_date, Unset):
            due_date = UNSET
        else:
            due_date = datetime.date.fromisoformat(_due_date)

        kid = d.pop("kid", UNSET)
        if not isinstance(kid, (str, Unset)):
            raise TypeError("kid: expected a string, got " + type(kid).__name__)

        ledger_note = d.pop("ledgerNote", UNSET)
        if not isinstance(ledger_note, (str, Unset)):
            raise TypeError("ledgerNote: expected a string, got " + type(ledger_note).__name__)

        _stop_reminder_until = d.pop("stopReminderUntil", UNSET)
        stop_reminder_until: datetime.date | Unset
        if isinstance(_stop_reminder_until, Unset):
            stop_reminder_until = UNSET
        else:
            stop_reminder_until = datetime.date.fromisoformat(_stop_reminder_until)

        stop_reminder_memo = d.pop("stopReminderMemo", UNSET)
        if not isinstance(stop_reminder_memo, (str, Unset)):
            raise TypeError("stopReminderMemo: expected a string, got " + type(stop_reminder_memo).__name__)

        _stop_debt_collection_until = d.pop("stopDebtCollectionUntil", UNSET)
        stop_debt_collection_until: datetime.date | Unset
        if isinstance(_stop_debt_collection_until, Unset):
            stop_debt_collection_until = UNSET
        else:
            stop_debt_collection_until = datetime.date.fromisoformat(_stop_debt_collection_until)

        stop_debt_collection_memo = d.pop("stopDebtCollectionMemo", UNSET)
        if not isinstance(stop_debt_collection_memo, (str, Unset)):
            raise TypeError(
                "stopDebtCollectionMemo: expected a string, got " + type(stop_debt_collection_memo).__name__
            )

        _stop_interest_calc_until = d.pop("stopInterestCalcUntil", UNSET)
        stop_interest_calc_until: datetime.date | Unset
        if isinstance(_stop_interest_calc_until, Unset):
            stop_interest_calc_until = UNSET
        else:
            stop_interest_calc_until = datetime.date.fromisoformat(_stop_interest_calc_until)

        stop_interest_calc_memo = d.pop("stopInterestCalcMemo", UNSET)
        if not isinstance(stop_interest_calc_memo, (str, Unset)):
            raise TypeError("stopInterestCalcMemo: expected a string, got " + type(stop_interest_calc_memo).__name__)

        _credit_note = d.pop("creditNote", UNSET)
        credit_note: CreditNote | Unset
        if isinstance(_credit_note, Unset):
            credit_note = UNSET
        else:
            credit_note = CreditNote.from_dict(_credit_note)

        ar_item_update = cls(
            ar_item_id=ar_item_id,
            document_no=document_no,
            due_date=due_date,
            kid=kid,
            ledger_note=ledger_note,
            stop_reminder_until=stop_reminder_until,
            stop_reminder_memo=stop_reminder_memo,
            stop_debt_collection_until=stop_debt_collection_until,
            stop_debt_collection_memo=stop_debt_collection_memo,
            stop_interest_calc_until=stop_interest_calc_until,
            stop_interest_calc_memo=stop_interest_calc_memo,
            credit_note=credit_note,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        ar_item_update.additional_properties = additional_properties
        return ar_item_update

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


from ..models.credit_note import CreditNote
