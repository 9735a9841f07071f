from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_type import InvoiceType
from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="InvoiceCreate")


@_attrs_define(repr=False)
class InvoiceCreate(_AmiliModel):
    """One invoice to collect. Field list from the CreateInvoices example; required flags not documented.

    Attributes:
        type_ (InvoiceType | Unset): Values seen `NOTICE`, `PAYMENT_REMINDER`. Other values are valid (the list is not
            documented as complete); the SDK's enum parses them as unknown members.
        invoice_number (str | Unset):
        vat (bool | Unset):
        fees (bool | Unset):
        original_invoice_amount (float | Unset):
        currency (str | Unset): ISO 4217 code, e.g. `NOK`.
        invoice_date (datetime.date | datetime.datetime | Unset): A calendar date (`yyyy-MM-dd`) or a date-time: the
            documented CreateInvoices examples send both. The SDK
            sends exactly what it is given (a `date` as `2025-01-01`, a `datetime` as a date-time) and parses either.
        due_date (datetime.date | datetime.datetime | Unset): A calendar date (`yyyy-MM-dd`) or a date-time: the
            documented CreateInvoices examples send both. The SDK
            sends exactly what it is given (a `date` as `2025-01-01`, a `datetime` as a date-time) and parses either.
        collection_notice_date (datetime.date | datetime.datetime | Unset): A calendar date (`yyyy-MM-dd`) or a date-
            time: the documented CreateInvoices examples send both. The SDK
            sends exactly what it is given (a `date` as `2025-01-01`, a `datetime` as a date-time) and parses either.
        ocr_reference_number (str | Unset): KID / OCR reference.
        unique_source_invoice_id (str | Unset): Your own (ERP) id of the invoice.
        description (str | Unset):
        debtors (list[Debtor] | Unset):
        claims (list[Claim] | Unset):
    """

    type_: InvoiceType | Unset = UNSET
    invoice_number: str | Unset = UNSET
    vat: bool | Unset = UNSET
    fees: bool | Unset = UNSET
    original_invoice_amount: float | Unset = UNSET
    currency: str | Unset = UNSET
    invoice_date: datetime.date | datetime.datetime | Unset = UNSET
    due_date: datetime.date | datetime.datetime | Unset = UNSET
    collection_notice_date: datetime.date | datetime.datetime | Unset = UNSET
    ocr_reference_number: str | Unset = UNSET
    unique_source_invoice_id: str | Unset = UNSET
    description: str | Unset = UNSET
    debtors: list[Debtor] | Unset = UNSET
    claims: list[Claim] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        invoice_number = self.invoice_number

        vat = self.vat

        fees = self.fees

        original_invoice_amount = self.original_invoice_amount

        currency = self.currency

        invoice_date: str | Unset
        if isinstance(self.invoice_date, Unset):
            invoice_date = UNSET
        elif isinstance(self.invoice_date, datetime.date):
            invoice_date = (
                self.invoice_date.isoformat(
                    timespec="seconds"
                    if not self.invoice_date.microsecond
                    else "milliseconds"
                    if not self.invoice_date.microsecond % 1000
                    else "microseconds"
                ).replace("+00:00", "Z")
                if isinstance(self.invoice_date, datetime.datetime)
                else self.invoice_date.isoformat()
            )
        else:
            invoice_date = self.invoice_date.isoformat(
                timespec="seconds"
                if not self.invoice_date.microsecond
                else "milliseconds"
                if not self.invoice_date.microsecond % 1000
                else "microseconds"
            ).replace("+00:00", "Z")

        due_date: str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.date):
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
        else:
            due_date = self.due_date.isoformat(
                timespec="seconds"
                if not self.due_date.microsecond
                else "milliseconds"
                if not self.due_date.microsecond % 1000
                else "microseconds"
            ).replace("+00:00", "Z")

        collection_notice_date: str | Unset
        if isinstance(self.collection_notice_date, Unset):
            collection_notice_date = UNSET
        elif isinstance(self.collection_notice_date, datetime.date):
            collection_notice_date = (
                self.collection_notice_date.isoformat(
                    timespec="seconds"
                    if not self.collection_notice_date.microsecond
                    else "milliseconds"
                    if not self.collection_notice_date.microsecond % 1000
                    else "microseconds"
                ).replace("+00:00", "Z")
                if isinstance(self.collection_notice_date, datetime.datetime)
                else self.collection_notice_date.isoformat()
            )
        else:
            collection_notice_date = self.collection_notice_date.isoformat(
                timespec="seconds"
                if not self.collection_notice_date.microsecond
                else "milliseconds"
                if not self.collection_notice_date.microsecond % 1000
                else "microseconds"
            ).replace("+00:00", "Z")

        ocr_reference_number = self.ocr_reference_number

        unique_source_invoice_id = self.unique_source_invoice_id

        description = self.description

        debtors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.debtors, Unset):
            debtors = []
            for debtors_item_data in self.debtors:
                debtors_item = debtors_item_data.to_dict()
                debtors.append(debtors_item)

        claims: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.claims, Unset):
            claims = []
            for claims_item_data in self.claims:
                claims_item = claims_item_data.to_dict()
                claims.append(claims_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number
        if vat is not UNSET:
            field_dict["vat"] = vat
        if fees is not UNSET:
            field_dict["fees"] = fees
        if original_invoice_amount is not UNSET:
            field_dict["originalInvoiceAmount"] = original_invoice_amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if invoice_date is not UNSET:
            field_dict["invoiceDate"] = invoice_date
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if collection_notice_date is not UNSET:
            field_dict["collectionNoticeDate"] = collection_notice_date
        if ocr_reference_number is not UNSET:
            field_dict["ocrReferenceNumber"] = ocr_reference_number
        if unique_source_invoice_id is not UNSET:
            field_dict["uniqueSourceInvoiceId"] = unique_source_invoice_id
        if description is not UNSET:
            field_dict["description"] = description
        if debtors is not UNSET:
            field_dict["debtors"] = debtors
        if claims is not UNSET:
            field_dict["claims"] = claims

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: InvoiceType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = InvoiceType(_type_)

        invoice_number = d.pop("invoiceNumber", UNSET)
        if not isinstance(invoice_number, (str, Unset)):
            raise TypeError("invoiceNumber: expected a string, got " + type(invoice_number).__name__)

        vat = d.pop("vat", UNSET)
        if not isinstance(vat, Unset) and not (isinstance(vat, bool)):
            raise TypeError("vat: expected a boolean, got " + type(vat).__name__)

        fees = d.pop("fees", UNSET)
        if not isinstance(fees, Unset) and not (isinstance(fees, bool)):
            raise TypeError("fees: expected a boolean, got " + type(fees).__name__)

        original_invoice_amount = d.pop("originalInvoiceAmount", UNSET)
        if not isinstance(original_invoice_amount, Unset) and not (
            isinstance(original_invoice_amount, (int, float)) and not isinstance(original_invoice_amount, bool)
        ):
            raise TypeError("originalInvoiceAmount: expected a number, got " + type(original_invoice_amount).__name__)

        currency = d.pop("currency", UNSET)
        if not isinstance(currency, (str, Unset)):
            raise TypeError("currency: expected a string, got " + type(currency).__name__)

        invoice_date = d.pop("invoiceDate", UNSET)
        if not (isinstance(invoice_date, Unset)):

            def _parse_invoice_date(data: object) -> datetime.date | datetime.datetime | Unset:
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: datetime.date | datetime.datetime | Unset | None = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_date_or_date_time_type_0 = datetime.date.fromisoformat(data)

                    if not getattr(componentsschemas_date_or_date_time_type_0, "absent_fields", ()):
                        return componentsschemas_date_or_date_time_type_0
                    if _fallback is None:
                        _fallback = componentsschemas_date_or_date_time_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError("invoiceDate: unexpected type " + type(data).__name__)
                    componentsschemas_date_or_date_time_type_1 = datetime.datetime.fromisoformat(data)

                    if _fallback is None or not getattr(
                        componentsschemas_date_or_date_time_type_1, "absent_fields", ()
                    ):
                        return componentsschemas_date_or_date_time_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            invoice_date = _parse_invoice_date(invoice_date)

        due_date = d.pop("dueDate", UNSET)
        if not (isinstance(due_date, Unset)):

            def _parse_due_date(data: object) -> datetime.date | datetime.datetime | Unset:
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: datetime.date | datetime.datetime | Unset | None = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_date_or_date_time_type_0 = datetime.date.fromisoformat(data)

                    if not getattr(componentsschemas_date_or_date_time_type_0, "absent_fields", ()):
                        return componentsschemas_date_or_date_time_type_0
                    if _fallback is None:
                        _fallback = componentsschemas_date_or_date_time_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError("dueDate: unexpected type " + type(data).__name__)
                    componentsschemas_date_or_date_time_type_1 = datetime.datetime.fromisoformat(data)

                    if _fallback is None or not getattr(
                        componentsschemas_date_or_date_time_type_1, "absent_fields", ()
                    ):
                        return componentsschemas_date_or_date_time_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            due_date = _parse_due_date(due_date)

        collection_notice_date = d.pop("collectionNoticeDate", UNSET)
        if not (isinstance(collection_notice_date, Unset)):

            def _parse_collection_notice_date(data: object) -> datetime.date | datetime.datetime | Unset:
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: datetime.date | datetime.datetime | Unset | None = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_date_or_date_time_type_0 = datetime.date.fromisoformat(data)

                    if not getattr(componentsschemas_date_or_date_time_type_0, "absent_fields", ()):
                        return componentsschemas_date_or_date_time_type_0
                    if _fallback is None:
                        _fallback = componentsschemas_date_or_date_time_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError("collectionNoticeDate: unexpected type " + type(data).__name__)
                    componentsschemas_date_or_date_time_type_1 = datetime.datetime.fromisoformat(data)

                    if _fallback is None or not getattr(
                        componentsschemas_date_or_date_time_type_1, "absent_fields", ()
                    ):
                        return componentsschemas_date_or_date_time_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            collection_notice_date = _parse_collection_notice_date(collection_notice_date)

        ocr_reference_number = d.pop("ocrReferenceNumber", UNSET)
        if not isinstance(ocr_reference_number, (str, Unset)):
            raise TypeError("ocrReferenceNumber: expected a string, got " + type(ocr_reference_number).__name__)

        unique_source_invoice_id = d.pop("uniqueSourceInvoiceId", UNSET)
        if not isinstance(unique_source_invoice_id, (str, Unset)):
            raise TypeError("uniqueSourceInvoiceId: expected a string, got " + type(unique_source_invoice_id).__name__)

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            raise TypeError("description: expected a string, got " + type(description).__name__)

        _debtors = d.pop("debtors", UNSET)
        debtors: list[Debtor] | Unset = UNSET
        if _debtors is not UNSET:
            debtors = []
            for debtors_item_data in _debtors:
                debtors_item = Debtor.from_dict(debtors_item_data)

                debtors.append(debtors_item)

        _claims = d.pop("claims", UNSET)
        claims: list[Claim] | Unset = UNSET
        if _claims is not UNSET:
            claims = []
            for claims_item_data in _claims:
                claims_item = Claim.from_dict(claims_item_data)

                claims.append(claims_item)

        invoice_create = cls(
            type_=type_,
            invoice_number=invoice_number,
            vat=vat,
            fees=fees,
            original_invoice_amount=original_invoice_amount,
            currency=currency,
            invoice_date=invoice_date,
            due_date=due_date,
            collection_notice_date=collection_notice_date,
            ocr_reference_number=ocr_reference_number,
            unique_source_invoice_id=unique_source_invoice_id,
            description=description,
            debtors=debtors,
            claims=claims,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        invoice_create.additional_properties = additional_properties
        return invoice_create

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


from ..models.claim import Claim
from ..models.debtor import Debtor
