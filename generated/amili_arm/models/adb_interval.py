from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdbInterval")


@_attrs_define
class AdbInterval:
    """One age-distributed-balance bucket (days overdue from/to).

    Attributes:
        interval_no (int | Unset):
        from_days (int | Unset):
        to_days (int | None | Unset):
        label (str | Unset):
        currency (str | Unset):
        amount (float | Unset):
        count (int | Unset):
    """

    interval_no: int | Unset = UNSET
    from_days: int | Unset = UNSET
    to_days: int | None | Unset = UNSET
    label: str | Unset = UNSET
    currency: str | Unset = UNSET
    amount: float | Unset = UNSET
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interval_no = self.interval_no

        from_days = self.from_days

        to_days: int | None | Unset
        if isinstance(self.to_days, Unset):
            to_days = UNSET
        else:
            to_days = self.to_days

        label = self.label

        currency = self.currency

        amount = self.amount

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if interval_no is not UNSET:
            field_dict["intervalNo"] = interval_no
        if from_days is not UNSET:
            field_dict["fromDays"] = from_days
        if to_days is not UNSET:
            field_dict["toDays"] = to_days
        if label is not UNSET:
            field_dict["label"] = label
        if currency is not UNSET:
            field_dict["currency"] = currency
        if amount is not UNSET:
            field_dict["amount"] = amount
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        interval_no = d.pop("intervalNo", UNSET)

        from_days = d.pop("fromDays", UNSET)

        def _parse_to_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        to_days = _parse_to_days(d.pop("toDays", UNSET))

        label = d.pop("label", UNSET)

        currency = d.pop("currency", UNSET)

        amount = d.pop("amount", UNSET)

        count = d.pop("count", UNSET)

        adb_interval = cls(
            interval_no=interval_no,
            from_days=from_days,
            to_days=to_days,
            label=label,
            currency=currency,
            amount=amount,
            count=count,
        )

        adb_interval.additional_properties = d
        return adb_interval

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
