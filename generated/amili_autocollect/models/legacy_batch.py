from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from amili_common import ABSENT as _ABSENT
from amili_common import drop_absent as _drop_absent
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_type import BatchType
from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="LegacyBatch")


@_attrs_define(repr=False)
class LegacyBatch(_AmiliModel):
    """Batch in the older Collection API (`status` is an object).

    Attributes:
        batch_id (UUID):
        type_ (BatchType | Unset): Values seen `INVOICE`, `NONE`. Other values are valid (the list is not documented as
            complete); the SDK's enum parses them as unknown members. `PAYMENT`, `CORRECTION` are inferred from the other
            batch-producing writes.
        status (LegacyBatchStatus | Unset):
        created_at (datetime.datetime | Unset):
        finished_at (datetime.datetime | None | Unset):
        organization_id (UUID | Unset):
        created_by (UUID | Unset):
        succeeded (list[LegacyBatchSucceededItem] | Unset):
        failed (list[LegacyBatchFailedItem | None] | Unset): Documented example is `[null]`; items are open objects or
            null.
    """

    batch_id: UUID
    type_: BatchType | Unset = UNSET
    status: LegacyBatchStatus | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    organization_id: UUID | Unset = UNSET
    created_by: UUID | Unset = UNSET
    succeeded: list[LegacyBatchSucceededItem] | Unset = UNSET
    failed: list[LegacyBatchFailedItem | None] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _absent = self.absent_fields
        if "batch_id" not in _absent:
            batch_id = str(self.batch_id)

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat(
                timespec="seconds"
                if not self.created_at.microsecond
                else "milliseconds"
                if not self.created_at.microsecond % 1000
                else "microseconds"
            ).replace("+00:00", "Z")

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat(
                timespec="seconds"
                if not self.finished_at.microsecond
                else "milliseconds"
                if not self.finished_at.microsecond % 1000
                else "microseconds"
            ).replace("+00:00", "Z")
        else:
            finished_at = self.finished_at

        organization_id: str | Unset = UNSET
        if not isinstance(self.organization_id, Unset):
            organization_id = str(self.organization_id)

        created_by: str | Unset = UNSET
        if not isinstance(self.created_by, Unset):
            created_by = str(self.created_by)

        succeeded: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.succeeded, Unset):
            succeeded = []
            for succeeded_item_data in self.succeeded:
                succeeded_item = succeeded_item_data.to_dict()
                succeeded.append(succeeded_item)

        failed: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.failed, Unset):
            failed = []
            for failed_item_data in self.failed:
                failed_item: dict[str, Any] | None
                if isinstance(failed_item_data, LegacyBatchFailedItem):
                    failed_item = failed_item_data.to_dict()
                else:
                    failed_item = failed_item_data
                failed.append(failed_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "batch_id" not in _absent:
            field_dict["batchId"] = batch_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if finished_at is not UNSET:
            field_dict["finishedAt"] = finished_at
        if organization_id is not UNSET:
            field_dict["organizationId"] = organization_id
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if succeeded is not UNSET:
            field_dict["succeeded"] = succeeded
        if failed is not UNSET:
            field_dict["failed"] = failed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _absent: list[tuple[str, str]] = []
        if "batchId" not in d:
            batch_id = _ABSENT
            _absent.append(("batch_id", "batchId"))
        else:
            batch_id = UUID(d.pop("batchId"))

        _type_ = d.pop("type", UNSET)
        type_: BatchType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = BatchType(_type_)

        _status = d.pop("status", UNSET)
        status: LegacyBatchStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = LegacyBatchStatus.from_dict(_status)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        finished_at = d.pop("finishedAt", UNSET)
        if not (finished_at is None or isinstance(finished_at, Unset)):

            def _parse_finished_at(data: object) -> datetime.datetime | None | Unset:
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
                    finished_at_type_0 = datetime.datetime.fromisoformat(data)

                    if not getattr(finished_at_type_0, "absent_fields", ()):
                        return finished_at_type_0
                    if _fallback is None:
                        _fallback = finished_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("finishedAt: unexpected type " + type(data).__name__)
                    finished_at_type_1 = data

                    if _fallback is None or not getattr(finished_at_type_1, "absent_fields", ()):
                        return finished_at_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            finished_at = _parse_finished_at(finished_at)

        _organization_id = d.pop("organizationId", UNSET)
        organization_id: UUID | Unset
        if isinstance(_organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = UUID(_organization_id)

        _created_by = d.pop("createdBy", UNSET)
        created_by: UUID | Unset
        if isinstance(_created_by, Unset):
            created_by = UNSET
        else:
            created_by = UUID(_created_by)

        _succeeded = d.pop("succeeded", UNSET)
        succeeded: list[LegacyBatchSucceededItem] | Unset = UNSET
        if _succeeded is not UNSET:
            succeeded = []
            for succeeded_item_data in _succeeded:
                succeeded_item = LegacyBatchSucceededItem.from_dict(succeeded_item_data)

                succeeded.append(succeeded_item)

        _failed = d.pop("failed", UNSET)
        failed: list[LegacyBatchFailedItem | None] | Unset = UNSET
        if _failed is not UNSET:
            failed = []
            for failed_item_data in _failed:
                failed_item = failed_item_data
                if not (failed_item is None):

                    def _parse_failed_item(data: object) -> LegacyBatchFailedItem | None:
                        if data is None:
                            return data
                        # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                        # that parses completely fits better (guessed requirements used to tell the members apart).
                        _fallback: LegacyBatchFailedItem | None = None
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            failed_item_type_0 = LegacyBatchFailedItem.from_dict(data)

                            if not getattr(failed_item_type_0, "absent_fields", ()):
                                return failed_item_type_0
                            if _fallback is None:
                                _fallback = failed_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not data is None:
                                raise TypeError("failed_item: unexpected type " + type(data).__name__)
                            failed_item_type_1 = data

                            if _fallback is None or not getattr(failed_item_type_1, "absent_fields", ()):
                                return failed_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            if _fallback is None:
                                raise
                        return _fallback

                    failed_item = _parse_failed_item(failed_item)

                failed.append(failed_item)

        legacy_batch = cls(
            batch_id=batch_id,
            type_=type_,
            status=status,
            created_at=created_at,
            finished_at=finished_at,
            organization_id=organization_id,
            created_by=created_by,
            succeeded=succeeded,
            failed=failed,
        )

        if _absent:
            _drop_absent(legacy_batch, _absent)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        legacy_batch.additional_properties = additional_properties
        return legacy_batch

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


from ..models.legacy_batch_failed_item import LegacyBatchFailedItem
from ..models.legacy_batch_status import LegacyBatchStatus
from ..models.legacy_batch_succeeded_item import LegacyBatchSucceededItem
