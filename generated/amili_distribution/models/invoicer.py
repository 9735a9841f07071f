from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Invoicer")


@_attrs_define
class Invoicer:
    """The sender company.

    Attributes:
        company_reg_no (str | Unset):
        name (str | Unset):
        address_1 (str | Unset):
        city (str | Unset):
        post_code (str | Unset):
        country_code (str | Unset):
        email (str | Unset):
        phone (str | Unset):
        web_address (str | Unset):
    """

    company_reg_no: str | Unset = UNSET
    name: str | Unset = UNSET
    address_1: str | Unset = UNSET
    city: str | Unset = UNSET
    post_code: str | Unset = UNSET
    country_code: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    web_address: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_reg_no = self.company_reg_no

        name = self.name

        address_1 = self.address_1

        city = self.city

        post_code = self.post_code

        country_code = self.country_code

        email = self.email

        phone = self.phone

        web_address = self.web_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_reg_no is not UNSET:
            field_dict["CompanyRegNo"] = company_reg_no
        if name is not UNSET:
            field_dict["Name"] = name
        if address_1 is not UNSET:
            field_dict["Address1"] = address_1
        if city is not UNSET:
            field_dict["City"] = city
        if post_code is not UNSET:
            field_dict["PostCode"] = post_code
        if country_code is not UNSET:
            field_dict["CountryCode"] = country_code
        if email is not UNSET:
            field_dict["Email"] = email
        if phone is not UNSET:
            field_dict["Phone"] = phone
        if web_address is not UNSET:
            field_dict["WebAddress"] = web_address

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        company_reg_no = d.pop("CompanyRegNo", UNSET)

        name = d.pop("Name", UNSET)

        address_1 = d.pop("Address1", UNSET)

        city = d.pop("City", UNSET)

        post_code = d.pop("PostCode", UNSET)

        country_code = d.pop("CountryCode", UNSET)

        email = d.pop("Email", UNSET)

        phone = d.pop("Phone", UNSET)

        web_address = d.pop("WebAddress", UNSET)

        invoicer = cls(
            company_reg_no=company_reg_no,
            name=name,
            address_1=address_1,
            city=city,
            post_code=post_code,
            country_code=country_code,
            email=email,
            phone=phone,
            web_address=web_address,
        )

        invoicer.additional_properties = d
        return invoicer

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
