from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from amili_common import ABSENT as _ABSENT
from amili_common import drop_absent as _drop_absent
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="B2CLetterRequest")


@_attrs_define(repr=False)
class B2CLetterRequest(_AmiliModel):
    """
    Attributes:
        letter (B2CLetter): Letter without payment information; fields by analogy with the B2C invoice (inferred, open).
        subscription (Subscription | Unset): The sender's subscription, sent in the body of the documented credit note.
            What it authorises is not
            documented; that it replaces an Authorization header is a guess (inferred), and so is its presence on the
            other operations.
    """

    letter: B2CLetter
    subscription: Subscription | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _absent = self.absent_fields
        if "letter" not in _absent:
            letter = self.letter.to_dict()

        subscription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription, Unset):
            subscription = self.subscription.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "letter" not in _absent:
            field_dict["Letter"] = letter
        if subscription is not UNSET:
            field_dict["Subscription"] = subscription

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _absent: list[tuple[str, str]] = []
        if "Letter" not in d:
            letter = _ABSENT
            _absent.append(("letter", "Letter"))
        else:
            letter = B2CLetter.from_dict(d.pop("Letter"))

        _subscription = d.pop("Subscription", UNSET)
        subscription: Subscription | Unset
        if isinstance(_subscription, Unset):
            subscription = UNSET
        else:
            subscription = Subscription.from_dict(_subscription)

        b2c_letter_request = cls(
            letter=letter,
            subscription=subscription,
        )

        if _absent:
            _drop_absent(b2c_letter_request, _absent)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        b2c_letter_request.additional_properties = additional_properties
        return b2c_letter_request

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


from ..models.b2c_letter import B2CLetter
from ..models.subscription import Subscription
