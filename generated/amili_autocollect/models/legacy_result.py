from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="LegacyResult")


@_attrs_define(repr=False)
class LegacyResult(_AmiliModel):
    """Answer of a legacy POST ("Success"); body not documented.

    Attributes:
        batchid (str | Unset):
        status (LegacyBatchStatus | Unset):
    """

    batchid: str | Unset = UNSET
    status: LegacyBatchStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batchid = self.batchid

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if batchid is not UNSET:
            field_dict["batchid"] = batchid
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        batchid = d.pop("batchid", UNSET)
        if not isinstance(batchid, (str, Unset)):
            raise TypeError("batchid: expected a string, got " + type(batchid).__name__)

        _status = d.pop("status", UNSET)
        status: LegacyBatchStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = LegacyBatchStatus.from_dict(_status)

        legacy_result = cls(
            batchid=batchid,
            status=status,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        legacy_result.additional_properties = additional_properties
        return legacy_result

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


from ..models.legacy_batch_status import LegacyBatchStatus
