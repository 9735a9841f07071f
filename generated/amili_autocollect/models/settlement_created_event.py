from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from amili_common import ABSENT as _ABSENT
from amili_common import drop_absent as _drop_absent
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_type import WebhookEventType
from ..models.webhook_source import WebhookSource
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="SettlementCreatedEvent")


@_attrs_define(repr=False)
class SettlementCreatedEvent(_AmiliModel):
    """
    Example:
        {'id': '897e1f80-ceb5-4b58-a2aa-c895aff6ce3e', 'type': 'SETTLEMENT_CREATED', 'source': 'COLLECTION',
            'timeStamp': '2025-08-15T11:42:00Z', 'data': {'settlementId': 'db6a7ff4-3a20-4042-b271-a9485ded6333',
            'organizationId': 'db6a7ff4-3a20-4042-b271-a9485ded6334', 'settlementDate': '2025-08-15', 'invoiceId':
            '425284ba-ce41-48cc-9407-f851dccdb8ad', 'invoiceNumber': '1234567', 'caseNumber': '1234567'}}

    Attributes:
        id (UUID):
        type_ (WebhookEventType): Events listed on the Webhooks page. Other values are valid (the list is not documented
            as complete); the SDK's enum parses them as unknown members.
        source (WebhookSource): Value seen `COLLECTION`. Other values are valid (the list is not documented as
            complete); the SDK's enum parses them as unknown members.
        time_stamp (datetime.datetime):
        data (SettlementCreatedData):
    """

    id: UUID
    type_: WebhookEventType
    source: WebhookSource
    time_stamp: datetime.datetime
    data: SettlementCreatedData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _absent = self.absent_fields
        if "id" not in _absent:
            id = str(self.id)

        if "type_" not in _absent:
            type_ = self.type_.value

        if "source" not in _absent:
            source = self.source.value

        if "time_stamp" not in _absent:
            time_stamp = self.time_stamp.isoformat(
                timespec="seconds"
                if not self.time_stamp.microsecond
                else "milliseconds"
                if not self.time_stamp.microsecond % 1000
                else "microseconds"
            ).replace("+00:00", "Z")

        if "data" not in _absent:
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "id" not in _absent:
            field_dict["id"] = id
        if "type_" not in _absent:
            field_dict["type"] = type_
        if "source" not in _absent:
            field_dict["source"] = source
        if "time_stamp" not in _absent:
            field_dict["timeStamp"] = time_stamp
        if "data" not in _absent:
            field_dict["data"] = data

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

        if "type" not in d:
            type_ = _ABSENT
            _absent.append(("type_", "type"))
        else:
            type_ = WebhookEventType(d.pop("type"))

        if "source" not in d:
            source = _ABSENT
            _absent.append(("source", "source"))
        else:
            source = WebhookSource(d.pop("source"))

        if "timeStamp" not in d:
            time_stamp = _ABSENT
            _absent.append(("time_stamp", "timeStamp"))
        else:
            time_stamp = datetime.datetime.fromisoformat(d.pop("timeStamp"))

        if "data" not in d:
            data = _ABSENT
            _absent.append(("data", "data"))
        else:
            data = SettlementCreatedData.from_dict(d.pop("data"))

        settlement_created_event = cls(
            id=id,
            type_=type_,
            source=source,
            time_stamp=time_stamp,
            data=data,
        )

        if _absent:
            _drop_absent(settlement_created_event, _absent)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        settlement_created_event.additional_properties = additional_properties
        return settlement_created_event

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


from ..models.settlement_created_data import SettlementCreatedData
