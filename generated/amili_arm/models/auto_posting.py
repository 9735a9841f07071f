from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="AutoPosting")


@_attrs_define(repr=False)
class AutoPosting(_AmiliModel):
    """One auto posting (compound debit/credit entries derived from one business event).

    Attributes:
        posting_id (str | Unset): Caller's id of the posting, echoed in the result.
        posting_date (datetime.date | Unset):
        customer_no (str | Unset):
        document_no (str | Unset):
        kid (str | Unset):
        currency (str | Unset):
        amount (float | Unset):
        text (str | Unset):
        options (list[str] | Unset): Posting options; `validateOnly` makes the whole batch a validation run.
    """

    posting_id: str | Unset = UNSET
    posting_date: datetime.date | Unset = UNSET
    customer_no: str | Unset = UNSET
    document_no: str | Unset = UNSET
    kid: str | Unset = UNSET
    currency: str | Unset = UNSET
    amount: float | Unset = UNSET
    text: str | Unset = UNSET
    options: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        posting_id = self.posting_id

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

        customer_no = self.customer_no

        document_no = self.document_no

        kid = self.kid

        currency = self.currency

        amount = self.amount

        text = self.text

        options: list[str] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if posting_id is not UNSET:
            field_dict["postingId"] = posting_id
        if posting_date is not UNSET:
            field_dict["postingDate"] = posting_date
        if customer_no is not UNSET:
            field_dict["customerNo"] = customer_no
        if document_no is not UNSET:
            field_dict["documentNo"] = document_no
        if kid is not UNSET:
            field_dict["kid"] = kid
        if currency is not UNSET:
            field_dict["currency"] = currency
        if amount is not UNSET:
            field_dict["amount"] = amount
        if text is not UNSET:
            field_dict["text"] = text
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        posting_id = d.pop("postingId", UNSET)
        if not isinstance(posting_id, (str, Unset)):
            raise TypeError("postingId: expected a string, got " + type(posting_id).__name__)

        _posting_date = d.pop("postingDate", UNSET)
        posting_date: datetime.date | Unset
        if isinstance(_posting_date, Unset):
            posting_date = UNSET
        else:
            posting_date = datetime.date.fromisoformat(_posting_date)

        customer_no = d.pop("customerNo", UNSET)
        if not isinstance(customer_no, (str, Unset)):
            raise TypeError("customerNo: expected a string, got " + type(customer_no).__name__)

        document_no = d.pop("documentNo", UNSET)
        if not isinstance(document_no, (str, Unset)):
            raise TypeError("documentNo: expected a string, got " + type(document_no).__name__)

        kid = d.pop("kid", UNSET)
        if not isinstance(kid, (str, Unset)):
            raise TypeError("kid: expected a string, got " + type(kid).__name__)

        currency = d.pop("currency", UNSET)
        if not isinstance(currency, (str, Unset)):
            raise TypeError("currency: expected a string, got " + type(currency).__name__)

        amount = d.pop("amount", UNSET)
        if not isinstance(amount, Unset) and not (isinstance(amount, (int, float)) and not isinstance(amount, bool)):
            raise TypeError("amount: expected a number, got " + type(amount).__name__)

        text = d.pop("text", UNSET)
        if not isinstance(text, (str, Unset)):
            raise TypeError("text: expected a string, got " + type(text).__name__)

        _options = d.pop("options", UNSET)
        options: list[str] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = options_item_data
                if not isinstance(options_item, str):
                    raise TypeError("options_item: expected a string, got " + type(options_item).__name__)

                options.append(options_item)

        auto_posting = cls(
            posting_id=posting_id,
            posting_date=posting_date,
            customer_no=customer_no,
            document_no=document_no,
            kid=kid,
            currency=currency,
            amount=amount,
            text=text,
            options=options,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        auto_posting.additional_properties = additional_properties
        return auto_posting

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
