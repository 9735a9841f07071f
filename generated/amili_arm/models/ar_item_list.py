from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="ArItemList")


@_attrs_define(repr=False)
class ArItemList(_AmiliModel):
    """
    Attributes:
        summary (PageSummary | Unset): Paging state of a stored query; fetch the next page with
            `query=queryId&pageno=pageNo+1` or `nextPage`.
        ar_items (list[ArItem] | Unset):
    """

    summary: PageSummary | Unset = UNSET
    ar_items: list[ArItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        ar_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ar_items, Unset):
            ar_items = []
            for ar_items_item_data in self.ar_items:
                ar_items_item = ar_items_item_data.to_dict()
                ar_items.append(ar_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if summary is not UNSET:
            field_dict["summary"] = summary
        if ar_items is not UNSET:
            field_dict["arItems"] = ar_items

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

        _ar_items = d.pop("arItems", UNSET)
        ar_items: list[ArItem] | Unset = UNSET
        if _ar_items is not UNSET:
            ar_items = []
            for ar_items_item_data in _ar_items:
                ar_items_item = ArItem.from_dict(ar_items_item_data)

                ar_items.append(ar_items_item)

        ar_item_list = cls(
            summary=summary,
            ar_items=ar_items,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        ar_item_list.additional_properties = additional_properties
        return ar_item_list

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


from ..models.ar_item import ArItem
from ..models.page_summary import PageSummary
