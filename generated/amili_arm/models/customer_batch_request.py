from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from amili_common import ABSENT as _ABSENT
from amili_common import drop_absent as _drop_absent
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="CustomerBatchRequest")


@_attrs_define(repr=False)
class CustomerBatchRequest(_AmiliModel):
    """The docs say only "input an array of customer objects". The envelope `{metadata, customers}` is inferred
    from the documented document batch (`{metadata, documents}`); other keys are kept.

        Attributes:
            metadata (Metadata): Request metadata; `userId` attributes the write to a user.
            customers (list[Customer]):
    """

    metadata: Metadata
    customers: list[Customer]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _absent = self.absent_fields
        if "metadata" not in _absent:
            metadata = self.metadata.to_dict()

        if "customers" not in _absent:
            customers = []
            for customers_item_data in self.customers:
                customers_item = customers_item_data.to_dict()
                customers.append(customers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "metadata" not in _absent:
            field_dict["metadata"] = metadata
        if "customers" not in _absent:
            field_dict["customers"] = customers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _absent: list[tuple[str, str]] = []
        if "metadata" not in d:
            metadata = _ABSENT
            _absent.append(("metadata", "metadata"))
        else:
            metadata = Metadata.from_dict(d.pop("metadata"))

        if "customers" not in d:
            customers = _ABSENT
            _absent.append(("customers", "customers"))
        else:
            customers = []
            _customers = d.pop("customers")
            for customers_item_data in _customers:
                customers_item = Customer.from_dict(customers_item_data)

                customers.append(customers_item)

        customer_batch_request = cls(
            metadata=metadata,
            customers=customers,
        )

        if _absent:
            _drop_absent(customer_batch_request, _absent)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        customer_batch_request.additional_properties = additional_properties
        return customer_batch_request

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


from ..models.customer import Customer
from ..models.metadata import Metadata
