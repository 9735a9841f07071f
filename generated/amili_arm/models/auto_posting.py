from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutoPosting")


@_attrs_define
class AutoPosting:
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
            posting_date = self.posting_date.isoformat()

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
        field_dict.update({})
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

        _posting_date = d.pop("postingDate", UNSET)
        posting_date: datetime.date | Unset
        if isinstance(_posting_date, Unset):
            posting_date = UNSET
        else:
            posting_date = datetime.date.fromisoformat(_posting_date)

        customer_no = d.pop("customerNo", UNSET)

        document_no = d.pop("documentNo", UNSET)

        kid = d.pop("kid", UNSET)

        currency = d.pop("currency", UNSET)

        amount = d.pop("amount", UNSET)

        text = d.pop("text", UNSET)

        options = cast(list[str], d.pop("options", UNSET))

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

        auto_posting.additional_properties = d
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
