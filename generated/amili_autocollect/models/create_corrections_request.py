from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from amili_common import ABSENT as _ABSENT
from amili_common import drop_absent as _drop_absent
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="CreateCorrectionsRequest")


@_attrs_define(repr=False)
class CreateCorrectionsRequest(_AmiliModel):
    """
    Attributes:
        corrections (list[Correction]):
    """

    corrections: list[Correction]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _absent = self.absent_fields
        if "corrections" not in _absent:
            corrections = []
            for corrections_item_data in self.corrections:
                corrections_item = corrections_item_data.to_dict()
                corrections.append(corrections_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "corrections" not in _absent:
            field_dict["corrections"] = corrections

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _absent: list[tuple[str, str]] = []
        if "corrections" not in d:
            corrections = _ABSENT
            _absent.append(("corrections", "corrections"))
        else:
            corrections = []
            _corrections = d.pop("corrections")
            for corrections_item_data in _corrections:
                corrections_item = Correction.from_dict(corrections_item_data)

                corrections.append(corrections_item)

        create_corrections_request = cls(
            corrections=corrections,
        )

        if _absent:
            _drop_absent(create_corrections_request, _absent)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        create_corrections_request.additional_properties = additional_properties
        return create_corrections_request

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


from ..models.correction import Correction
