from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from amili_common import ABSENT as _ABSENT
from amili_common import drop_absent as _drop_absent
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.case_status import CaseStatus
from ..models.case_type import CaseType
from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="CaseEventData")


@_attrs_define(repr=False)
class CaseEventData(_AmiliModel):
    """
    Attributes:
        org_id (UUID):
        case_id (UUID):
        case_number (str | Unset):
        type_ (CaseType | Unset): Values seen `COLLECTION_NOTICE`, `PAYMENT_REMINDER`. Other values are valid (the list
            is not documented as complete); the SDK's enum parses them as unknown members.
        status (CaseStatus | Unset): Values seen `OPEN`, `PAUSED`. Other values are valid (the list is not documented as
            complete); the SDK's enum parses them as unknown members. `WITHDRAWN` is inferred from the withdraw operations
            (not documented).
        invoices (list[UUID] | Unset):
    """

    org_id: UUID
    case_id: UUID
    case_number: str | Unset = UNSET
    type_: CaseType | Unset = UNSET
    status: CaseStatus | Unset = UNSET
    invoices: list[UUID] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _absent = self.absent_fields
        if "org_id" not in _absent:
            org_id = str(self.org_id)

        if "case_id" not in _absent:
            case_id = str(self.case_id)

        case_number = self.case_number

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        invoices: list[str] | Unset = UNSET
        if not isinstance(self.invoices, Unset):
            invoices = []
            for invoices_item_data in self.invoices:
                invoices_item = str(invoices_item_data)
                invoices.append(invoices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "org_id" not in _absent:
            field_dict["orgId"] = org_id
        if "case_id" not in _absent:
            field_dict["caseId"] = case_id
        if case_number is not UNSET:
            field_dict["caseNumber"] = case_number
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if invoices is not UNSET:
            field_dict["invoices"] = invoices

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _absent: list[tuple[str, str]] = []
        if "orgId" not in d:
            org_id = _ABSENT
            _absent.append(("org_id", "orgId"))
        else:
            org_id = UUID(d.pop("orgId"))

        if "caseId" not in d:
            case_id = _ABSENT
            _absent.append(("case_id", "caseId"))
        else:
            case_id = UUID(d.pop("caseId"))

        case_number = d.pop("caseNumber", UNSET)
        if not isinstance(case_number, (str, Unset)):
            raise TypeError("caseNumber: expected a string, got " + type(case_number).__name__)

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

        _invoices = d.pop("invoices", UNSET)
        invoices: list[UUID] | Unset = UNSET
        if _invoices is not UNSET:
            invoices = []
            for invoices_item_data in _invoices:
                invoices_item = UUID(invoices_item_data)

                invoices.append(invoices_item)

        case_event_data = cls(
            org_id=org_id,
            case_id=case_id,
            case_number=case_number,
            type_=type_,
            status=status,
            invoices=invoices,
        )

        if _absent:
            _drop_absent(case_event_data, _absent)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        case_event_data.additional_properties = additional_properties
        return case_event_data

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
