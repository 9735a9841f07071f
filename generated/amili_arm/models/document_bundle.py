from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="DocumentBundle")


@_attrs_define(repr=False)
class DocumentBundle(_AmiliModel):
    """
    Attributes:
        document_bundle_id (int | Unset):
        client_no (int | Unset):
        account_no (int | Unset):
        customer_no (str | Unset):
        document_nos (list[str] | Unset):
        distribution (Distribution | Unset): How documents are distributed to the customer.
        status (str | Unset):
        created_at (datetime.datetime | Unset):
    """

    document_bundle_id: int | Unset = UNSET
    client_no: int | Unset = UNSET
    account_no: int | Unset = UNSET
    customer_no: str | Unset = UNSET
    document_nos: list[str] | Unset = UNSET
    distribution: Distribution | Unset = UNSET
    status: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_bundle_id = self.document_bundle_id

        client_no = self.client_no

        account_no = self.account_no

        customer_no = self.customer_no

        document_nos: list[str] | Unset = UNSET
        if not isinstance(self.document_nos, Unset):
            document_nos = self.document_nos

        distribution: dict[str, Any] | Unset = UNSET
        if not isinstance(self.distribution, Unset):
            distribution = self.distribution.to_dict()

        status = self.status

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat(
                timespec="seconds"
                if not self.created_at.microsecond
                else "milliseconds"
                if not self.created_at.microsecond % 1000
                else "microseconds"
            ).replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if document_bundle_id is not UNSET:
            field_dict["documentBundleId"] = document_bundle_id
        if client_no is not UNSET:
            field_dict["clientNo"] = client_no
        if account_no is not UNSET:
            field_dict["accountNo"] = account_no
        if customer_no is not UNSET:
            field_dict["customerNo"] = customer_no
        if document_nos is not UNSET:
            field_dict["documentNos"] = document_nos
        if distribution is not UNSET:
            field_dict["distribution"] = distribution
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        document_bundle_id = d.pop("documentBundleId", UNSET)
        if not isinstance(document_bundle_id, Unset) and not (
            isinstance(document_bundle_id, int) and not isinstance(document_bundle_id, bool)
        ):
            raise TypeError("documentBundleId: expected an integer, got " + type(document_bundle_id).__name__)

        client_no = d.pop("clientNo", UNSET)
        if not isinstance(client_no, Unset) and not (isinstance(client_no, int) and not isinstance(client_no, bool)):
            raise TypeError("clientNo: expected an integer, got " + type(client_no).__name__)

        account_no = d.pop("accountNo", UNSET)
        if not isinstance(account_no, Unset) and not (isinstance(account_no, int) and not isinstance(account_no, bool)):
            raise TypeError("accountNo: expected an integer, got " + type(account_no).__name__)

        customer_no = d.pop("customerNo", UNSET)
        if not isinstance(customer_no, (str, Unset)):
            raise TypeError("customerNo: expected a string, got " + type(customer_no).__name__)

        _document_nos = d.pop("documentNos", UNSET)
        document_nos: list[str] | Unset = UNSET
        if _document_nos is not UNSET:
            document_nos = []
            for document_nos_item_data in _document_nos:
                document_nos_item = document_nos_item_data
                if not isinstance(document_nos_item, str):
                    raise TypeError("documentNos_item: expected a string, got " + type(document_nos_item).__name__)

                document_nos.append(document_nos_item)

        _distribution = d.pop("distribution", UNSET)
        distribution: Distribution | Unset
        if isinstance(_distribution, Unset):
            distribution = UNSET
        else:
            distribution = Distribution.from_dict(_distribution)

        status = d.pop("status", UNSET)
        if not isinstance(status, (str, Unset)):
            raise TypeError("status: expected a string, got " + type(status).__name__)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        document_bundle = cls(
            document_bundle_id=document_bundle_id,
            client_no=client_no,
            account_no=account_no,
            customer_no=customer_no,
            document_nos=document_nos,
            distribution=distribution,
            status=status,
            created_at=created_at,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        document_bundle.additional_properties = additional_properties
        return document_bundle

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


from ..models.distribution import Distribution
