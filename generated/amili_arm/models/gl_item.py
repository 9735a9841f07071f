from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="GlItem")


@_attrs_define(repr=False)
class GlItem(_AmiliModel):
    """
    Attributes:
        gl_item_id (int | Unset):
        client_no (int | Unset):
        gl_year (int | Unset):
        gl_period (int | Unset):
        gl_account_no (str | Unset):
        posting_date (datetime.date | Unset):
        voucher_no (str | Unset):
        text (str | Unset):
        currency (str | Unset):
        amount (float | Unset):
        ar_item_id (int | Unset):
        document_no (str | Unset):
    """

    gl_item_id: int | Unset = UNSET
    client_no: int | Unset = UNSET
    gl_year: int | Unset = UNSET
    gl_period: int | Unset = UNSET
    gl_account_no: str | Unset = UNSET
    posting_date: datetime.date | Unset = UNSET
    voucher_no: str | Unset = UNSET
    text: str | Unset = UNSET
    currency: str | Unset = UNSET
    amount: float | Unset = UNSET
    ar_item_id: int | Unset = UNSET
    document_no: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gl_item_id = self.gl_item_id

        client_no = self.client_no

        gl_year = self.gl_year

        gl_period = self.gl_period

        gl_account_no = self.gl_account_no

        posting_date: str | Unset = UNSET
        if not isinstance(self.posting_date, Unset):
            posting_date = (
                self.posting_date.isoformat(
                    timespec="seconds"
                    if not self.posting_date.microsecond
                    else "milliseconds"
                    if not self.posting_date.microsecond % 1000
                    else "microseconds"
                ).replace("+00:00", "Z")
                if isinstance(self.posting_date, datetime.datetime)
                else self.posting_date.isoformat()
            )

        voucher_no = self.voucher_no

        text = self.text

        currency = self.currency

        amount = self.amount

        ar_item_id = self.ar_item_id

        document_no = self.document_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if gl_item_id is not UNSET:
            field_dict["glItemId"] = gl_item_id
        if client_no is not UNSET:
            field_dict["clientNo"] = client_no
        if gl_year is not UNSET:
            field_dict["glYear"] = gl_year
        if gl_period is not UNSET:
            field_dict["glPeriod"] = gl_period
        if gl_account_no is not UNSET:
            field_dict["glAccountNo"] = gl_account_no
        if posting_date is not UNSET:
            field_dict["postingDate"] = posting_date
        if voucher_no is not UNSET:
            field_dict["voucherNo"] = voucher_no
        if text is not UNSET:
            field_dict["text"] = text
        if currency is not UNSET:
            field_dict["currency"] = currency
        if amount is not UNSET:
            field_dict["amount"] = amount
        if ar_item_id is not UNSET:
            field_dict["arItemId"] = ar_item_id
        if document_no is not UNSET:
            field_dict["documentNo"] = document_no

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        gl_item_id = d.pop("glItemId", UNSET)
        if not isinstance(gl_item_id, Unset) and not (isinstance(gl_item_id, int) and not isinstance(gl_item_id, bool)):
            raise TypeError("glItemId: expected an integer, got " + type(gl_item_id).__name__)

        client_no = d.pop("clientNo", UNSET)
        if not isinstance(client_no, Unset) and not (isinstance(client_no, int) and not isinstance(client_no, bool)):
            raise TypeError("clientNo: expected an integer, got " + type(client_no).__name__)

        gl_year = d.pop("glYear", UNSET)
        if not isinstance(gl_year, Unset) and not (isinstance(gl_year, int) and not isinstance(gl_year, bool)):
            raise TypeError("glYear: expected an integer, got " + type(gl_year).__name__)

        gl_period = d.pop("glPeriod", UNSET)
        if not isinstance(gl_period, Unset) and not (isinstance(gl_period, int) and not isinstance(gl_period, bool)):
            raise TypeError("glPeriod: expected an integer, got " + type(gl_period).__name__)

        gl_account_no = d.pop("glAccountNo", UNSET)
        if not isinstance(gl_account_no, (str, Unset)):
            raise TypeError("glAccountNo: expected a string, got " + type(gl_account_no).__name__)

        _posting_date = d.pop("postingDate", UNSET)
        posting_date: datetime.date | Unset
        if isinstance(_posting_date, Unset):
            posting_date = UNSET
        else:
            posting_date = datetime.date.fromisoformat(_posting_date)

        voucher_no = d.pop("voucherNo", UNSET)
        if not isinstance(voucher_no, (str, Unset)):
            raise TypeError("voucherNo: expected a string, got " + type(voucher_no).__name__)

        text = d.pop("text", UNSET)
        if not isinstance(text, (str, Unset)):
            raise TypeError("text: expected a string, got " + type(text).__name__)

        currency = d.pop("currency", UNSET)
        if not isinstance(currency, (str, Unset)):
            raise TypeError("currency: expected a string, got " + type(currency).__name__)

        amount = d.pop("amount", UNSET)
        if not isinstance(amount, Unset) and not (isinstance(amount, (int, float)) and not isinstance(amount, bool)):
            raise TypeError("amount: expected a number, got " + type(amount).__name__)

        ar_item_id = d.pop("arItemId", UNSET)
        if not isinstance(ar_item_id, Unset) and not (isinstance(ar_item_id, int) and not isinstance(ar_item_id, bool)):
            raise TypeError("arItemId: expected an integer, got " + type(ar_item_id).__name__)

        document_no = d.pop("documentNo", UNSET)
        if not isinstance(document_no, (str, Unset)):
            raise TypeError("documentNo: expected a string, got " + type(document_no).__name__)

        gl_item = cls(
            gl_item_id=gl_item_id,
            client_no=client_no,
            gl_year=gl_year,
            gl_period=gl_period,
            gl_account_no=gl_account_no,
            posting_date=posting_date,
            voucher_no=voucher_no,
            text=text,
            currency=currency,
            amount=amount,
            ar_item_id=ar_item_id,
            document_no=document_no,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        gl_item.additional_properties = additional_properties
        return gl_item

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
