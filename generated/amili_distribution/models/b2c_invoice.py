from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from amili_common import ABSENT as _ABSENT
from amili_common import drop_absent as _drop_absent
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="B2CInvoice")


@_attrs_define(repr=False)
class B2CInvoice(_AmiliModel):
    """Amili's own consumer-invoice object. Amounts, quantities and percentages are decimal strings (`"3941.00"`),
    as documented; discounts are numbers.

        Attributes:
            identifier (str): Caller's unique id for this document; used for status checks.
            channel (str | Unset): Delivery channel, e.g. `EINVOICE` (other values undocumented). Example: EINVOICE.
            channel_settings (ChannelSettings | Unset):
            payment_type (str | Unset):
            document_code (str | Unset): UNCL1001 code, e.g. `380` (commercial invoice). Example: 380.
            due_date (str | Unset): `YYYY-MM-DD`. Example: 2019-11-25.
            external_url (str | Unset):
            free_text (str | Unset): The documented example value reads "PDF_attachment_encoded_in_Base64".
            layout_id (str | Unset):
            note (str | Unset):
            language_id (str | Unset):  Example: NO.
            invoice_date (str | Unset): `YYYY-MM-DD`. Example: 2019-10-25.
            invoicee (Invoicee | Unset): The consumer (recipient).
            invoice_no (str | Unset):
            invoicer (Invoicer | Unset): The sender company.
            line_details (list[B2CLineDetail] | Unset):
            message_type (str | Unset):  Example: B2C.
            order_description (str | Unset):
            other_references (list[TypedValue] | Unset):
            payment_info (PaymentInfo | Unset): Truncated in the documentation after `OtherPaymentInfo`; further fields pass
                through unchanged.
    """

    identifier: str
    channel: str | Unset = UNSET
    channel_settings: ChannelSettings | Unset = UNSET
    payment_type: str | Unset = UNSET
    document_code: str | Unset = UNSET
    due_date: str | Unset = UNSET
    external_url: str | Unset = UNSET
    free_text: str | Unset = UNSET
    layout_id: str | Unset = UNSET
    note: str | Unset = UNSET
    language_id: str | Unset = UNSET
    invoice_date: str | Unset = UNSET
    invoicee: Invoicee | Unset = UNSET
    invoice_no: str | Unset = UNSET
    invoicer: Invoicer | Unset = UNSET
    line_details: list[B2CLineDetail] | Unset = UNSET
    message_type: str | Unset = UNSET
    order_description: str | Unset = UNSET
    other_references: list[TypedValue] | Unset = UNSET
    payment_info: PaymentInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _absent = self.absent_fields
        if "identifier" not in _absent:
            identifier = self.identifier

        channel = self.channel

        channel_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channel_settings, Unset):
            channel_settings = self.channel_settings.to_dict()

        payment_type = self.payment_type

        document_code = self.document_code

        due_date = self.due_date

        external_url = self.external_url

        free_text = self.free_text

        layout_id = self.layout_id

        note = self.note

        language_id = self.language_id

        invoice_date = self.invoice_date

        invoicee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoicee, Unset):
            invoicee = self.invoicee.to_dict()

        invoice_no = self.invoice_no

        invoicer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoicer, Unset):
            invoicer = self.invoicer.to_dict()

        line_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.line_details, Unset):
            line_details = []
            for line_details_item_data in self.line_details:
                line_details_item = line_details_item_data.to_dict()
                line_details.append(line_details_item)

        message_type = self.message_type

        order_description = self.order_description

        other_references: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.other_references, Unset):
            other_references = []
            for other_references_item_data in self.other_references:
                other_references_item = other_references_item_data.to_dict()
                other_references.append(other_references_item)

        payment_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_info, Unset):
            payment_info = self.payment_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "identifier" not in _absent:
            field_dict["Identifier"] = identifier
        if channel is not UNSET:
            field_dict["Channel"] = channel
        if channel_settings is not UNSET:
            field_dict["ChannelSettings"] = channel_settings
        if payment_type is not UNSET:
            field_dict["PaymentType"] = payment_type
        if document_code is not UNSET:
            field_dict["DocumentCode"] = document_code
        if due_date is not UNSET:
            field_dict["DueDate"] = due_date
        if external_url is not UNSET:
            field_dict["ExternalUrl"] = external_url
        if free_text is not UNSET:
            field_dict["FreeText"] = free_text
        if layout_id is not UNSET:
            field_dict["LayoutID"] = layout_id
        if note is not UNSET:
            field_dict["Note"] = note
        if language_id is not UNSET:
            field_dict["LanguageID"] = language_id
        if invoice_date is not UNSET:
            field_dict["InvoiceDate"] = invoice_date
        if invoicee is not UNSET:
            field_dict["Invoicee"] = invoicee
        if invoice_no is not UNSET:
            field_dict["InvoiceNo"] = invoice_no
        if invoicer is not UNSET:
            field_dict["Invoicer"] = invoicer
        if line_details is not UNSET:
            field_dict["LineDetails"] = line_details
        if message_type is not UNSET:
            field_dict["MessageType"] = message_type
        if order_description is not UNSET:
            field_dict["OrderDescription"] = order_description
        if other_references is not UNSET:
            field_dict["OtherReferences"] = other_references
        if payment_info is not UNSET:
            field_dict["PaymentInfo"] = payment_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _absent: list[tuple[str, str]] = []
        if "Identifier" not in d:
            identifier = _ABSENT
            _absent.append(("identifier", "Identifier"))
        else:
            identifier = d.pop("Identifier")
            if not isinstance(identifier, str):
                raise TypeError("Identifier: expected a string, got " + type(identifier).__name__)

        channel = d.pop("Channel", UNSET)
        if not isinstance(channel, (str, Unset)):
            raise TypeError("Channel: expected a string, got " + type(channel).__name__)

        _channel_settings = d.pop("ChannelSettings", UNSET)
        channel_settings: ChannelSettings | Unset
        if isinstance(_channel_settings, Unset):
            channel_settings = UNSET
        else:
            channel_settings = ChannelSettings.from_dict(_channel_settings)

        payment_type = d.pop("PaymentType", UNSET)
        if not isinstance(payment_type, (str, Unset)):
            raise TypeError("PaymentType: expected a string, got " + type(payment_type).__name__)

        document_code = d.pop("DocumentCode", UNSET)
        if not isinstance(document_code, (str, Unset)):
            raise TypeError("DocumentCode: expected a string, got " + type(document_code).__name__)

        due_date = d.pop("DueDate", UNSET)
        if not isinstance(due_date, (str, Unset)):
            raise TypeError("DueDate: expected a string, got " + type(due_date).__name__)

        external_url = d.pop("ExternalUrl", UNSET)
        if not isinstance(external_url, (str, Unset)):
            raise TypeError("ExternalUrl: expected a string, got " + type(external_url).__name__)

        free_text = d.pop("FreeText", UNSET)
        if not isinstance(free_text, (str, Unset)):
            raise TypeError("FreeText: expected a string, got " + type(free_text).__name__)

        layout_id = d.pop("LayoutID", UNSET)
        if not isinstance(layout_id, (str, Unset)):
            raise TypeError("LayoutID: expected a string, got " + type(layout_id).__name__)

        note = d.pop("Note", UNSET)
        if not isinstance(note, (str, Unset)):
            raise TypeError("Note: expected a string, got " + type(note).__name__)

        language_id = d.pop("LanguageID", UNSET)
        if not isinstance(language_id, (str, Unset)):
            raise TypeError("LanguageID: expected a string, got " + type(language_id).__name__)

        invoice_date = d.pop("InvoiceDate", UNSET)
        if not isinstance(invoice_date, (str, Unset)):
            raise TypeError("InvoiceDate: expected a string, got " + type(invoice_date).__name__)

        _invoicee = d.pop("Invoicee", UNSET)
        invoicee: Invoicee | Unset
        if isinstance(_invoicee, Unset):
            invoicee = UNSET
        else:
            invoicee = Invoicee.from_dict(_invoicee)

        invoice_no = d.pop("InvoiceNo", UNSET)
        if not isinstance(invoice_no, (str, Unset)):
            raise TypeError("InvoiceNo: expected a string, got " + type(invoice_no).__name__)

        _invoicer = d.pop("Invoicer", UNSET)
        invoicer: Invoicer | Unset
        if isinstance(_invoicer, Unset):
            invoicer = UNSET
        else:
            invoicer = Invoicer.from_dict(_invoicer)

        _line_details = d.pop("LineDetails", UNSET)
        line_details: list[B2CLineDetail] | Unset = UNSET
        if _line_details is not UNSET:
            line_details = []
            for line_details_item_data in _line_details:
                line_details_item = B2CLineDetail.from_dict(line_details_item_data)

                line_details.append(line_details_item)

        message_type = d.pop("MessageType", UNSET)
        if not isinstance(message_type, (str, Unset)):
            raise TypeError("MessageType: expected a string, got " + type(message_type).__name__)

        order_description = d.pop("OrderDescription", UNSET)
        if not isinstance(order_description, (str, Unset)):
            raise TypeError("OrderDescription: expected a string, got " + type(order_description).__name__)

        _other_references = d.pop("OtherReferences", UNSET)
        other_references: list[TypedValue] | Unset = UNSET
        if _other_references is not UNSET:
            other_references = []
            for other_references_item_data in _other_references:
                other_references_item = TypedValue.from_dict(other_references_item_data)

                other_references.append(other_references_item)

        _payment_info = d.pop("PaymentInfo", UNSET)
        payment_info: PaymentInfo | Unset
        if isinstance(_payment_info, Unset):
            payment_info = UNSET
        else:
            payment_info = PaymentInfo.from_dict(_payment_info)

        b2c_invoice = cls(
            identifier=identifier,
            channel=channel,
            channel_settings=channel_settings,
            payment_type=payment_type,
            document_code=document_code,
            due_date=due_date,
            external_url=external_url,
            free_text=free_text,
            layout_id=layout_id,
            note=note,
            language_id=language_id,
            invoice_date=invoice_date,
            invoicee=invoicee,
            invoice_no=invoice_no,
            invoicer=invoicer,
            line_details=line_details,
            message_type=message_type,
            order_description=order_description,
            other_references=other_references,
            payment_info=payment_info,
        )

        if _absent:
            _drop_absent(b2c_invoice, _absent)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        b2c_invoice.additional_properties = additional_properties
        return b2c_invoice

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


from ..models.b2c_line_detail import B2CLineDetail
from ..models.channel_settings import ChannelSettings
from ..models.invoicee import Invoicee
from ..models.invoicer import Invoicer
from ..models.payment_info import PaymentInfo
from ..models.typed_value import TypedValue
