from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="GlMovementList")


@_attrs_define(repr=False)
class GlMovementList(_AmiliModel):
    """
    Attributes:
        summary (PageSummary | Unset): Paging state of a stored query; fetch the next page with
            `query=queryId&pageno=pageNo+1` or `nextPage`.
        gl_movements (list[GlMovement] | Unset):
    """

    summary: PageSummary | Unset = UNSET
    gl_movements: list[GlMovement] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        gl_movements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.gl_movements, Unset):
            gl_movements = []
            for gl_movements_item_data in self.gl_movements:
                gl_movements_item = gl_movements_item_data.to_dict()
                gl_movements.append(gl_movements_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if summary is not UNSET:
            field_dict["summary"] = summary
        if gl_movements is not UNSET:
            field_dict["glMovements"] = gl_movements

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

        _gl_movements = d.pop("glMovements", UNSET)
        gl_movements: list[GlMovement] | Unset = UNSET
        if _gl_movements is not UNSET:
            gl_movements = []
            for gl_movements_item_data in _gl_movements:
                gl_movements_item = GlMovement.from_dict(gl_movements_item_data)

                gl_movements.append(gl_movements_item)

        gl_movement_list = cls(
            summary=summary,
            gl_movements=gl_movements,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        gl_movement_list.additional_properties = additional_properties
        return gl_movement_list

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


from ..models.gl_movement import GlMovement
from ..models.page_summary import PageSummary
