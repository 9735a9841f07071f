from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="AdbInterval")


@_attrs_define(repr=False)
class AdbInterval(_AmiliModel):
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
        if not isinstance(interval_no, Unset) and not (
            isinstance(interval_no, int) and not isinstance(interval_no, bool)
        ):
            raise TypeError("intervalNo: expected an integer, got " + type(interval_no).__name__)

        from_days = d.pop("fromDays", UNSET)
        if not isinstance(from_days, Unset) and not (isinstance(from_days, int) and not isinstance(from_days, bool)):
            raise TypeError("fromDays: expected an integer, got " + type(from_days).__name__)

        to_days = d.pop("toDays", UNSET)
        if not (to_days is None or isinstance(to_days, Unset)):

            def _parse_to_days(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: int | None | Unset = None
                try:
                    if not (isinstance(data, int) and not isinstance(data, bool)):
                        raise TypeError()
                    to_days_type_0 = data
                    if not (isinstance(to_days_type_0, int) and not isinstance(to_days_type_0, bool)):
                        raise TypeError("toDays_type_0: expected an integer, got " + type(to_days_type_0).__name__)

                    if not getattr(to_days_type_0, "absent_fields", ()):
                        return to_days_type_0
                    if _fallback is None:
                        _fallback = to_days_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("toDays: unexpected type " + type(data).__name__)
                    to_days_type_1 = data

                    if _fallback is None or not getattr(to_days_type_1, "absent_fields", ()):
                        return to_days_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            to_days = _parse_to_days(to_days)

        label = d.pop("label", UNSET)
        if not isinstance(label, (str, Unset)):
            raise TypeError("label: expected a string, got " + type(label).__name__)

        currency = d.pop("currency", UNSET)
        if not isinstance(currency, (str, Unset)):
            raise TypeError("currency: expected a string, got " + type(currency).__name__)

        amount = d.pop("amount", UNSET)
        if not isinstance(amount, Unset) and not (isinstance(amount, (int, float)) and not isinstance(amount, bool)):
            raise TypeError("amount: expected a number, got " + type(amount).__name__)

        count = d.pop("count", UNSET)
        if not isinstance(count, Unset) and not (isinstance(count, int) and not isinstance(count, bool)):
            raise TypeError("count: expected an integer, got " + type(count).__name__)

        adb_interval = cls(
            interval_no=interval_no,
            from_days=from_days,
            to_days=to_days,
            label=label,
            currency=currency,
            amount=amount,
            count=count,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        adb_interval.additional_properties = additional_properties
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
