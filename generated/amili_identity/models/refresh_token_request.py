from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from amili_common import ABSENT as _ABSENT
from amili_common import drop_absent as _drop_absent
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="RefreshTokenRequest")


@_attrs_define(repr=False)
class RefreshTokenRequest(_AmiliModel):
    """
    Attributes:
        grant_type (str): Always `refresh_token` (inferred, RFC 6749 §6).
        refresh_token (str):
        client_id (str | Unset):
        client_secret (str | Unset):
        scope (str | Unset):
    """

    grant_type: str
    refresh_token: str
    client_id: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    scope: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _absent = self.absent_fields
        if "grant_type" not in _absent:
            grant_type = self.grant_type

        if "refresh_token" not in _absent:
            refresh_token = self.refresh_token

        client_id = self.client_id

        client_secret = self.client_secret

        scope = self.scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "grant_type" not in _absent:
            field_dict["grant_type"] = grant_type
        if "refresh_token" not in _absent:
            field_dict["refresh_token"] = refresh_token
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _absent: list[tuple[str, str]] = []
        if "grant_type" not in d:
            grant_type = _ABSENT
            _absent.append(("grant_type", "grant_type"))
        else:
            grant_type = d.pop("grant_type")
            if not isinstance(grant_type, str):
                raise TypeError("grant_type: expected a string, got " + type(grant_type).__name__)

        if "refresh_token" not in d:
            refresh_token = _ABSENT
            _absent.append(("refresh_token", "refresh_token"))
        else:
            refresh_token = d.pop("refresh_token")
            if not isinstance(refresh_token, str):
                raise TypeError("refresh_token: expected a string, got " + type(refresh_token).__name__)

        client_id = d.pop("client_id", UNSET)
        if not isinstance(client_id, (str, Unset)):
            raise TypeError("client_id: expected a string, got " + type(client_id).__name__)

        client_secret = d.pop("client_secret", UNSET)
        if not isinstance(client_secret, (str, Unset)):
            raise TypeError("client_secret: expected a string, got " + type(client_secret).__name__)

        scope = d.pop("scope", UNSET)
        if not isinstance(scope, (str, Unset)):
            raise TypeError("scope: expected a string, got " + type(scope).__name__)

        refresh_token_request = cls(
            grant_type=grant_type,
            refresh_token=refresh_token,
            client_id=client_id,
            client_secret=client_secret,
            scope=scope,
        )

        if _absent:
            _drop_absent(refresh_token_request, _absent)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        refresh_token_request.additional_properties = additional_properties
        return refresh_token_request

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
