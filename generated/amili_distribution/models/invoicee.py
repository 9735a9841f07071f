from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Invoicee")


@_attrs_define
class Invoicee:
    """The consumer (recipient).

    Attributes:
        organization_number (str | Unset):
        customer_no (str | Unset):
        einvoice_ref (str | Unset):
        einvoice_identifier (str | Unset):
        national_id (str | Unset):
        birth_date (str | Unset): `DDMMYYYY`. Example: 24121985.
        name (str | Unset):
        address_1 (str | Unset):
        address_2 (str | Unset):
        address_3 (str | Unset):
        city (str | Unset):
        post_code (str | Unset):
        country_code (str | Unset):
        email (str | Unset):
        mobile (str | Unset):
        reference (str | Unset):
    """

    organization_number: str | Unset = UNSET
    customer_no: str | Unset = UNSET
    einvoice_ref: str | Unset = UNSET
    einvoice_identifier: str | Unset = UNSET
    national_id: str | Unset = UNSET
    birth_date: str | Unset = UNSET
    name: str | Unset = UNSET
    address_1: str | Unset = UNSET
    address_2: str | Unset = UNSET
    address_3: str | Unset = UNSET
    city: str | Unset = UNSET
    post_code: str | Unset = UNSET
    country_code: str | Unset = UNSET
    email: str | Unset = UNSET
    mobile: str | Unset = UNSET
    reference: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_number = self.organization_number

        customer_no = self.customer_no

        einvoice_ref = self.einvoice_ref

        einvoice_identifier = self.einvoice_identifier

        national_id = self.national_id

        birth_date = self.birth_date

        name = self.name

        address_1 = self.address_1

        address_2 = self.address_2

        address_3 = self.address_3

        city = self.city

        post_code = self.post_code

        country_code = self.country_code

        email = self.email

        mobile = self.mobile

        reference = self.reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if organization_number is not UNSET:
            field_dict["OrganizationNumber"] = organization_number
        if customer_no is not UNSET:
            field_dict["CustomerNo"] = customer_no
        if einvoice_ref is not UNSET:
            field_dict["EinvoiceRef"] = einvoice_ref
        if einvoice_identifier is not UNSET:
            field_dict["EinvoiceIdentifier"] = einvoice_identifier
        if national_id is not UNSET:
            field_dict["NationalId"] = national_id
        if birth_date is not UNSET:
            field_dict["BirthDate"] = birth_date
        if name is not UNSET:
            field_dict["Name"] = name
        if address_1 is not UNSET:
            field_dict["Address1"] = address_1
        if address_2 is not UNSET:
            field_dict["Address2"] = address_2
        if address_3 is not UNSET:
            field_dict["Address3"] = address_3
        if city is not UNSET:
            field_dict["City"] = city
        if post_code is not UNSET:
            field_dict["PostCode"] = post_code
        if country_code is not UNSET:
            field_dict["CountryCode"] = country_code
        if email is not UNSET:
            field_dict["Email"] = email
        if mobile is not UNSET:
            field_dict["Mobile"] = mobile
        if reference is not UNSET:
            field_dict["Reference"] = reference

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        organization_number = d.pop("OrganizationNumber", UNSET)

        customer_no = d.pop("CustomerNo", UNSET)

        einvoice_ref = d.pop("EinvoiceRef", UNSET)

        einvoice_identifier = d.pop("EinvoiceIdentifier", UNSET)

        national_id = d.pop("NationalId", UNSET)

        birth_date = d.pop("BirthDate", UNSET)

        name = d.pop("Name", UNSET)

        address_1 = d.pop("Address1", UNSET)

        address_2 = d.pop("Address2", UNSET)

        address_3 = d.pop("Address3", UNSET)

        city = d.pop("City", UNSET)

        post_code = d.pop("PostCode", UNSET)

        country_code = d.pop("CountryCode", UNSET)

        email = d.pop("Email", UNSET)

        mobile = d.pop("Mobile", UNSET)

        reference = d.pop("Reference", UNSET)

        invoicee = cls(
            organization_number=organization_number,
            customer_no=customer_no,
            einvoice_ref=einvoice_ref,
            einvoice_identifier=einvoice_identifier,
            national_id=national_id,
            birth_date=birth_date,
            name=name,
            address_1=address_1,
            address_2=address_2,
            address_3=address_3,
            city=city,
            post_code=post_code,
            country_code=country_code,
            email=email,
            mobile=mobile,
            reference=reference,
        )

        invoicee.additional_properties = d
        return invoicee

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
