from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from amili_common import ABSENT as _ABSENT
from amili_common import drop_absent as _drop_absent
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="TokenIntrospection")


@_attrs_define(repr=False)
class TokenIntrospection(_AmiliModel):
    """
    Attributes:
        active (bool):
        client_id (str | Unset):
        scope (str | Unset):
        iss (str | Unset):
        aud (str | Unset):
        sub (str | Unset):
        exp (int | Unset):
        iat (int | Unset):
        nbf (int | Unset):
    """

    active: bool
    client_id: str | Unset = UNSET
    scope: str | Unset = UNSET
    iss: str | Unset = UNSET
    aud: str | Unset = UNSET
    sub: str | Unset = UNSET
    exp: int | Unset = UNSET
    iat: int | Unset = UNSET
    nbf: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _absent = self.absent_fields
        if "active" not in _absent:
            active = self.active

        client_id = self.client_id

        scope = self.scope

        iss = self.iss

        aud = self.aud

        sub = self.sub

        exp = self.exp

        iat = self.iat

        nbf = self.nbf

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "active" not in _absent:
            field_dict["active"] = active
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if scope is not UNSET:
            field_dict["scope"] = scope
        if iss is not UNSET:
            field_dict["iss"] = iss
        if aud is not UNSET:
            field_dict["aud"] = aud
        if sub is not UNSET:
            field_dict["sub"] = sub
        if exp is not UNSET:
            field_dict["exp"] = exp
        if iat is not UNSET:
            field_dict["iat"] = iat
        if nbf is not UNSET:
            field_dict["nbf"] = nbf

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _absent: list[tuple[str, str]] = []
        if "active" not in d:
            active = _ABSENT
            _absent.append(("active", "active"))
        else:
            active = d.pop("active")
            if not (isinstance(active, bool)):
                raise TypeError("active: expected a boolean, got " + type(active).__name__)

        client_id = d.pop("client_id", UNSET)
        if not isinstance(client_id, (str, Unset)):
            raise TypeError("client_id: expected a string, got " + type(client_id).__name__)

        scope = d.pop("scope", UNSET)
        if not isinstance(scope, (str, Unset)):
            raise TypeError("scope: expected a string, got " + type(scope).__name__)

        iss = d.pop("iss", UNSET)
        if not isinstance(iss, (str, Unset)):
            raise TypeError("iss: expected a string, got " + type(iss).__name__)

        aud = d.pop("aud", UNSET)
        if not isinstance(aud, (str, Unset)):
            raise TypeError("aud: expected a string, got " + type(aud).__name__)

        sub = d.pop("sub", UNSET)
        if not isinstance(sub, (str, Unset)):
            raise TypeError("sub: expected a string, got " + type(sub).__name__)

        exp = d.pop("exp", UNSET)
        if not isinstance(exp, Unset) and not (isinstance(exp, int) and not isinstance(exp, bool)):
            raise TypeError("exp: expected an integer, got " + type(exp).__name__)

        iat = d.pop("iat", UNSET)
        if not isinstance(iat, Unset) and not (isinstance(iat, int) and not isinstance(iat, bool)):
            raise TypeError("iat: expected an integer, got " + type(iat).__name__)

        nbf = d.pop("nbf", UNSET)
        if not isinstance(nbf, Unset) and not (isinstance(nbf, int) and not isinstance(nbf, bool)):
            raise TypeError("nbf: expected an integer, got " + type(nbf).__name__)

        token_introspection = cls(
            active=active,
            client_id=client_id,
            scope=scope,
            iss=iss,
            aud=aud,
            sub=sub,
            exp=exp,
            iat=iat,
            nbf=nbf,
        )

        if _absent:
            _drop_absent(token_introspection, _absent)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        token_introspection.additional_properties = additional_properties
        return token_introspection

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
