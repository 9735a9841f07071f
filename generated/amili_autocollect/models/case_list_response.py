from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from amili_common import ABSENT as _ABSENT
from amili_common import drop_absent as _drop_absent
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="CaseListResponse")


@_attrs_define(repr=False)
class CaseListResponse(_AmiliModel):
    """
    Attributes:
        data (list[Case]):
        summary (Summary | Unset): Envelope summary. `status` seen as `SUCCESS`; `nextPageToken` is the cursor of the
            next page.
    """

    data: list[Case]
    summary: Summary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _absent = self.absent_fields
        if "data" not in _absent:
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "data" not in _absent:
            field_dict["data"] = data
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _absent: list[tuple[str, str]] = []
        if "data" not in d:
            data = _ABSENT
            _absent.append(("data", "data"))
        else:
            data = []
            _data = d.pop("data")
            for data_item_data in _data:
                data_item = Case.from_dict(data_item_data)

                data.append(data_item)

        _summary = d.pop("summary", UNSET)
        summary: Summary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = Summary.from_dict(_summary)

        case_list_response = cls(
            data=data,
            summary=summary,
        )

        if _absent:
            _drop_absent(case_list_response, _absent)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        case_list_response.additional_properties = additional_properties
        return case_list_response

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


from ..models.case import Case
from ..models.summary import Summary
