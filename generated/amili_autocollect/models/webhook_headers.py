from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_type import WebhookEventType
from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="WebhookHeaders")


@_attrs_define(repr=False)
class WebhookHeaders(_AmiliModel):
    """Headers of a webhook delivery. `X-Webhook-Signature`'s algorithm is not documented (the section is cut);
    drop duplicate deliveries by `IdempotencyKey`.

        Example:
            {'X-Amili-Event': 'BATCH_COMPLETED', 'IdempotencyKey': '6c0e8f8e-1f55-4c39-9c39-4b8c0e6f2a11', 'X-Amili-Request-
                Id': '0b0f2b8e-4c1a-4a57-8d1e-2f4a3c5d6e7f', 'X-Webhook-Signature': 'sha256=0000'}

        Attributes:
            x_amili_event (WebhookEventType | Unset): Events listed on the Webhooks page. Other values are valid (the list
                is not documented as complete); the SDK's enum parses them as unknown members.
            idempotency_key (str | Unset):
            x_amili_request_id (str | Unset):
            x_webhook_signature (str | Unset):
    """

    x_amili_event: WebhookEventType | Unset = UNSET
    idempotency_key: str | Unset = UNSET
    x_amili_request_id: str | Unset = UNSET
    x_webhook_signature: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        x_amili_event: str | Unset = UNSET
        if not isinstance(self.x_amili_event, Unset):
            x_amili_event = self.x_amili_event.value

        idempotency_key = self.idempotency_key

        x_amili_request_id = self.x_amili_request_id

        x_webhook_signature = self.x_webhook_signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if x_amili_event is not UNSET:
            field_dict["X-Amili-Event"] = x_amili_event
        if idempotency_key is not UNSET:
            field_dict["IdempotencyKey"] = idempotency_key
        if x_amili_request_id is not UNSET:
            field_dict["X-Amili-Request-Id"] = x_amili_request_id
        if x_webhook_signature is not UNSET:
            field_dict["X-Webhook-Signature"] = x_webhook_signature

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _x_amili_event = d.pop("X-Amili-Event", UNSET)
        x_amili_event: WebhookEventType | Unset
        if isinstance(_x_amili_event, Unset):
            x_amili_event = UNSET
        else:
            x_amili_event = WebhookEventType(_x_amili_event)

        idempotency_key = d.pop("IdempotencyKey", UNSET)
        if not isinstance(idempotency_key, (str, Unset)):
            raise TypeError("IdempotencyKey: expected a string, got " + type(idempotency_key).__name__)

        x_amili_request_id = d.pop("X-Amili-Request-Id", UNSET)
        if not isinstance(x_amili_request_id, (str, Unset)):
            raise TypeError("X-Amili-Request-Id: expected a string, got " + type(x_amili_request_id).__name__)

        x_webhook_signature = d.pop("X-Webhook-Signature", UNSET)
        if not isinstance(x_webhook_signature, (str, Unset)):
            raise TypeError("X-Webhook-Signature: expected a string, got " + type(x_webhook_signature).__name__)

        webhook_headers = cls(
            x_amili_event=x_amili_event,
            idempotency_key=idempotency_key,
            x_amili_request_id=x_amili_request_id,
            x_webhook_signature=x_webhook_signature,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        webhook_headers.additional_properties = additional_properties
        return webhook_headers

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
