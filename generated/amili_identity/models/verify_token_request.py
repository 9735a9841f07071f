from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from amili_common import ABSENT as _ABSENT
from amili_common import drop_absent as _drop_absent
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="VerifyTokenRequest")


@_attrs_define(repr=False)
class VerifyTokenRequest(_AmiliModel):
    """
    Attributes:
        token (str):
        token_type_hint (str | Unset):
    """

    token: str
    token_type_hint: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _absent = self.absent_fields
        if "token" not in _absent:
            token = self.token

        token_type_hint = self.token_type_hint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "token" not in _absent:
            field_dict["token"] = token
        if token_type_hint is not UNSET:
            field_dict["token_type_hint"] = token_type_hint

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _absent: list[tuple[str, str]] = []
        if "token" not in d:
            token = _ABSENT
            _absent.append(("token", "token"))
        else:
            token = d.pop("token")
            if not isinstance(token, str):
                raise TypeError("token: expected a string, got " + type(token).__name__)

        token_type_hint = d.pop("token_type_hint", UNSET)
        if not isinstance(token_type_hint, (str, Unset)):
            raise TypeError("token_type_hint: expected a string, got " + type(token_type_hint).__name__)

        verify_token_request = cls(
            token=token,
            token_type_hint=token_type_hint,
        )

        if _absent:
            _drop_absent(verify_token_request, _absent)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        verify_token_request.additional_properties = additional_properties
        return verify_token_request

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
