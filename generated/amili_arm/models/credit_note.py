from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="CreditNote")


@_attrs_define(repr=False)
class CreditNote(_AmiliModel):
    """Credit note to create against the AR item.

    Attributes:
        document_no (str | Unset):
        document_date (datetime.date | Unset):
        currency_amounts (CurrencyAmounts | Unset): Amounts in the document currency.
        ledger_note (str | Unset):
    """

    document_no: str | Unset = UNSET
    document_date: datetime.date | Unset = UNSET
    currency_amounts: CurrencyAmounts | Unset = UNSET
    ledger_note: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_no = self.document_no

        document_date: str | Unset = UNSET
        if not isinstance(self.document_date, Unset):
            document_date = (
                self.document_date.isoformat(
                    timespec="seconds"
                    if not self.document_date.microsecond
                    else "milliseconds"
                    if not self.document_date.microsecond % 1000
                    else "microseconds"
                ).replace("+00:00", "Z")
                if isinstance(self.document_date, datetime.datetime)
                else self.document_date.isoformat()
            )

        currency_amounts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency_amounts, Unset):
            currency_amounts = self.currency_amounts.to_dict()

        ledger_note = self.ledger_note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if document_no is not UNSET:
            field_dict["documentNo"] = document_no
        if document_date is not UNSET:
            field_dict["documentDate"] = document_date
        if currency_amounts is not UNSET:
            field_dict["currencyAmounts"] = currency_amounts
        if ledger_note is not UNSET:
            field_dict["ledgerNote"] = ledger_note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        document_no = d.pop("documentNo", UNSET)
        if not isinstance(document_no, (str, Unset)):
            raise TypeError("documentNo: expected a string, got " + type(document_no).__name__)

        _document_date = d.pop("documentDate", UNSET)
        document_date: datetime.date | Unset
        if isinstance(_document_date, Unset):
            document_date = UNSET
        else:
            document_date = datetime.date.fromisoformat(_document_date)

        _currency_amounts = d.pop("currencyAmounts", UNSET)
        currency_amounts: CurrencyAmounts | Unset
        if isinstance(_currency_amounts, Unset):
            currency_amounts = UNSET
        else:
            currency_amounts = CurrencyAmounts.from_dict(_currency_amounts)

        ledger_note = d.pop("ledgerNote", UNSET)
        if not isinstance(ledger_note, (str, Unset)):
            raise TypeError("ledgerNote: expected a string, got " + type(ledger_note).__name__)

        credit_note = cls(
            document_no=document_no,
            document_date=document_date,
            currency_amounts=currency_amounts,
            ledger_note=ledger_note,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        credit_note.additional_properties = additional_properties
        return credit_note

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


from ..models.currency_amounts import CurrencyAmounts
