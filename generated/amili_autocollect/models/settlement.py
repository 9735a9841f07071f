from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.settlement_collection_type import SettlementCollectionType
from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="Settlement")


@_attrs_define(repr=False)
class Settlement(_AmiliModel):
    """Fields up to `exchangeRate` documented (example cut); the rest inferred from the SETTLEMENT_CREATED webhook.

    Attributes:
        case_number (str | Unset):
        collection_type (SettlementCollectionType | Unset): Value seen `REMINDER`. Other values are valid (the list is
            not documented as complete); the SDK's enum parses them as unknown members.
        currency (str | Unset):
        customer_reference (str | Unset):
        exchange_rate (float | Unset):
        settlement_id (UUID | Unset):
        settlement_date (datetime.date | Unset):
        invoice_id (UUID | Unset):
        invoice_number (str | Unset):
        amount (float | Unset):
    """

    case_number: str | Unset = UNSET
    collection_type: SettlementCollectionType | Unset = UNSET
    currency: str | Unset = UNSET
    customer_reference: str | Unset = UNSET
    exchange_rate: float | Unset = UNSET
    settlement_id: UUID | Unset = UNSET
    settlement_date: datetime.date | Unset = UNSET
    invoice_id: UUID | Unset = UNSET
    invoice_number: str | Unset = UNSET
    amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        case_number = self.case_number

        collection_type: str | Unset = UNSET
        if not isinstance(self.collection_type, Unset):
            collection_type = self.collection_type.value

        currency = self.currency

        customer_reference = self.customer_reference

        exchange_rate = self.exchange_rate

        settlement_id: str | Unset = UNSET
        if not isinstance(self.settlement_id, Unset):
            settlement_id = str(self.settlement_id)

        settlement_date: str | Unset = UNSET
        if not isinstance(self.settlement_date, Unset):
            settlement_date = (
                self.settlement_date.isoformat(
                    timespec="seconds"
                    if not self.settlement_date.microsecond
                    else "milliseconds"
                    if not self.settlement_date.microsecond % 1000
                    else "microseconds"
                ).replace("+00:00", "Z")
                if isinstance(self.settlement_date, datetime.datetime)
                else self.settlement_date.isoformat()
            )

        invoice_id: str | Unset = UNSET
        if not isinstance(self.invoice_id, Unset):
            invoice_id = str(self.invoice_id)

        invoice_number = self.invoice_number

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if case_number is not UNSET:
            field_dict["caseNumber"] = case_number
        if collection_type is not UNSET:
            field_dict["collectionType"] = collection_type
        if currency is not UNSET:
            field_dict["currency"] = currency
        if customer_reference is not UNSET:
            field_dict["customerReference"] = customer_reference
        if exchange_rate is not UNSET:
            field_dict["exchangeRate"] = exchange_rate
        if settlement_id is not UNSET:
            field_dict["settlementId"] = settlement_id
        if settlement_date is not UNSET:
            field_dict["settlementDate"] = settlement_date
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        case_number = d.pop("caseNumber", UNSET)
        if not isinstance(case_number, (str, Unset)):
            raise TypeError("caseNumber: expected a string, got " + type(case_number).__name__)

        _collection_type = d.pop("collectionType", UNSET)
        collection_type: SettlementCollectionType | Unset
        if isinstance(_collection_type, Unset):
            collection_type = UNSET
        else:
            collection_type = SettlementCollectionType(_collection_type)

        currency = d.pop("currency", UNSET)
        if not isinstance(currency, (str, Unset)):
            raise TypeError("currency: expected a string, got " + type(currency).__name__)

        customer_reference = d.pop("customerReference", UNSET)
        if not isinstance(customer_reference, (str, Unset)):
            raise TypeError("customerReference: expected a string, got " + type(customer_reference).__name__)

        exchange_rate = d.pop("exchangeRate", UNSET)
        if not isinstance(exchange_rate, Unset) and not (
            isinstance(exchange_rate, (int, float)) and not isinstance(exchange_rate, bool)
        ):
            raise TypeError("exchangeRate: expected a number, got " + type(exchange_rate).__name__)

        _settlement_id = d.pop("settlementId", UNSET)
        settlement_id: UUID | Unset
        if isinstance(_settlement_id, Unset):
            settlement_id = UNSET
        else:
            settlement_id = UUID(_settlement_id)

        _settlement_date = d.pop("settlementDate", UNSET)
        settlement_date: datetime.date | Unset
        if isinstance(_settlement_date, Unset):
            settlement_date = UNSET
        else:
            settlement_date = datetime.date.fromisoformat(_settlement_date)

        _invoice_id = d.pop("invoiceId", UNSET)
        invoice_id: UUID | Unset
        if isinstance(_invoice_id, Unset):
            invoice_id = UNSET
        else:
            invoice_id = UUID(_invoice_id)

        invoice_number = d.pop("invoiceNumber", UNSET)
        if not isinstance(invoice_number, (str, Unset)):
            raise TypeError("invoiceNumber: expected a string, got " + type(invoice_number).__name__)

        amount = d.pop("amount", UNSET)
        if not isinstance(amount, Unset) and not (isinstance(amount, (int, float)) and not isinstance(amount, bool)):
            raise TypeError("amount: expected a number, got " + type(amount).__name__)

        settlement = cls(
            case_number=case_number,
            collection_type=collection_type,
            currency=currency,
            customer_reference=customer_reference,
            exchange_rate=exchange_rate,
            settlement_id=settlement_id,
            settlement_date=settlement_date,
            invoice_id=invoice_id,
            invoice_number=invoice_number,
            amount=amount,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        settlement.additional_properties = additional_properties
        return settlement

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
