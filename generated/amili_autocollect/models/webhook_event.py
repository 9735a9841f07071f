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
from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="WebhookEvent")


@_attrs_define(repr=False)
class WebhookEvent(_AmiliModel):
    """Any webhook delivery. The event name is in `type` (BATCH_COMPLETED, SETTLEMENT_CREATED) or `eventType`
    (CASE, CASE_UPDATED); `data` parses into the matching per-event data model.

        Attributes:
            id (UUID):
            source (WebhookSource): Value seen `COLLECTION`. Other values are valid (the list is not documented as
                complete); the SDK's enum parses them as unknown members.
            time_stamp (datetime.datetime):
            data (BatchCompletedData | CaseEventData | CaseUpdatedData | SettlementCreatedData):
            type_ (WebhookEventType | Unset): Events listed on the Webhooks page. Other values are valid (the list is not
                documented as complete); the SDK's enum parses them as unknown members.
            event_type (WebhookEventType | Unset): Events listed on the Webhooks page. Other values are valid (the list is
                not documented as complete); the SDK's enum parses them as unknown members.
    """

    id: UUID
    source: WebhookSource
    time_stamp: datetime.datetime
    data: BatchCompletedData | CaseEventData | CaseUpdatedData | SettlementCreatedData
    type_: WebhookEventType | Unset = UNSET
    event_type: WebhookEventType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _absent = self.absent_fields
        if "id" not in _absent:
            id = str(self.id)

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
            data: dict[str, Any]
            if (
                isinstance(self.data, BatchCompletedData)
                or isinstance(self.data, SettlementCreatedData)
                or isinstance(self.data, CaseUpdatedData)
            ):
                data = self.data.to_dict()
            else:
                data = self.data.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        event_type: str | Unset = UNSET
        if not isinstance(self.event_type, Unset):
            event_type = self.event_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "id" not in _absent:
            field_dict["id"] = id
        if "source" not in _absent:
            field_dict["source"] = source
        if "time_stamp" not in _absent:
            field_dict["timeStamp"] = time_stamp
        if "data" not in _absent:
            field_dict["data"] = data
        if type_ is not UNSET:
            field_dict["type"] = type_
        if event_type is not UNSET:
            field_dict["eventType"] = event_type

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

            def _parse_data(
                data: object,
            ) -> BatchCompletedData | CaseEventData | CaseUpdatedData | SettlementCreatedData:
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: BatchCompletedData | CaseEventData | CaseUpdatedData | SettlementCreatedData | None = None
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_type_0 = BatchCompletedData.from_dict(data)

                    if not getattr(data_type_0, "absent_fields", ()):
                        return data_type_0
                    if _fallback is None:
                        _fallback = data_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_type_1 = SettlementCreatedData.from_dict(data)

                    if not getattr(data_type_1, "absent_fields", ()):
                        return data_type_1
                    if _fallback is None:
                        _fallback = data_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_type_2 = CaseUpdatedData.from_dict(data)

                    if not getattr(data_type_2, "absent_fields", ()):
                        return data_type_2
                    if _fallback is None:
                        _fallback = data_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError("data: unexpected type " + type(data).__name__)
                    data_type_3 = CaseEventData.from_dict(data)

                    if _fallback is None or not getattr(data_type_3, "absent_fields", ()):
                        return data_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            data = _parse_data(d.pop("data"))

        _type_ = d.pop("type", UNSET)
        type_: WebhookEventType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = WebhookEventType(_type_)

        _event_type = d.pop("eventType", UNSET)
        event_type: WebhookEventType | Unset
        if isinstance(_event_type, Unset):
            event_type = UNSET
        else:
            event_type = WebhookEventType(_event_type)

        webhook_event = cls(
            id=id,
            source=source,
            time_stamp=time_stamp,
            data=data,
            type_=type_,
            event_type=event_type,
        )

        if _absent:
            _drop_absent(webhook_event, _absent)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        webhook_event.additional_properties = additional_properties
        return webhook_event

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


from ..models.batch_completed_data import BatchCompletedData
from ..models.case_event_data import CaseEventData
from ..models.case_updated_data import CaseUpdatedData
from ..models.settlement_created_data import SettlementCreatedData
