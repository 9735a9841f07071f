from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="Party")


@_attrs_define(repr=False)
class Party(_AmiliModel):
    """
    Attributes:
        endpoint_id (str | Unset): Electronic address (PEPPOL participant id).
        scheme_id (str | Unset): ICD scheme of `EndpointID`, e.g. `0088` (GLN) or `0192` (Norwegian org. no.). Example:
            0088.
        party_identification (PartyIdentification | Unset):
        party_name (PartyName | Unset):
        postal_address (PostalAddress | Unset): UBL address; also used as `Delivery.DeliveryLocation.Address`.
        party_tax_scheme (list[PartyTaxScheme] | Unset):
        party_legal_entity (PartyLegalEntity | Unset):
        contact (Contact | Unset):
    """

    endpoint_id: str | Unset = UNSET
    scheme_id: str | Unset = UNSET
    party_identification: PartyIdentification | Unset = UNSET
    party_name: PartyName | Unset = UNSET
    postal_address: PostalAddress | Unset = UNSET
    party_tax_scheme: list[PartyTaxScheme] | Unset = UNSET
    party_legal_entity: PartyLegalEntity | Unset = UNSET
    contact: Contact | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint_id = self.endpoint_id

        scheme_id = self.scheme_id

        party_identification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.party_identification, Unset):
            party_identification = self.party_identification.to_dict()

        party_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.party_name, Unset):
            party_name = self.party_name.to_dict()

        postal_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.postal_address, Unset):
            postal_address = self.postal_address.to_dict()

        party_tax_scheme: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.party_tax_scheme, Unset):
            party_tax_scheme = []
            for party_tax_scheme_item_data in self.party_tax_scheme:
                party_tax_scheme_item = party_tax_scheme_item_data.to_dict()
                party_tax_scheme.append(party_tax_scheme_item)

        party_legal_entity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.party_legal_entity, Unset):
            party_legal_entity = self.party_legal_entity.to_dict()

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if endpoint_id is not UNSET:
            field_dict["EndpointID"] = endpoint_id
        if scheme_id is not UNSET:
            field_dict["SchemeID"] = scheme_id
        if party_identification is not UNSET:
            field_dict["PartyIdentification"] = party_identification
        if party_name is not UNSET:
            field_dict["PartyName"] = party_name
        if postal_address is not UNSET:
            field_dict["PostalAddress"] = postal_address
        if party_tax_scheme is not UNSET:
            field_dict["PartyTaxScheme"] = party_tax_scheme
        if party_legal_entity is not UNSET:
            field_dict["PartyLegalEntity"] = party_legal_entity
        if contact is not UNSET:
            field_dict["Contact"] = contact

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        endpoint_id = d.pop("EndpointID", UNSET)
        if not isinstance(endpoint_id, (str, Unset)):
            raise TypeError("EndpointID: expected a string, got " + type(endpoint_id).__name__)

        scheme_id = d.pop("SchemeID", UNSET)
        if not isinstance(scheme_id, (str, Unset)):
            raise TypeError("SchemeID: expected a string, got " + type(scheme_id).__name__)

        _party_identification = d.pop("PartyIdentification", UNSET)
        party_identification: PartyIdentification | Unset
        if isinstance(_party_identification, Unset):
            party_identification = UNSET
        else:
            party_identification = PartyIdentification.from_dict(_party_identification)

        _party_name = d.pop("PartyName", UNSET)
        party_name: PartyName | Unset
        if isinstance(_party_name, Unset):
            party_name = UNSET
        else:
            party_name = PartyName.from_dict(_party_name)

        _postal_address = d.pop("PostalAddress", UNSET)
        postal_address: PostalAddress | Unset
        if isinstance(_postal_address, Unset):
            postal_address = UNSET
        else:
            postal_address = PostalAddress.from_dict(_postal_address)

        _party_tax_scheme = d.pop("PartyTaxScheme", UNSET)
        party_tax_scheme: list[PartyTaxScheme] | Unset = UNSET
        if _party_tax_scheme is not UNSET:
            party_tax_scheme = []
            for party_tax_scheme_item_data in _party_tax_scheme:
                party_tax_scheme_item = PartyTaxScheme.from_dict(party_tax_scheme_item_data)

                party_tax_scheme.append(party_tax_scheme_item)

        _party_legal_entity = d.pop("PartyLegalEntity", UNSET)
        party_legal_entity: PartyLegalEntity | Unset
        if isinstance(_party_legal_entity, Unset):
            party_legal_entity = UNSET
        else:
            party_legal_entity = PartyLegalEntity.from_dict(_party_legal_entity)

        _contact = d.pop("Contact", UNSET)
        contact: Contact | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = Contact.from_dict(_contact)

        party = cls(
            endpoint_id=endpoint_id,
            scheme_id=scheme_id,
            party_identification=party_identification,
            party_name=party_name,
            postal_address=postal_address,
            party_tax_scheme=party_tax_scheme,
            party_legal_entity=party_legal_entity,
            contact=contact,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        party.additional_properties = additional_properties
        return party

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


from ..models.contact import Contact
from ..models.party_identification import PartyIdentification
from ..models.party_legal_entity import PartyLegalEntity
from ..models.party_name import PartyName
from ..models.party_tax_scheme import PartyTaxScheme
from ..models.postal_address import PostalAddress
