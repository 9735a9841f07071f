from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="Subscription")


@_attrs_define(repr=False)
class Subscription(_AmiliModel):
    """The sender's subscription, sent in the body of the documented credit note. What it authorises is not
    documented; that it replaces an Authorization header is a guess (inferred), and so is its presence on the
    other operations.

        Attributes:
            subscription_id (str | Unset):  Example: DYubVXsH5pkH5rNXMJm9zjNQWSjQ1wYr.
            storage_id (str | Unset):  Example: 267.
    """

    subscription_id: str | Unset = UNSET
    storage_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscription_id = self.subscription_id

        storage_id = self.storage_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if subscription_id is not UNSET:
            field_dict["SubscriptionId"] = subscription_id
        if storage_id is not UNSET:
            field_dict["StorageId"] = storage_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        subscription_id = d.pop("SubscriptionId", UNSET)
        if not isinstance(subscription_id, (str, Unset)):
            raise TypeError("SubscriptionId: expected a string, got " + type(subscription_id).__name__)

        storage_id = d.pop("StorageId", UNSET)
        if not isinstance(storage_id, (str, Unset)):
            raise TypeError("StorageId: expected a string, got " + type(storage_id).__name__)

        subscription = cls(
            subscription_id=subscription_id,
            storage_id=storage_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        subscription.additional_properties = additional_properties
        return subscription

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
