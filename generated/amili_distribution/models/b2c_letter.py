from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from amili_common import ABSENT as _ABSENT
from amili_common import drop_absent as _drop_absent
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="B2CLetter")


@_attrs_define(repr=False)
class B2CLetter(_AmiliModel):
    """Letter without payment information; fields by analogy with the B2C invoice (inferred, open).

    Attributes:
        identifier (str):
        channel (str | Unset):
        channel_settings (ChannelSettings | Unset):
        language_id (str | Unset):
        layout_id (str | Unset):
        subject (str | Unset):
        note (str | Unset):
        free_text (str | Unset): Letter content (Base64 PDF by analogy with the B2C invoice).
        invoicee (Invoicee | Unset): The consumer (recipient).
        invoicer (Invoicer | Unset): The sender company.
    """

    identifier: str
    channel: str | Unset = UNSET
    channel_settings: ChannelSettings | Unset = UNSET
    language_id: str | Unset = UNSET
    layout_id: str | Unset = UNSET
    subject: str | Unset = UNSET
    note: str | Unset = UNSET
    free_text: str | Unset = UNSET
    invoicee: Invoicee | Unset = UNSET
    invoicer: Invoicer | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _absent = self.absent_fields
        if "identifier" not in _absent:
            identifier = self.identifier

        channel = self.channel

        channel_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channel_settings, Unset):
            channel_settings = self.channel_settings.to_dict()

        language_id = self.language_id

        layout_id = self.layout_id

        subject = self.subject

        note = self.note

        free_text = self.free_text

        invoicee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoicee, Unset):
            invoicee = self.invoicee.to_dict()

        invoicer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoicer, Unset):
            invoicer = self.invoicer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "identifier" not in _absent:
            field_dict["Identifier"] = identifier
        if channel is not UNSET:
            field_dict["Channel"] = channel
        if channel_settings is not UNSET:
            field_dict["ChannelSettings"] = channel_settings
        if language_id is not UNSET:
            field_dict["LanguageID"] = language_id
        if layout_id is not UNSET:
            field_dict["LayoutID"] = layout_id
        if subject is not UNSET:
            field_dict["Subject"] = subject
        if note is not UNSET:
            field_dict["Note"] = note
        if free_text is not UNSET:
            field_dict["FreeText"] = free_text
        if invoicee is not UNSET:
            field_dict["Invoicee"] = invoicee
        if invoicer is not UNSET:
            field_dict["Invoicer"] = invoicer

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

        language_id = d.pop("LanguageID", UNSET)
        if not isinstance(language_id, (str, Unset)):
            raise TypeError("LanguageID: expected a string, got " + type(language_id).__name__)

        layout_id = d.pop("LayoutID", UNSET)
        if not isinstance(layout_id, (str, Unset)):
            raise TypeError("LayoutID: expected a string, got " + type(layout_id).__name__)

        subject = d.pop("Subject", UNSET)
        if not isinstance(subject, (str, Unset)):
            raise TypeError("Subject: expected a string, got " + type(subject).__name__)

        note = d.pop("Note", UNSET)
        if not isinstance(note, (str, Unset)):
            raise TypeError("Note: expected a string, got " + type(note).__name__)

        free_text = d.pop("FreeText", UNSET)
        if not isinstance(free_text, (str, Unset)):
            raise TypeError("FreeText: expected a string, got " + type(free_text).__name__)

        _invoicee = d.pop("Invoicee", UNSET)
        invoicee: Invoicee | Unset
        if isinstance(_invoicee, Unset):
            invoicee = UNSET
        else:
            invoicee = Invoicee.from_dict(_invoicee)

        _invoicer = d.pop("Invoicer", UNSET)
        invoicer: Invoicer | Unset
        if isinstance(_invoicer, Unset):
            invoicer = UNSET
        else:
            invoicer = Invoicer.from_dict(_invoicer)

        b2c_letter = cls(
            identifier=identifier,
            channel=channel,
            channel_settings=channel_settings,
            language_id=language_id,
            layout_id=layout_id,
            subject=subject,
            note=note,
            free_text=free_text,
            invoicee=invoicee,
            invoicer=invoicer,
        )

        if _absent:
            _drop_absent(b2c_letter, _absent)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        b2c_letter.additional_properties = additional_properties
        return b2c_letter

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


from ..models.channel_settings import ChannelSettings
from ..models.invoicee import Invoicee
from ..models.invoicer import Invoicer
