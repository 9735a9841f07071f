from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="Invoicee")


@_attrs_define(repr=False)
class Invoicee(_AmiliModel):
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
        if not isinstance(organization_number, (str, Unset)):
            raise TypeError("OrganizationNumber: expected a string, got " + type(organization_number).__name__)

        customer_no = d.pop("CustomerNo", UNSET)
        if not isinstance(customer_no, (str, Unset)):
            raise TypeError("CustomerNo: expected a string, got " + type(customer_no).__name__)

        einvoice_ref = d.pop("EinvoiceRef", UNSET)
        if not isinstance(einvoice_ref, (str, Unset)):
            raise TypeError("EinvoiceRef: expected a string, got " + type(einvoice_ref).__name__)

        einvoice_identifier = d.pop("EinvoiceIdentifier", UNSET)
        if not isinstance(einvoice_identifier, (str, Unset)):
            raise TypeError("EinvoiceIdentifier: expected a string, got " + type(einvoice_identifier).__name__)

        national_id = d.pop("NationalId", UNSET)
        if not isinstance(national_id, (str, Unset)):
            raise TypeError("NationalId: expected a string, got " + type(national_id).__name__)

        birth_date = d.pop("BirthDate", UNSET)
        if not isinstance(birth_date, (str, Unset)):
            raise TypeError("BirthDate: expected a string, got " + type(birth_date).__name__)

        name = d.pop("Name", UNSET)
        if not isinstance(name, (str, Unset)):
            raise TypeError("Name: expected a string, got " + type(name).__name__)

        address_1 = d.pop("Address1", UNSET)
        if not isinstance(address_1, (str, Unset)):
            raise TypeError("Address1: expected a string, got " + type(address_1).__name__)

        address_2 = d.pop("Address2", UNSET)
        if not isinstance(address_2, (str, Unset)):
            raise TypeError("Address2: expected a string, got " + type(address_2).__name__)

        address_3 = d.pop("Address3", UNSET)
        if not isinstance(address_3, (str, Unset)):
            raise TypeError("Address3: expected a string, got " + type(address_3).__name__)

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

        mobile = d.pop("Mobile", UNSET)
        if not isinstance(mobile, (str, Unset)):
            raise TypeError("Mobile: expected a string, got " + type(mobile).__name__)

        reference = d.pop("Reference", UNSET)
        if not isinstance(reference, (str, Unset)):
            raise TypeError("Reference: expected a string, got " + type(reference).__name__)

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

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        invoicee.additional_properties = additional_properties
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
