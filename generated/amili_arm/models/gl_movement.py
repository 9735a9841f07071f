from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="GlMovement")


@_attrs_define(repr=False)
class GlMovement(_AmiliModel):
    """Movement and balance of one GL account in one year/period.

    Attributes:
        gl_year (int | Unset):
        gl_period (int | Unset):
        gl_account_no (str | Unset):
        currency (str | Unset):
        opening_balance (float | Unset):
        movement (float | Unset):
        closing_balance (float | Unset):
    """

    gl_year: int | Unset = UNSET
    gl_period: int | Unset = UNSET
    gl_account_no: str | Unset = UNSET
    currency: str | Unset = UNSET
    opening_balance: float | Unset = UNSET
    movement: float | Unset = UNSET
    closing_balance: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gl_year = self.gl_year

        gl_period = self.gl_period

        gl_account_no = self.gl_account_no

        currency = self.currency

        opening_balance = self.opening_balance

        movement = self.movement

        closing_balance = self.closing_balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if gl_year is not UNSET:
            field_dict["glYear"] = gl_year
        if gl_period is not UNSET:
            field_dict["glPeriod"] = gl_period
        if gl_account_no is not UNSET:
            field_dict["glAccountNo"] = gl_account_no
        if currency is not UNSET:
            field_dict["currency"] = currency
        if opening_balance is not UNSET:
            field_dict["openingBalance"] = opening_balance
        if movement is not UNSET:
            field_dict["movement"] = movement
        if closing_balance is not UNSET:
            field_dict["closingBalance"] = closing_balance

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        gl_year = d.pop("glYear", UNSET)
        if not isinstance(gl_year, Unset) and not (isinstance(gl_year, int) and not isinstance(gl_year, bool)):
            raise TypeError("glYear: expected an integer, got " + type(gl_year).__name__)

        gl_period = d.pop("glPeriod", UNSET)
        if not isinstance(gl_period, Unset) and not (isinstance(gl_period, int) and not isinstance(gl_period, bool)):
            raise TypeError("glPeriod: expected an integer, got " + type(gl_period).__name__)

        gl_account_no = d.pop("glAccountNo", UNSET)
        if not isinstance(gl_account_no, (str, Unset)):
            raise TypeError("glAccountNo: expected a string, got " + type(gl_account_no).__name__)

        currency = d.pop("currency", UNSET)
        if not isinstance(currency, (str, Unset)):
            raise TypeError("currency: expected a string, got " + type(currency).__name__)

        opening_balance = d.pop("openingBalance", UNSET)
        if not isinstance(opening_balance, Unset) and not (
            isinstance(opening_balance, (int, float)) and not isinstance(opening_balance, bool)
        ):
            raise TypeError("openingBalance: expected a number, got " + type(opening_balance).__name__)

        movement = d.pop("movement", UNSET)
        if not isinstance(movement, Unset) and not (
            isinstance(movement, (int, float)) and not isinstance(movement, bool)
        ):
            raise TypeError("movement: expected a number, got " + type(movement).__name__)

        closing_balance = d.pop("closingBalance", UNSET)
        if not isinstance(closing_balance, Unset) and not (
            isinstance(closing_balance, (int, float)) and not isinstance(closing_balance, bool)
        ):
            raise TypeError("closingBalance: expected a number, got " + type(closing_balance).__name__)

        gl_movement = cls(
            gl_year=gl_year,
            gl_period=gl_period,
            gl_account_no=gl_account_no,
            currency=currency,
            opening_balance=opening_balance,
            movement=movement,
            closing_balance=closing_balance,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        gl_movement.additional_properties = additional_properties
        return gl_movement

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
