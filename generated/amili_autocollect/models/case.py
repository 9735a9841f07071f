from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.case_status import CaseStatus
from ..models.case_sub_status import CaseSubStatus
from ..models.case_type import CaseType
from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="Case")


@_attrs_define(repr=False)
class Case(_AmiliModel):
    """Collection case. The list response body was cut; fields follow the CASE webhook and the newest legacy
    `case[]` shape (`caseId`, `caseNumber`, `status`, `subStatus`, `type`, `description`, `registeredAt`, …).

        Attributes:
            case_id (UUID | Unset):
            case_number (str | Unset):
            organization_id (UUID | Unset):
            creditor_id (str | Unset):
            creditor_number (str | Unset):
            type_ (CaseType | Unset): Values seen `COLLECTION_NOTICE`, `PAYMENT_REMINDER`. Other values are valid (the list
                is not documented as complete); the SDK's enum parses them as unknown members.
            status (CaseStatus | Unset): Values seen `OPEN`, `PAUSED`. Other values are valid (the list is not documented as
                complete); the SDK's enum parses them as unknown members. `WITHDRAWN` is inferred from the withdraw operations
                (not documented).
            sub_status (CaseSubStatus | Unset): Value seen `DEBT_COLLECTION_LIST_MANUAL`. Other values are valid (the list
                is not documented as complete); the SDK's enum parses them as unknown members.
            description (str | Unset):
            registered_at (datetime.datetime | Unset):
            closed_at (datetime.datetime | None | Unset):
            invoices (list[UUID] | Unset):
    """

    case_id: UUID | Unset = UNSET
    case_number: str | Unset = UNSET
    organization_id: UUID | Unset = UNSET
    creditor_id: str | Unset = UNSET
    creditor_number: str | Unset = UNSET
    type_: CaseType | Unset = UNSET
    status: CaseStatus | Unset = UNSET
    sub_status: CaseSubStatus | Unset = UNSET
    description: str | Unset = UNSET
    registered_at: datetime.datetime | Unset = UNSET
    closed_at: datetime.datetime | None | Unset = UNSET
    invoices: list[UUID] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        case_id: str | Unset = UNSET
        if not isinstance(self.case_id, Unset):
            case_id = str(self.case_id)

        case_number = self.case_number

        organization_id: str | Unset = UNSET
        if not isinstance(self.organization_id, Unset):
            organization_id = str(self.organization_id)

        creditor_id = self.creditor_id

        creditor_number = self.creditor_number

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        sub_status: str | Unset = UNSET
        if not isinstance(self.sub_status, Unset):
            sub_status = self.sub_status.value

        description = self.description

        registered_at: str | Unset = UNSET
        if not isinstance(self.registered_at, Unset):
            registered_at = self.registered_at.isoformat(
                timespec="seconds"
                if not self.registered_at.microsecond
                else "milliseconds"
                if not self.registered_at.microsecond % 1000
                else "microseconds"
            ).replace("+00:00", "Z")

        closed_at: None | str | Unset
        if isinstance(self.closed_at, Unset):
            closed_at = UNSET
        elif isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat(
                timespec="seconds"
                if not self.closed_at.microsecond
                else "milliseconds"
                if not self.closed_at.microsecond % 1000
                else "microseconds"
            ).replace("+00:00", "Z")
        else:
            closed_at = self.closed_at

        invoices: list[str] | Unset = UNSET
        if not isinstance(self.invoices, Unset):
            invoices = []
            for invoices_item_data in self.invoices:
                invoices_item = str(invoices_item_data)
                invoices.append(invoices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if case_id is not UNSET:
            field_dict["caseId"] = case_id
        if case_number is not UNSET:
            field_dict["caseNumber"] = case_number
        if organization_id is not UNSET:
            field_dict["organizationId"] = organization_id
        if creditor_id is not UNSET:
            field_dict["creditorId"] = creditor_id
        if creditor_number is not UNSET:
            field_dict["creditorNumber"] = creditor_number
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if sub_status is not UNSET:
            field_dict["subStatus"] = sub_status
        if description is not UNSET:
            field_dict["description"] = description
        if registered_at is not UNSET:
            field_dict["registeredAt"] = registered_at
        if closed_at is not UNSET:
            field_dict["closedAt"] = closed_at
        if invoices is not UNSET:
            field_dict["invoices"] = invoices

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _case_id = d.pop("caseId", UNSET)
        case_id: UUID | Unset
        if isinstance(_case_id, Unset):
            case_id = UNSET
        else:
            case_id = UUID(_case_id)

        case_number = d.pop("caseNumber", UNSET)
        if not isinstance(case_number, (str, Unset)):
            raise TypeError("caseNumber: expected a string, got " + type(case_number).__name__)

        _organization_id = d.pop("organizationId", UNSET)
        organization_id: UUID | Unset
        if isinstance(_organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = UUID(_organization_id)

        creditor_id = d.pop("creditorId", UNSET)
        if not isinstance(creditor_id, (str, Unset)):
            raise TypeError("creditorId: expected a string, got " + type(creditor_id).__name__)

        creditor_number = d.pop("creditorNumber", UNSET)
        if not isinstance(creditor_number, (str, Unset)):
            raise TypeError("creditorNumber: expected a string, got " + type(creditor_number).__name__)

        _type_ = d.pop("type", UNSET)
        type_: CaseType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CaseType(_type_)

        _status = d.pop("status", UNSET)
        status: CaseStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CaseStatus(_status)

        _sub_status = d.pop("subStatus", UNSET)
        sub_status: CaseSubStatus | Unset
        if isinstance(_sub_status, Unset):
            sub_status = UNSET
        else:
            sub_status = CaseSubStatus(_sub_status)

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            raise TypeError("description: expected a string, got " + type(description).__name__)

        _registered_at = d.pop("registeredAt", UNSET)
        registered_at: datetime.datetime | Unset
        if isinstance(_registered_at, Unset):
            registered_at = UNSET
        else:
            registered_at = datetime.datetime.fromisoformat(_registered_at)

        closed_at = d.pop("closedAt", UNSET)
        if not (closed_at is None or isinstance(closed_at, Unset)):

            def _parse_closed_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: datetime.datetime | None | Unset = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    closed_at_type_0 = datetime.datetime.fromisoformat(data)

                    if not getattr(closed_at_type_0, "absent_fields", ()):
                        return closed_at_type_0
                    if _fallback is None:
                        _fallback = closed_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("closedAt: unexpected type " + type(data).__name__)
                    closed_at_type_1 = data

                    if _fallback is None or not getattr(closed_at_type_1, "absent_fields", ()):
                        return closed_at_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            closed_at = _parse_closed_at(closed_at)

        _invoices = d.pop("invoices", UNSET)
        invoices: list[UUID] | Unset = UNSET
        if _invoices is not UNSET:
            invoices = []
            for invoices_item_data in _invoices:
                invoices_item = UUID(invoices_item_data)

                invoices.append(invoices_item)

        case = cls(
            case_id=case_id,
            case_number=case_number,
            organization_id=organization_id,
            creditor_id=creditor_id,
            creditor_number=creditor_number,
            type_=type_,
            status=status,
            sub_status=sub_status,
            description=description,
            registered_at=registered_at,
            closed_at=closed_at,
            invoices=invoices,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        case.additional_properties = additional_properties
        return case

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
