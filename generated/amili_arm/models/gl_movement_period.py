from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="GlMovementPeriod")


@_attrs_define(repr=False)
class GlMovementPeriod(_AmiliModel):
    """Movements/balances of the latest closed GL year/period.

    Attributes:
        client_no (int | Unset):
        gl_year (int | Unset):
        gl_period (int | Unset):
        gl_movements (list[GlMovement] | Unset):
    """

    client_no: int | Unset = UNSET
    gl_year: int | Unset = UNSET
    gl_period: int | Unset = UNSET
    gl_movements: list[GlMovement] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_no = self.client_no

        gl_year = self.gl_year

        gl_period = self.gl_period

        gl_movements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.gl_movements, Unset):
            gl_movements = []
            for gl_movements_item_data in self.gl_movements:
                gl_movements_item = gl_movements_item_data.to_dict()
                gl_movements.append(gl_movements_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if client_no is not UNSET:
            field_dict["clientNo"] = client_no
        if gl_year is not UNSET:
            field_dict["glYear"] = gl_year
        if gl_period is not UNSET:
            field_dict["glPeriod"] = gl_period
        if gl_movements is not UNSET:
            field_dict["glMovements"] = gl_movements

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        client_no = d.pop("clientNo", UNSET)
        if not isinstance(client_no, Unset) and not (isinstance(client_no, int) and not isinstance(client_no, bool)):
            raise TypeError("clientNo: expected an integer, got " + type(client_no).__name__)

        gl_year = d.pop("glYear", UNSET)
        if not isinstance(gl_year, Unset) and not (isinstance(gl_year, int) and not isinstance(gl_year, bool)):
            raise TypeError("glYear: expected an integer, got " + type(gl_year).__name__)

        gl_period = d.pop("glPeriod", UNSET)
        if not isinstance(gl_period, Unset) and not (isinstance(gl_period, int) and not isinstance(gl_period, bool)):
            raise TypeError("glPeriod: expected an integer, got " + type(gl_period).__name__)

        _gl_movements = d.pop("glMovements", UNSET)
        gl_movements: list[GlMovement] | Unset = UNSET
        if _gl_movements is not UNSET:
            gl_movements = []
            for gl_movements_item_data in _gl_movements:
                gl_movements_item = GlMovement.from_dict(gl_movements_item_data)

                gl_movements.append(gl_movements_item)

        gl_movement_period = cls(
            client_no=client_no,
            gl_year=gl_year,
            gl_period=gl_period,
            gl_movements=gl_movements,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        gl_movement_period.additional_properties = additional_properties
        return gl_movement_period

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
