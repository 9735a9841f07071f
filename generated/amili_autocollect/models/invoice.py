from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from amili_common import ABSENT as _ABSENT
from amili_common import drop_absent as _drop_absent
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_status import InvoiceStatus
from ..models.invoice_type import InvoiceType
from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="Invoice")


@_attrs_define(repr=False)
class Invoice(_AmiliModel):
    """Invoice in collection. Fields up to `createdAt` are documented, the rest inferred from the request.

    Attributes:
        id (UUID):
        organization (OrganizationRef | Unset):
        invoice_number (str | Unset):
        collection_case_number (str | Unset):
        type_ (InvoiceType | Unset): Values seen `NOTICE`, `PAYMENT_REMINDER`. Other values are valid (the list is not
            documented as complete); the SDK's enum parses them as unknown members.
        status (InvoiceStatus | Unset): Values seen `OPEN`, `PAUSED`. Other values are valid (the list is not documented
            as complete); the SDK's enum parses them as unknown members. `WITHDRAWN` is inferred from the withdraw
            operations (not documented).
        created_at (datetime.datetime | Unset):
        unique_source_invoice_id (str | Unset):
        invoice_date (datetime.date | datetime.datetime | Unset): A calendar date (`yyyy-MM-dd`) or a date-time: the
            documented CreateInvoices examples send both. The SDK
            sends exactly what it is given (a `date` as `2025-01-01`, a `datetime` as a date-time) and parses either.
        due_date (datetime.date | datetime.datetime | Unset): A calendar date (`yyyy-MM-dd`) or a date-time: the
            documented CreateInvoices examples send both. The SDK
            sends exactly what it is given (a `date` as `2025-01-01`, a `datetime` as a date-time) and parses either.
        original_invoice_amount (float | Unset):
        remaining_amount (float | Unset):
        currency (str | Unset):
        case_id (UUID | Unset):
    """

    id: UUID
    organization: OrganizationRef | Unset = UNSET
    invoice_number: str | Unset = UNSET
    collection_case_number: str | Unset = UNSET
    type_: InvoiceType | Unset = UNSET
    status: InvoiceStatus | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    unique_source_invoice_id: str | Unset = UNSET
    invoice_date: datetime.date | datetime.datetime | Unset = UNSET
    due_date: datetime.date | datetime.datetime | Unset = UNSET
    original_invoice_amount: float | Unset = UNSET
    remaining_amount: float | Unset = UNSET
    currency: str | Unset = UNSET
    case_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _absent = self.absent_fields
        if "id" not in _absent:
            id = str(self.id)

        organization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.organization, Unset):
            organization = self.organization.to_dict()

        invoice_number = self.invoice_number

        collection_case_number = self.collection_case_number

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat(
                timespec="seconds"
                if not self.created_at.microsecond
                else "milliseconds"
                if not self.created_at.microsecond % 1000
                else "microseconds"
            ).replace("+00:00", "Z")

        unique_source_invoice_id = self.unique_source_invoice_id

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

        original_invoice_amount = self.original_invoice_amount

        remaining_amount = self.remaining_amount

        currency = self.currency

        case_id: str | Unset = UNSET
        if not isinstance(self.case_id, Unset):
            case_id = str(self.case_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "id" not in _absent:
            field_dict["id"] = id
        if organization is not UNSET:
            field_dict["organization"] = organization
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number
        if collection_case_number is not UNSET:
            field_dict["collectionCaseNumber"] = collection_case_number
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if unique_source_invoice_id is not UNSET:
            field_dict["uniqueSourceInvoiceId"] = unique_source_invoice_id
        if invoice_date is not UNSET:
            field_dict["invoiceDate"] = invoice_date
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if original_invoice_amount is not UNSET:
            field_dict["originalInvoiceAmount"] = original_invoice_amount
        if remaining_amount is not UNSET:
            field_dict["remainingAmount"] = remaining_amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if case_id is not UNSET:
            field_dict["caseId"] = case_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _absent: list[tuple[str, str]] = []
        if "id" not in d:
            id = _ABSENT
            _absent.append(("id", "id"))
        else:
            id = UUID(d.pop("id"))

        _organization = d.pop("organization", UNSET)
        organization: OrganizationRef | Unset
        if isinstance(_organization, Unset):
            organization = UNSET
        else:
            organization = OrganizationRef.from_dict(_organization)

        invoice_number = d.pop("invoiceNumber", UNSET)
        if not isinstance(invoice_number, (str, Unset)):
            raise TypeError("invoiceNumber: expected a string, got " + type(invoice_number).__name__)

        collection_case_number = d.pop("collectionCaseNumber", UNSET)
        if not isinstance(collection_case_number, (str, Unset)):
            raise TypeError("collectionCaseNumber: expected a string, got " + type(collection_case_number).__name__)

        _type_ = d.pop("type", UNSET)
        type_: InvoiceType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = InvoiceType(_type_)

        _status = d.pop("status", UNSET)
        status: InvoiceStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = InvoiceStatus(_status)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        unique_source_invoice_id = d.pop("uniqueSourceInvoiceId", UNSET)
        if not isinstance(unique_source_invoice_id, (str, Unset)):
            raise TypeError("uniqueSourceInvoiceId: expected a string, got " + type(unique_source_invoice_id).__name__)

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

        original_invoice_amount = d.pop("originalInvoiceAmount", UNSET)
        if not isinstance(original_invoice_amount, Unset) and not (
            isinstance(original_invoice_amount, (int, float)) and not isinstance(original_invoice_amount, bool)
        ):
            raise TypeError("originalInvoiceAmount: expected a number, got " + type(original_invoice_amount).__name__)

        remaining_amount = d.pop("remainingAmount", UNSET)
        if not isinstance(remaining_amount, Unset) and not (
            isinstance(remaining_amount, (int, float)) and not isinstance(remaining_amount, bool)
        ):
            raise TypeError("remainingAmount: expected a number, got " + type(remaining_amount).__name__)

        currency = d.pop("currency", UNSET)
        if not isinstance(currency, (str, Unset)):
            raise TypeError("currency: expected a string, got " + type(currency).__name__)

        _case_id = d.pop("caseId", UNSET)
        case_id: UUID | Unset
        if isinstance(_case_id, Unset):
            case_id = UNSET
        else:
            case_id = UUID(_case_id)

        invoice = cls(
            id=id,
            organization=organization,
            invoice_number=invoice_number,
            collection_case_number=collection_case_number,
            type_=type_,
            status=status,
            created_at=created_at,
            unique_source_invoice_id=unique_source_invoice_id,
            invoice_date=invoice_date,
            due_date=due_date,
            original_invoice_amount=original_invoice_amount,
            remaining_amount=remaining_amount,
            currency=currency,
            case_id=case_id,
        )

        if _absent:
            _drop_absent(invoice, _absent)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        invoice.additional_properties = additional_properties
        return invoice

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


from ..models.organization_ref import OrganizationRef
