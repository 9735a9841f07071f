from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="Invoicer")


@_attrs_define(repr=False)
class Invoicer(_AmiliModel):
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
        if not isinstance(company_reg_no, (str, Unset)):
            raise TypeError("CompanyRegNo: expected a string, got " + type(company_reg_no).__name__)

        name = d.pop("Name", UNSET)
        if not isinstance(name, (str, Unset)):
            raise TypeError("Name: expected a string, got " + type(name).__name__)

        address_1 = d.pop("Address1", UNSET)
        if not isinstance(address_1, (str, Unset)):
            raise TypeError("Address1: expected a string, got " + type(address_1).__name__)

        city = d.pop("City", UNSET)
        if not isinstance(city, (str, Unset)):
            raise TypeError("City: expected a string, got " + type(city).__name__)

        post_code = d.pop("PostCode", UNSET)
        if not isinstance(post_code, (str, Unset)):
            raise TypeError("PostCode: expected a string, got " + type(post_code).__name__)

        country_code = d.pop("CountryCode", UNSET)
        if not isinstance(country_code, (str, Unset)):
            raise TypeError("CountryCode: expected a string, got " + type(country_code).__name__)

        email = d.pop("Email", UNSET)
        if not isinstance(email, (str, Unset)):
            raise TypeError("Email: expected a string, got " + type(email).__name__)

        phone = d.pop("Phone", UNSET)
        if not isinstance(phone, (str, Unset)):
            raise TypeError("Phone: expected a string, got " + type(phone).__name__)

        web_address = d.pop("WebAddress", UNSET)
        if not isinstance(web_address, (str, Unset)):
            raise TypeError("WebAddress: expected a string, got " + type(web_address).__name__)

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

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        invoicer.additional_properties = additional_properties
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
