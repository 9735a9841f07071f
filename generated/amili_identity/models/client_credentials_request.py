from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="ClientCredentialsRequest")


@_attrs_define(repr=False)
class ClientCredentialsRequest(_AmiliModel):
    """
    Attributes:
        grant_type (str): Always `client_credentials` (the form fields table gives this one value). Example:
            client_credentials.
        client_id (str): Client id assigned by Amili.
        client_secret (str): Client secret assigned by Amili.
        scope (str | Unset): Space-separated scopes, e.g. `write:collection.case` (how scopes are requested is
            inferred).
    """

    grant_type: str
    client_id: str
    client_secret: str
    scope: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type

        client_id = self.client_id

        client_secret = self.client_secret

        scope = self.scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grant_type": grant_type,
                "client_id": client_id,
                "client_secret": client_secret,
            }
        )
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        grant_type = d.pop("grant_type")
        if not isinstance(grant_type, str):
            raise TypeError("grant_type: expected a string, got " + type(grant_type).__name__)

        client_id = d.pop("client_id")
        if not isinstance(client_id, str):
            raise TypeError("client_id: expected a string, got " + type(client_id).__name__)

        client_secret = d.pop("client_secret")
        if not isinstance(client_secret, str):
            raise TypeError("client_secret: expected a string, got " + type(client_secret).__name__)

        scope = d.pop("scope", UNSET)
        if not isinstance(scope, (str, Unset)):
            raise TypeError("scope: expected a string, got " + type(scope).__name__)

        client_credentials_request = cls(
            grant_type=grant_type,
            client_id=client_id,
            client_secret=client_secret,
            scope=scope,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        client_credentials_request.additional_properties = additional_properties
        return client_credentials_request

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
