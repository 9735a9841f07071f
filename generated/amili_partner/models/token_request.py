from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from amili_common import ABSENT as _ABSENT
from amili_common import drop_absent as _drop_absent
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="TokenRequest")


@_attrs_define(repr=False)
class TokenRequest(_AmiliModel):
    """
    Attributes:
        client_id (str):
        client_secret (str):
    """

    client_id: str
    client_secret: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _absent = self.absent_fields
        if "client_id" not in _absent:
            client_id = self.client_id

        if "client_secret" not in _absent:
            client_secret = self.client_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "client_id" not in _absent:
            field_dict["ClientId"] = client_id
        if "client_secret" not in _absent:
            field_dict["ClientSecret"] = client_secret

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _absent: list[tuple[str, str]] = []
        if "ClientId" not in d:
            client_id = _ABSENT
            _absent.append(("client_id", "ClientId"))
        else:
            client_id = d.pop("ClientId")
            if not isinstance(client_id, str):
                raise TypeError("ClientId: expected a string, got " + type(client_id).__name__)

        if "ClientSecret" not in d:
            client_secret = _ABSENT
            _absent.append(("client_secret", "ClientSecret"))
        else:
            client_secret = d.pop("ClientSecret")
            if not isinstance(client_secret, str):
                raise TypeError("ClientSecret: expected a string, got " + type(client_secret).__name__)

        token_request = cls(
            client_id=client_id,
            client_secret=client_secret,
        )

        if _absent:
            _drop_absent(token_request, _absent)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        token_request.additional_properties = additional_properties
        return token_request

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
