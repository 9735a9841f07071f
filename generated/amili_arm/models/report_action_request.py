from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from amili_common import ABSENT as _ABSENT
from amili_common import drop_absent as _drop_absent
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="ReportActionRequest")


@_attrs_define(repr=False)
class ReportActionRequest(_AmiliModel):
    """
    Attributes:
        metadata (Metadata): Request metadata; `userId` attributes the write to a user.
        report (ReportAction):
    """

    metadata: Metadata
    report: ReportAction
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _absent = self.absent_fields
        if "metadata" not in _absent:
            metadata = self.metadata.to_dict()

        if "report" not in _absent:
            report = self.report.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "metadata" not in _absent:
            field_dict["metadata"] = metadata
        if "report" not in _absent:
            field_dict["report"] = report

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

        if "report" not in d:
            report = _ABSENT
            _absent.append(("report", "report"))
        else:
            report = ReportAction.from_dict(d.pop("report"))

        report_action_request = cls(
            metadata=metadata,
            report=report,
        )

        if _absent:
            _drop_absent(report_action_request, _absent)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        report_action_request.additional_properties = additional_properties
        return report_action_request

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


from ..models.metadata import Metadata
from ..models.report_action import ReportAction
