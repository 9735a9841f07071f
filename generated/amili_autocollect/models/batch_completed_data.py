from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from amili_common import ABSENT as _ABSENT
from amili_common import drop_absent as _drop_absent
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_status import BatchStatus
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="BatchCompletedData")


@_attrs_define(repr=False)
class BatchCompletedData(_AmiliModel):
    """
    Attributes:
        batch_id (UUID):
        organization_id (UUID):
        status (BatchStatus): `QUEUED` while processing; terminal: `SUCCESS`, `PARTIAL`, `FAILED` (the docs list these
            as the whole life cycle).
    """

    batch_id: UUID
    organization_id: UUID
    status: BatchStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _absent = self.absent_fields
        if "batch_id" not in _absent:
            batch_id = str(self.batch_id)

        if "organization_id" not in _absent:
            organization_id = str(self.organization_id)

        if "status" not in _absent:
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "batch_id" not in _absent:
            field_dict["batchId"] = batch_id
        if "organization_id" not in _absent:
            field_dict["organizationId"] = organization_id
        if "status" not in _absent:
            field_dict["status"] = status

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

        if "organizationId" not in d:
            organization_id = _ABSENT
            _absent.append(("organization_id", "organizationId"))
        else:
            organization_id = UUID(d.pop("organizationId"))

        if "status" not in d:
            status = _ABSENT
            _absent.append(("status", "status"))
        else:
            status = BatchStatus(d.pop("status"))

        batch_completed_data = cls(
            batch_id=batch_id,
            organization_id=organization_id,
            status=status,
        )

        if _absent:
            _drop_absent(batch_completed_data, _absent)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        batch_completed_data.additional_properties = additional_properties
        return batch_completed_data

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
