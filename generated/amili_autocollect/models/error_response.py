from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="ErrorResponse")


@_attrs_define(repr=False)
class ErrorResponse(_AmiliModel):
    """Error body; Amili does not document its format. Modelled open with the fields of RFC 7807 problem details
    and a common `message`/`errors` shape; unknown fields are kept.

        Attributes:
            type_ (str | Unset):
            title (str | Unset):
            status (int | str | Unset): HTTP status (problem details) or an Amili status string.
            detail (str | Unset):
            instance (str | Unset):
            message (str | Unset):
            trace_id (str | Unset):
            errors (ErrorResponseErrors | Unset):
    """

    type_: str | Unset = UNSET
    title: str | Unset = UNSET
    status: int | str | Unset = UNSET
    detail: str | Unset = UNSET
    instance: str | Unset = UNSET
    message: str | Unset = UNSET
    trace_id: str | Unset = UNSET
    errors: ErrorResponseErrors | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        title = self.title

        status: int | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        detail = self.detail

        instance = self.instance

        message = self.message

        trace_id = self.trace_id

        errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        if title is not UNSET:
            field_dict["title"] = title
        if status is not UNSET:
            field_dict["status"] = status
        if detail is not UNSET:
            field_dict["detail"] = detail
        if instance is not UNSET:
            field_dict["instance"] = instance
        if message is not UNSET:
            field_dict["message"] = message
        if trace_id is not UNSET:
            field_dict["traceId"] = trace_id
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)
        if not isinstance(type_, (str, Unset)):
            raise TypeError("type: expected a string, got " + type(type_).__name__)

        title = d.pop("title", UNSET)
        if not isinstance(title, (str, Unset)):
            raise TypeError("title: expected a string, got " + type(title).__name__)

        status = d.pop("status", UNSET)
        if not (isinstance(status, Unset)):

            def _parse_status(data: object) -> int | str | Unset:
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: int | str | Unset | None = None
                try:
                    if not (isinstance(data, int) and not isinstance(data, bool)):
                        raise TypeError()
                    status_type_0 = data
                    if not (isinstance(status_type_0, int) and not isinstance(status_type_0, bool)):
                        raise TypeError("status_type_0: expected an integer, got " + type(status_type_0).__name__)

                    if not getattr(status_type_0, "absent_fields", ()):
                        return status_type_0
                    if _fallback is None:
                        _fallback = status_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError("status: unexpected type " + type(data).__name__)
                    status_type_1 = data
                    if not isinstance(status_type_1, str):
                        raise TypeError("status_type_1: expected a string, got " + type(status_type_1).__name__)

                    if _fallback is None or not getattr(status_type_1, "absent_fields", ()):
                        return status_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            status = _parse_status(status)

        detail = d.pop("detail", UNSET)
        if not isinstance(detail, (str, Unset)):
            raise TypeError("detail: expected a string, got " + type(detail).__name__)

        instance = d.pop("instance", UNSET)
        if not isinstance(instance, (str, Unset)):
            raise TypeError("instance: expected a string, got " + type(instance).__name__)

        message = d.pop("message", UNSET)
        if not isinstance(message, (str, Unset)):
            raise TypeError("message: expected a string, got " + type(message).__name__)

        trace_id = d.pop("traceId", UNSET)
        if not isinstance(trace_id, (str, Unset)):
            raise TypeError("traceId: expected a string, got " + type(trace_id).__name__)

        _errors = d.pop("errors", UNSET)
        errors: ErrorResponseErrors | Unset
        if isinstance(_errors, Unset):
            errors = UNSET
        else:
            errors = ErrorResponseErrors.from_dict(_errors)

        error_response = cls(
            type_=type_,
            title=title,
            status=status,
            detail=detail,
            instance=instance,
            message=message,
            trace_id=trace_id,
            errors=errors,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        error_response.additional_properties = additional_properties
        return error_response

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


from ..models.error_response_errors import ErrorResponseErrors
