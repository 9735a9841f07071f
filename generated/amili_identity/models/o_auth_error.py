from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from amili_common import ABSENT as _ABSENT
from amili_common import drop_absent as _drop_absent
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="OAuthError")


@_attrs_define(repr=False)
class OAuthError(_AmiliModel):
    """OAuth2 error body; Amili does not document its shape, RFC 6749 §5.2 is assumed.

    Attributes:
        error (str): e.g. `invalid_client`, `invalid_grant`, `unauthorized_client`, `invalid_request`.
        error_description (str | Unset):
        error_uri (str | Unset):
    """

    error: str
    error_description: str | Unset = UNSET
    error_uri: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _absent = self.absent_fields
        if "error" not in _absent:
            error = self.error

        error_description = self.error_description

        error_uri = self.error_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "error" not in _absent:
            field_dict["error"] = error
        if error_description is not UNSET:
            field_dict["error_description"] = error_description
        if error_uri is not UNSET:
            field_dict["error_uri"] = error_uri

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _absent: list[tuple[str, str]] = []
        if "error" not in d:
            error = _ABSENT
            _absent.append(("error", "error"))
        else:
            error = d.pop("error")
            if not isinstance(error, str):
                raise TypeError("error: expected a string, got " + type(error).__name__)

        error_description = d.pop("error_description", UNSET)
        if not isinstance(error_description, (str, Unset)):
            raise TypeError("error_description: expected a string, got " + type(error_description).__name__)

        error_uri = d.pop("error_uri", UNSET)
        if not isinstance(error_uri, (str, Unset)):
            raise TypeError("error_uri: expected a string, got " + type(error_uri).__name__)

        o_auth_error = cls(
            error=error,
            error_description=error_description,
            error_uri=error_uri,
        )

        if _absent:
            _drop_absent(o_auth_error, _absent)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        o_auth_error.additional_properties = additional_properties
        return o_auth_error

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
