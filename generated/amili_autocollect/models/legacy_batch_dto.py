from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="LegacyBatchDto")


@_attrs_define(repr=False)
class LegacyBatchDto(_AmiliModel):
    """BatchDTO of the legacy API (truncated in every archived copy; fields after `settlement[]` unknown).

    Attributes:
        batchid (str | Unset):
        offline (bool | Unset):
        creditor (list[LegacyCreditor] | Unset):
        case (list[LegacyCase] | Unset):
        settlement (list[LegacySettlement] | Unset):
    """

    batchid: str | Unset = UNSET
    offline: bool | Unset = UNSET
    creditor: list[LegacyCreditor] | Unset = UNSET
    case: list[LegacyCase] | Unset = UNSET
    settlement: list[LegacySettlement] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batchid = self.batchid

        offline = self.offline

        creditor: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.creditor, Unset):
            creditor = []
            for creditor_item_data in self.creditor:
                creditor_item = creditor_item_data.to_dict()
                creditor.append(creditor_item)

        case: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.case, Unset):
            case = []
            for case_item_data in self.case:
                case_item = case_item_data.to_dict()
                case.append(case_item)

        settlement: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.settlement, Unset):
            settlement = []
            for settlement_item_data in self.settlement:
                settlement_item = settlement_item_data.to_dict()
                settlement.append(settlement_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if batchid is not UNSET:
            field_dict["batchid"] = batchid
        if offline is not UNSET:
            field_dict["offline"] = offline
        if creditor is not UNSET:
            field_dict["creditor"] = creditor
        if case is not UNSET:
            field_dict["case"] = case
        if settlement is not UNSET:
            field_dict["settlement"] = settlement

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        batchid = d.pop("batchid", UNSET)
        if not isinstance(batchid, (str, Unset)):
            raise TypeError("batchid: expected a string, got " + type(batchid).__name__)

        offline = d.pop("offline", UNSET)
        if not isinstance(offline, Unset) and not (isinstance(offline, bool)):
            raise TypeError("offline: expected a boolean, got " + type(offline).__name__)

        _creditor = d.pop("creditor", UNSET)
        creditor: list[LegacyCreditor] | Unset = UNSET
        if _creditor is not UNSET:
            creditor = []
            for creditor_item_data in _creditor:
                creditor_item = LegacyCreditor.from_dict(creditor_item_data)

                creditor.append(creditor_item)

        _case = d.pop("case", UNSET)
        case: list[LegacyCase] | Unset = UNSET
        if _case is not UNSET:
            case = []
            for case_item_data in _case:
                case_item = LegacyCase.from_dict(case_item_data)

                case.append(case_item)

        _settlement = d.pop("settlement", UNSET)
        settlement: list[LegacySettlement] | Unset = UNSET
        if _settlement is not UNSET:
            settlement = []
            for settlement_item_data in _settlement:
                settlement_item = LegacySettlement.from_dict(settlement_item_data)

                settlement.append(settlement_item)

        legacy_batch_dto = cls(
            batchid=batchid,
            offline=offline,
            creditor=creditor,
            case=case,
            settlement=settlement,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        legacy_batch_dto.additional_properties = additional_properties
        return legacy_batch_dto

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


from ..models.legacy_case import LegacyCase
from ..models.legacy_creditor import LegacyCreditor
from ..models.legacy_settlement import LegacySettlement
