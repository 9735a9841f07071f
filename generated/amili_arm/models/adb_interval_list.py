from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="AdbIntervalList")


@_attrs_define(repr=False)
class AdbIntervalList(_AmiliModel):
    """
    Attributes:
        summary (PageSummary | Unset): Paging state of a stored query; fetch the next page with
            `query=queryId&pageno=pageNo+1` or `nextPage`.
        adb_intervals (list[AdbInterval] | Unset):
    """

    summary: PageSummary | Unset = UNSET
    adb_intervals: list[AdbInterval] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        adb_intervals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.adb_intervals, Unset):
            adb_intervals = []
            for adb_intervals_item_data in self.adb_intervals:
                adb_intervals_item = adb_intervals_item_data.to_dict()
                adb_intervals.append(adb_intervals_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if summary is not UNSET:
            field_dict["summary"] = summary
        if adb_intervals is not UNSET:
            field_dict["adbIntervals"] = adb_intervals

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _summary = d.pop("summary", UNSET)
        summary: PageSummary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = PageSummary.from_dict(_summary)

        _adb_intervals = d.pop("adbIntervals", UNSET)
        adb_intervals: list[AdbInterval] | Unset = UNSET
        if _adb_intervals is not UNSET:
            adb_intervals = []
            for adb_intervals_item_data in _adb_intervals:
                adb_intervals_item = AdbInterval.from_dict(adb_intervals_item_data)

                adb_intervals.append(adb_intervals_item)

        adb_interval_list = cls(
            summary=summary,
            adb_intervals=adb_intervals,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        adb_interval_list.additional_properties = additional_properties
        return adb_interval_list

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


from ..models.adb_interval import AdbInterval
from ..models.page_summary import PageSummary
