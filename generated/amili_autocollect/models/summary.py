from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="Summary")


@_attrs_define(repr=False)
class Summary(_AmiliModel):
    """Envelope summary. `status` seen as `SUCCESS`; `nextPageToken` is the cursor of the next page.

    Attributes:
        status (str | Unset):
        next_page_token (None | str | Unset): Absent / null on the last page (inferred).
    """

    status: str | Unset = UNSET
    next_page_token: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        next_page_token: None | str | Unset
        if isinstance(self.next_page_token, Unset):
            next_page_token = UNSET
        else:
            next_page_token = self.next_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if status is not UNSET:
            field_dict["status"] = status
        if next_page_token is not UNSET:
            field_dict["nextPageToken"] = next_page_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = d.pop("status", UNSET)
        if not isinstance(status, (str, Unset)):
            raise TypeError("status: expected a string, got " + type(status).__name__)

        next_page_token = d.pop("nextPageToken", UNSET)
        if not (next_page_token is None or isinstance(next_page_token, Unset)):

            def _parse_next_page_token(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: None | str | Unset = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    next_page_token_type_0 = data
                    if not isinstance(next_page_token_type_0, str):
                        raise TypeError(
                            "nextPageToken_type_0: expected a string, got " + type(next_page_token_type_0).__name__
                        )

                    if not getattr(next_page_token_type_0, "absent_fields", ()):
                        return next_page_token_type_0
                    if _fallback is None:
                        _fallback = next_page_token_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("nextPageToken: unexpected type " + type(data).__name__)
                    next_page_token_type_1 = data

                    if _fallback is None or not getattr(next_page_token_type_1, "absent_fields", ()):
                        return next_page_token_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            next_page_token = _parse_next_page_token(next_page_token)

        summary = cls(
            status=status,
            next_page_token=next_page_token,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        summary.additional_properties = additional_properties
        return summary

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
