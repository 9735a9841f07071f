from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from amili_common import ABSENT as _ABSENT
from amili_common import drop_absent as _drop_absent
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="BatchReference")


@_attrs_define(repr=False)
class BatchReference(_AmiliModel):
    """
    Attributes:
        batch_id (UUID):
        batch_url (str | Unset): Absolute URL of the batch (legacy path form).
    """

    batch_id: UUID
    batch_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _absent = self.absent_fields
        if "batch_id" not in _absent:
            batch_id = str(self.batch_id)

        batch_url = self.batch_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "batch_id" not in _absent:
            field_dict["batchId"] = batch_id
        if batch_url is not UNSET:
            field_dict["batchUrl"] = batch_url

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

        batch_url = d.pop("batchUrl", UNSET)
        if not isinstance(batch_url, (str, Unset)):
            raise TypeError("batchUrl: expected a string, got " + type(batch_url).__name__)

        batch_reference = cls(
            batch_id=batch_id,
            batch_url=batch_url,
        )

        if _absent:
            _drop_absent(batch_reference, _absent)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        batch_reference.additional_properties = additional_properties
        return batch_reference

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
