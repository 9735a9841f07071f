from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="TokenResponse")


@_attrs_define(repr=False)
class TokenResponse(_AmiliModel):
    """
    Attributes:
        access_token (str): RS256 JWT, sent as `Authorization: Bearer {access_token}`.
        token_type (str):  Example: Bearer.
        expires_in (int): Lifetime in seconds (typically 3600).
        not_before (int | Unset): Unix time the token becomes valid.
        expires_on (int | Unset): Unix time the token expires.
        resource (str | Unset): Audience / resource id (uuid).
        scope (str | Unset):
        refresh_token (str | Unset):
    """

    access_token: str
    token_type: str
    expires_in: int
    not_before: int | Unset = UNSET
    expires_on: int | Unset = UNSET
    resource: str | Unset = UNSET
    scope: str | Unset = UNSET
    refresh_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        token_type = self.token_type

        expires_in = self.expires_in

        not_before = self.not_before

        expires_on = self.expires_on

        resource = self.resource

        scope = self.scope

        refresh_token = self.refresh_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "token_type": token_type,
                "expires_in": expires_in,
            }
        )
        if not_before is not UNSET:
            field_dict["not_before"] = not_before
        if expires_on is not UNSET:
            field_dict["expires_on"] = expires_on
        if resource is not UNSET:
            field_dict["resource"] = resource
        if scope is not UNSET:
            field_dict["scope"] = scope
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        access_token = d.pop("access_token")
        if not isinstance(access_token, str):
            raise TypeError("access_token: expected a string, got " + type(access_token).__name__)

        token_type = d.pop("token_type")
        if not isinstance(token_type, str):
            raise TypeError("token_type: expected a string, got " + type(token_type).__name__)

        expires_in = d.pop("expires_in")
        if not (isinstance(expires_in, int) and not isinstance(expires_in, bool)):
            raise TypeError("expires_in: expected an integer, got " + type(expires_in).__name__)

        not_before = d.pop("not_before", UNSET)
        if not isinstance(not_before, Unset) and not (isinstance(not_before, int) and not isinstance(not_before, bool)):
            raise TypeError("not_before: expected an integer, got " + type(not_before).__name__)

        expires_on = d.pop("expires_on", UNSET)
        if not isinstance(expires_on, Unset) and not (isinstance(expires_on, int) and not isinstance(expires_on, bool)):
            raise TypeError("expires_on: expected an integer, got " + type(expires_on).__name__)

        resource = d.pop("resource", UNSET)
        if not isinstance(resource, (str, Unset)):
            raise TypeError("resource: expected a string, got " + type(resource).__name__)

        scope = d.pop("scope", UNSET)
        if not isinstance(scope, (str, Unset)):
            raise TypeError("scope: expected a string, got " + type(scope).__name__)

        refresh_token = d.pop("refresh_token", UNSET)
        if not isinstance(refresh_token, (str, Unset)):
            raise TypeError("refresh_token: expected a string, got " + type(refresh_token).__name__)

        token_response = cls(
            access_token=access_token,
            token_type=token_type,
            expires_in=expires_in,
            not_before=not_before,
            expires_on=expires_on,
            resource=resource,
            scope=scope,
            refresh_token=refresh_token,
        )

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
