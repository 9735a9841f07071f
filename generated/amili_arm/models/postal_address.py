from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="PostalAddress")


@_attrs_define(repr=False)
class PostalAddress(_AmiliModel):
    """
    Attributes:
        address_line_1 (None | str | Unset):
        address_line_2 (None | str | Unset):
        address_line_3 (None | str | Unset):
        postal_code (None | str | Unset):
        city_name (None | str | Unset):
        country_text (None | str | Unset):
        country_code (None | str | Unset): ISO 3166-1 alpha-2, e.g. `NO`.
    """

    address_line_1: None | str | Unset = UNSET
    address_line_2: None | str | Unset = UNSET
    address_line_3: None | str | Unset = UNSET
    postal_code: None | str | Unset = UNSET
    city_name: None | str | Unset = UNSET
    country_text: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_line_1: None | str | Unset
        if isinstance(self.address_line_1, Unset):
            address_line_1 = UNSET
        else:
            address_line_1 = self.address_line_1

        address_line_2: None | str | Unset
        if isinstance(self.address_line_2, Unset):
            address_line_2 = UNSET
        else:
            address_line_2 = self.address_line_2

        address_line_3: None | str | Unset
        if isinstance(self.address_line_3, Unset):
            address_line_3 = UNSET
        else:
            address_line_3 = self.address_line_3

        postal_code: None | str | Unset
        if isinstance(self.postal_code, Unset):
            postal_code = UNSET
        else:
            postal_code = self.postal_code

        city_name: None | str | Unset
        if isinstance(self.city_name, Unset):
            city_name = UNSET
        else:
            city_name = self.city_name

        country_text: None | str | Unset
        if isinstance(self.country_text, Unset):
            country_text = UNSET
        else:
            country_text = self.country_text

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if address_line_1 is not UNSET:
            field_dict["addressLine1"] = address_line_1
        if address_line_2 is not UNSET:
            field_dict["addressLine2"] = address_line_2
        if address_line_3 is not UNSET:
            field_dict["addressLine3"] = address_line_3
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if city_name is not UNSET:
            field_dict["cityName"] = city_name
        if country_text is not UNSET:
            field_dict["countryText"] = country_text
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        address_line_1 = d.pop("addressLine1", UNSET)
        if not (address_line_1 is None or isinstance(address_line_1, Unset)):

            def _parse_address_line_1(data: object) -> None | str | Unset:
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
                    address_line_1_type_0 = data
                    if not isinstance(address_line_1_type_0, str):
                        raise TypeError(
                            "addressLine1_type_0: expected a string, got " + type(address_line_1_type_0).__name__
                        )

                    if not getattr(address_line_1_type_0, "absent_fields", ()):
                        return address_line_1_type_0
                    if _fallback is None:
                        _fallback = address_line_1_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("addressLine1: unexpected type " + type(data).__name__)
                    address_line_1_type_1 = data

                    if _fallback is None or not getattr(address_line_1_type_1, "absent_fields", ()):
                        return address_line_1_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            address_line_1 = _parse_address_line_1(address_line_1)

        address_line_2 = d.pop("addressLine2", UNSET)
        if not (address_line_2 is None or isinstance(address_line_2, Unset)):

            def _parse_address_line_2(data: object) -> None | str | Unset:
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
                    address_line_2_type_0 = data
                    if not isinstance(address_line_2_type_0, str):
                        raise TypeError(
                            "addressLine2_type_0: expected a string, got " + type(address_line_2_type_0).__name__
                        )

                    if not getattr(address_line_2_type_0, "absent_fields", ()):
                        return address_line_2_type_0
                    if _fallback is None:
                        _fallback = address_line_2_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("addressLine2: unexpected type " + type(data).__name__)
                    address_line_2_type_1 = data

                    if _fallback is None or not getattr(address_line_2_type_1, "absent_fields", ()):
                        return address_line_2_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            address_line_2 = _parse_address_line_2(address_line_2)

        address_line_3 = d.pop("addressLine3", UNSET)
        if not (address_line_3 is None or isinstance(address_line_3, Unset)):

            def _parse_address_line_3(data: object) -> None | str | Unset:
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
                    address_line_3_type_0 = data
                    if not isinstance(address_line_3_type_0, str):
                        raise TypeError(
                            "addressLine3_type_0: expected a string, got " + type(address_line_3_type_0).__name__
                        )

                    if not getattr(address_line_3_type_0, "absent_fields", ()):
                        return address_line_3_type_0
                    if _fallback is None:
                        _fallback = address_line_3_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("addressLine3: unexpected type " + type(data).__name__)
                    address_line_3_type_1 = data

                    if _fallback is None or not getattr(address_line_3_type_1, "absent_fields", ()):
                        return address_line_3_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            address_line_3 = _parse_address_line_3(address_line_3)

        postal_code = d.pop("postalCode", UNSET)
        if not (postal_code is None or isinstance(postal_code, Unset)):

            def _parse_postal_code(data: object) -> None | str | Unset:
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
                    postal_code_type_0 = data
                    if not isinstance(postal_code_type_0, str):
                        raise TypeError(
                            "postalCode_type_0: expected a string, got " + type(postal_code_type_0).__name__
                        )

                    if not getattr(postal_code_type_0, "absent_fields", ()):
                        return postal_code_type_0
                    if _fallback is None:
                        _fallback = postal_code_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("postalCode: unexpected type " + type(data).__name__)
                    postal_code_type_1 = data

                    if _fallback is None or not getattr(postal_code_type_1, "absent_fields", ()):
                        return postal_code_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            postal_code = _parse_postal_code(postal_code)

        city_name = d.pop("cityName", UNSET)
        if not (city_name is None or isinstance(city_name, Unset)):

            def _parse_city_name(data: object) -> None | str | Unset:
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
                    city_name_type_0 = data
                    if not isinstance(city_name_type_0, str):
                        raise TypeError("cityName_type_0: expected a string, got " + type(city_name_type_0).__name__)

                    if not getattr(city_name_type_0, "absent_fields", ()):
                        return city_name_type_0
                    if _fallback is None:
                        _fallback = city_name_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("cityName: unexpected type " + type(data).__name__)
                    city_name_type_1 = data

                    if _fallback is None or not getattr(city_name_type_1, "absent_fields", ()):
                        return city_name_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            city_name = _parse_city_name(city_name)

        country_text = d.pop("countryText", UNSET)
        if not (country_text is None or isinstance(country_text, Unset)):

            def _parse_country_text(data: object) -> None | str | Unset:
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
                    country_text_type_0 = data
                    if not isinstance(country_text_type_0, str):
                        raise TypeError(
                            "countryText_type_0: expected a string, got " + type(country_text_type_0).__name__
                        )

                    if not getattr(country_text_type_0, "absent_fields", ()):
                        return country_text_type_0
                    if _fallback is None:
                        _fallback = country_text_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("countryText: unexpected type " + type(data).__name__)
                    country_text_type_1 = data

                    if _fallback is None or not getattr(country_text_type_1, "absent_fields", ()):
                        return country_text_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            country_text = _parse_country_text(country_text)

        country_code = d.pop("countryCode", UNSET)
        if not (country_code is None or isinstance(country_code, Unset)):

            def _parse_country_code(data: object) -> None | str | Unset:
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
                    country_code_type_0 = data
                    if not isinstance(country_code_type_0, str):
                        raise TypeError(
                            "countryCode_type_0: expected a string, got " + type(country_code_type_0).__name__
                        )

                    if not getattr(country_code_type_0, "absent_fields", ()):
                        return country_code_type_0
                    if _fallback is None:
                        _fallback = country_code_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("countryCode: unexpected type " + type(data).__name__)
                    country_code_type_1 = data

                    if _fallback is None or not getattr(country_code_type_1, "absent_fields", ()):
                        return country_code_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            country_code = _parse_country_code(country_code)

        postal_address = cls(
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            address_line_3=address_line_3,
            postal_code=postal_code,
            city_name=city_name,
            country_text=country_text,
            country_code=country_code,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        postal_address.additional_properties = additional_properties
        return postal_address

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
