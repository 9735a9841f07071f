from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="ArItem")


@_attrs_define(repr=False)
class ArItem(_AmiliModel):
    """One AR (kundereskontro) item; fields inferred from the documents/customers vocabulary.

    Attributes:
        ar_item_id (int | Unset):
        client_no (int | Unset):
        account_no (int | Unset):
        customer_no (str | Unset):
        document_no (str | Unset):
        document_type (str | Unset):
        reference_no (int | Unset):
        document_bundle_id (int | Unset):
        kid (str | Unset):
        document_date (datetime.date | Unset):
        due_date (datetime.date | Unset):
        currency (str | Unset):
        currency_amounts (CurrencyAmounts | Unset): Amounts in the document currency.
        remaining_amount (float | Unset):
        status (str | Unset):
        gl_year (int | Unset):
        gl_period (int | Unset):
        ledger_note (str | Unset):
    """

    ar_item_id: int | Unset = UNSET
    client_no: int | Unset = UNSET
    account_no: int | Unset = UNSET
    customer_no: str | Unset = UNSET
    document_no: str | Unset = UNSET
    document_type: str | Unset = UNSET
    reference_no: int | Unset = UNSET
    document_bundle_id: int | Unset = UNSET
    kid: str | Unset = UNSET
    document_date: datetime.date | Unset = UNSET
    due_date: datetime.date | Unset = UNSET
    currency: str | Unset = UNSET
    currency_amounts: CurrencyAmounts | Unset = UNSET
    remaining_amount: float | Unset = UNSET
    status: str | Unset = UNSET
    gl_year: int | Unset = UNSET
    gl_period: int | Unset = UNSET
    ledger_note: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ar_item_id = self.ar_item_id

        client_no = self.client_no

        account_no = self.account_no

        customer_no = self.customer_no

        document_no = self.document_no

        document_type = self.document_type

        reference_no = self.reference_no

        document_bundle_id = self.document_bundle_id

        kid = self.kid

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

        currency = self.currency

        currency_amounts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency_amounts, Unset):
            currency_amounts = self.currency_amounts.to_dict()

        remaining_amount = self.remaining_amount

        status = self.status

        gl_year = self.gl_year

        gl_period = self.gl_period

        ledger_note = self.ledger_note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if ar_item_id is not UNSET:
            field_dict["arItemId"] = ar_item_id
        if client_no is not UNSET:
            field_dict["clientNo"] = client_no
        if account_no is not UNSET:
            field_dict["accountNo"] = account_no
        if customer_no is not UNSET:
            field_dict["customerNo"] = customer_no
        if document_no is not UNSET:
            field_dict["documentNo"] = document_no
        if document_type is not UNSET:
            field_dict["documentType"] = document_type
        if reference_no is not UNSET:
            field_dict["referenceNo"] = reference_no
        if document_bundle_id is not UNSET:
            field_dict["documentBundleId"] = document_bundle_id
        if kid is not UNSET:
            field_dict["kid"] = kid
        if document_date is not UNSET:
            field_dict["documentDate"] = document_date
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if currency is not UNSET:
            field_dict["currency"] = currency
        if currency_amounts is not UNSET:
            field_dict["currencyAmounts"] = currency_amounts
        if remaining_amount is not UNSET:
            field_dict["remainingAmount"] = remaining_amount
        if status is not UNSET:
            field_dict["status"] = status
        if gl_year is not UNSET:
            field_dict["glYear"] = gl_year
        if gl_period is not UNSET:
            field_dict["glPeriod"] = gl_period
        if ledger_note is not UNSET:
            field_dict["ledgerNote"] = ledger_note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ar_item_id = d.pop("arItemId", UNSET)
        if not isinstance(ar_item_id, Unset) and not (isinstance(ar_item_id, int) and not isinstance(ar_item_id, bool)):
            raise TypeError("arItemId: expected an integer, got " + type(ar_item_id).__name__)

        client_no = d.pop("clientNo", UNSET)
        if not isinstance(client_no, Unset) and not (isinstance(client_no, int) and not isinstance(client_no, bool)):
            raise TypeError("clientNo: expected an integer, got " + type(client_no).__name__)

        account_no = d.pop("accountNo", UNSET)
        if not isinstance(account_no, Unset) and not (isinstance(account_no, int) and not isinstance(account_no, bool)):
            raise TypeError("accountNo: expected an integer, got " + type(account_no).__name__)

        customer_no = d.pop("customerNo", UNSET)
        if not isinstance(customer_no, (str, Unset)):
            raise TypeError("customerNo: expected a string, got " + type(customer_no).__name__)

        document_no = d.pop("documentNo", UNSET)
        if not isinstance(document_no, (str, Unset)):
            raise TypeError("documentNo: expected a string, got " + type(document_no).__name__)

        document_type = d.pop("documentType", UNSET)
        if not isinstance(document_type, (str, Unset)):
            raise TypeError("documentType: expected a string, got " + type(document_type).__name__)

        reference_no = d.pop("referenceNo", UNSET)
        if not isinstance(reference_no, Unset) and not (
            isinstance(reference_no, int) and not isinstance(reference_no, bool)
        ):
            raise TypeError("referenceNo: expected an integer, got " + type(reference_no).__name__)

        document_bundle_id = d.pop("documentBundleId", UNSET)
        if not isinstance(document_bundle_id, Unset) and not (
            isinstance(document_bundle_id, int) and not isinstance(document_bundle_id, bool)
        ):
            raise TypeError("documentBundleId: expected an integer, got " + type(document_bundle_id).__name__)

        kid = d.pop("kid", UNSET)
        if not isinstance(kid, (str, Unset)):
            raise TypeError("kid: expected a string, got " + type(kid).__name__)

        _document_date = d.pop("documentDate", UNSET)
        document_date: datetime.date | Unset
        if isinstance(_document_date, Unset):
            document_date = UNSET
        else:
            document_date = datetime.date.fromisoformat(_document_date)

        _due_date = d.pop("dueDate", UNSET)
        due_date: datetime.date | Unset
        if isinstance(_due_date, Unset):
            due_date = UNSET
        else:
            due_date = datetime.date.fromisoformat(_due_date)

        currency = d.pop("currency", UNSET)
        if not isinstance(currency, (str, Unset)):
            raise TypeError("currency: expected a string, got " + type(currency).__name__)

        _currency_amounts = d.pop("currencyAmounts", UNSET)
        currency_amounts: CurrencyAmounts | Unset
        if isinstance(_currency_amounts, Unset):
            currency_amounts = UNSET
        else:
            currency_amounts = CurrencyAmounts.from_dict(_currency_amounts)

        remaining_amount = d.pop("remainingAmount", UNSET)
        if not isinstance(remaining_amount, Unset) and not (
            isinstance(remaining_amount, (int, float)) and not isinstance(remaining_amount, bool)
        ):
            raise TypeError("remainingAmount: expected a number, got " + type(remaining_amount).__name__)

        status = d.pop("status", UNSET)
        if not isinstance(status, (str, Unset)):
            raise TypeError("status: expected a string, got " + type(status).__name__)

        gl_year = d.pop("glYear", UNSET)
        if not isinstance(gl_year, Unset) and not (isinstance(gl_year, int) and not isinstance(gl_year, bool)):
            raise TypeError("glYear: expected an integer, got " + type(gl_year).__name__)

        gl_period = d.pop("glPeriod", UNSET)
        if not isinstance(gl_period, Unset) and not (isinstance(gl_period, int) and not isinstance(gl_period, bool)):
            raise TypeError("glPeriod: expected an integer, got " + type(gl_period).__name__)

        ledger_note = d.pop("ledgerNote", UNSET)
        if not isinstance(ledger_note, (str, Unset)):
            raise TypeError("ledgerNote: expected a string, got " + type(ledger_note).__name__)

        ar_item = cls(
            ar_item_id=ar_item_id,
            client_no=client_no,
            account_no=account_no,
            customer_no=customer_no,
            document_no=document_no,
            document_type=document_type,
            reference_no=reference_no,
            document_bundle_id=document_bundle_id,
            kid=kid,
            document_date=document_date,
            due_date=due_date,
            currency=currency,
            currency_amounts=currency_amounts,
            remaining_amount=remaining_amount,
            status=status,
            gl_year=gl_year,
            gl_period=gl_period,
            ledger_note=ledger_note,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        ar_item.additional_properties = additional_properties
        return ar_item

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
