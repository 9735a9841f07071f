from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AmiliModel as _AmiliModel

if TYPE_CHECKING:
    from ..models.metadata import Metadata
    from ..models.payment_reservation import PaymentReservation


T = TypeVar("T", bound="PaymentReservationRequest")


@_attrs_define(repr=False)
class PaymentReservationRequest(_AmiliModel):
    """
    Attributes:
        metadata (Metadata): Request metadata; `userId` attributes the write to a user.
        payment_reservation (PaymentReservation): Identify a document (`arItemId`, `documentNo`, `documentUuid`,
            `referenceNo` or `kid`) or a customer
            (`accountNo`, `customerNo` or `kid`); `paymentId` must be unique. Amount/date fields are inferred.
    """

    metadata: Metadata
    payment_reservation: PaymentReservation
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        payment_reservation = self.payment_reservation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metadata": metadata,
                "paymentReservation": payment_reservation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metadata import Metadata
        from ..models.payment_reservation import PaymentReservation

        d = dict(src_dict)
        metadata = Metadata.from_dict(d.pop("metadata"))

        payment_reservation = PaymentReservation.from_dict(d.pop("paymentReservation"))

        payment_reservation_request = cls(
            metadata=metadata,
            payment_reservation=payment_reservation,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        payment_reservation_request.additional_properties = additional_properties
        return payment_reservation_request

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
