from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="ChannelCount")


@_attrs_define(repr=False)
class ChannelCount(_AmiliModel):
    """
    Attributes:
        channel (str | Unset):
        count (int | Unset):
    """

    channel: str | Unset = UNSET
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if channel is not UNSET:
            field_dict["Channel"] = channel
        if count is not UNSET:
            field_dict["Count"] = count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        channel = d.pop("Channel", UNSET)
        if not isinstance(channel, (str, Unset)):
            raise TypeError("Channel: expected a string, got " + type(channel).__name__)

        count = d.pop("Count", UNSET)
        if not isinstance(count, Unset) and not (isinstance(count, int) and not isinstance(count, bool)):
            raise TypeError("Count: expected an integer, got " + type(count).__name__)

        channel_count = cls(
            channel=channel,
            count=count,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        channel_count.additional_properties = additional_properties
        return channel_count

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
