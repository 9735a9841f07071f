from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from amili_common import ABSENT as _ABSENT
from amili_common import drop_absent as _drop_absent
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="SettlementCreatedData")


@_attrs_define(repr=False)
class SettlementCreatedData(_AmiliModel):
    """
    Attributes:
        settlement_id (UUID):
        organization_id (UUID):
        settlement_date (datetime.date | Unset):
        invoice_id (UUID | Unset):
        invoice_number (str | Unset):
        case_number (str | Unset):
    """

    settlement_id: UUID
    organization_id: UUID
    settlement_date: datetime.date | Unset = UNSET
    invoice_id: UUID | Unset = UNSET
    invoice_number: str | Unset = UNSET
    case_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _absent = self.absent_fields
        if "settlement_id" not in _absent:
            settlement_id = str(self.settlement_id)

        if "organization_id" not in _absent:
            organization_id = str(self.organization_id)

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

        case_number = self.case_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "settlement_id" not in _absent:
            field_dict["settlementId"] = settlement_id
        if "organization_id" not in _absent:
            field_dict["organizationId"] = organization_id
        if settlement_date is not UNSET:
            field_dict["settlementDate"] = settlement_date
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number
        if case_number is not UNSET:
            field_dict["caseNumber"] = case_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _absent: list[tuple[str, str]] = []
        if "settlementId" not in d:
            settlement_id = _ABSENT
            _absent.append(("settlement_id", "settlementId"))
        else:
            settlement_id = UUID(d.pop("settlementId"))

        if "organizationId" not in d:
            organization_id = _ABSENT
            _absent.append(("organization_id", "organizationId"))
        else:
            organization_id = UUID(d.pop("organizationId"))

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

        case_number = d.pop("caseNumber", UNSET)
        if not isinstance(case_number, (str, Unset)):
            raise TypeError("caseNumber: expected a string, got " + type(case_number).__name__)

        settlement_created_data = cls(
            settlement_id=settlement_id,
            organization_id=organization_id,
            settlement_date=settlement_date,
            invoice_id=invoice_id,
            invoice_number=invoice_number,
            case_number=case_number,
        )

        if _absent:
            _drop_absent(settlement_created_data, _absent)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        settlement_created_data.additional_properties = additional_properties
        return settlement_created_data

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
