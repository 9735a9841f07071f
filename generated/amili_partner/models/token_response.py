from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from amili_common import ABSENT as _ABSENT
from amili_common import drop_absent as _drop_absent
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="TokenResponse")


@_attrs_define(repr=False)
class TokenResponse(_AmiliModel):
    """
    Attributes:
        token (str): Sent as `Authorization: Bearer <Token>`.
        expires (str | Unset): Expiry timestamp as sent by Amili (format undocumented).
    """

    token: str
    expires: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _absent = self.absent_fields
        if "token" not in _absent:
            token = self.token

        expires = self.expires

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "token" not in _absent:
            field_dict["Token"] = token
        if expires is not UNSET:
            field_dict["Expires"] = expires

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _absent: list[tuple[str, str]] = []
        if "Token" not in d:
            token = _ABSENT
            _absent.append(("token", "Token"))
        else:
            token = d.pop("Token")
            if not isinstance(token, str):
                raise TypeError("Token: expected a string, got " + type(token).__name__)

        expires = d.pop("Expires", UNSET)
        if not isinstance(expires, (str, Unset)):
            raise TypeError("Expires: expected a string, got " + type(expires).__name__)

        token_response = cls(
            token=token,
            expires=expires,
        )

        if _absent:
            _drop_absent(token_response, _absent)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        token_response.additional_properties = additional_properties
        return token_response

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
