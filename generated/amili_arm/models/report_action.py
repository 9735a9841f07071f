from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from amili_common import ABSENT as _ABSENT
from amili_common import drop_absent as _drop_absent
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="ReportAction")


@_attrs_define(repr=False)
class ReportAction(_AmiliModel):
    """
    Attributes:
        report_type (str):
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):
        file_format (str | Unset):
        parameters (ReportActionParameters | Unset):
    """

    report_type: str
    from_date: datetime.date | Unset = UNSET
    to_date: datetime.date | Unset = UNSET
    file_format: str | Unset = UNSET
    parameters: ReportActionParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _absent = self.absent_fields
        if "report_type" not in _absent:
            report_type = self.report_type

        from_date: str | Unset = UNSET
        if not isinstance(self.from_date, Unset):
            from_date = (
                self.from_date.isoformat(
                    timespec="seconds"
                    if not self.from_date.microsecond
                    else "milliseconds"
                    if not self.from_date.microsecond % 1000
                    else "microseconds"
                ).replace("+00:00", "Z")
                if isinstance(self.from_date, datetime.datetime)
                else self.from_date.isoformat()
            )

        to_date: str | Unset = UNSET
        if not isinstance(self.to_date, Unset):
            to_date = (
                self.to_date.isoformat(
                    timespec="seconds"
                    if not self.to_date.microsecond
                    else "milliseconds"
                    if not self.to_date.microsecond % 1000
                    else "microseconds"
                ).replace("+00:00", "Z")
                if isinstance(self.to_date, datetime.datetime)
                else self.to_date.isoformat()
            )

        file_format = self.file_format

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "report_type" not in _absent:
            field_dict["reportType"] = report_type
        if from_date is not UNSET:
            field_dict["fromDate"] = from_date
        if to_date is not UNSET:
            field_dict["toDate"] = to_date
        if file_format is not UNSET:
            field_dict["fileFormat"] = file_format
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _absent: list[tuple[str, str]] = []
        if "reportType" not in d:
            report_type = _ABSENT
            _absent.append(("report_type", "reportType"))
        else:
            report_type = d.pop("reportType")
            if not isinstance(report_type, str):
                raise TypeError("reportType: expected a string, got " + type(report_type).__name__)

        _from_date = d.pop("fromDate", UNSET)
        from_date: datetime.date | Unset
        if isinstance(_from_date, Unset):
            from_date = UNSET
        else:
            from_date = datetime.date.fromisoformat(_from_date)

        _to_date = d.pop("toDate", UNSET)
        to_date: datetime.date | Unset
        if isinstance(_to_date, Unset):
            to_date = UNSET
        else:
            to_date = datetime.date.fromisoformat(_to_date)

        file_format = d.pop("fileFormat", UNSET)
        if not isinstance(file_format, (str, Unset)):
            raise TypeError("fileFormat: expected a string, got " + type(file_format).__name__)

        _parameters = d.pop("parameters", UNSET)
        parameters: ReportActionParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = ReportActionParameters.from_dict(_parameters)

        report_action = cls(
            report_type=report_type,
            from_date=from_date,
            to_date=to_date,
            file_format=file_format,
            parameters=parameters,
        )

        if _absent:
            _drop_absent(report_action, _absent)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        report_action.additional_properties = additional_properties
        return report_action

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


from ..models.report_action_parameters import ReportActionParameters
