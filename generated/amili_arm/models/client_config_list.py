from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="ClientConfigList")


@_attrs_define(repr=False)
class ClientConfigList(_AmiliModel):
    """
    Attributes:
        summary (PageSummary | Unset): Paging state of a stored query; fetch the next page with
            `query=queryId&pageno=pageNo+1` or `nextPage`.
        client_configs (list[ClientConfig] | Unset):
    """

    summary: PageSummary | Unset = UNSET
    client_configs: list[ClientConfig] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        client_configs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.client_configs, Unset):
            client_configs = []
            for client_configs_item_data in self.client_configs:
                client_configs_item = client_configs_item_data.to_dict()
                client_configs.append(client_configs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if summary is not UNSET:
            field_dict["summary"] = summary
        if client_configs is not UNSET:
            field_dict["clientConfigs"] = client_configs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _summary = d.pop("summary", UNSET)
        summary: PageSummary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = PageSummary.from_dict(_summary)

        _client_configs = d.pop("clientConfigs", UNSET)
        client_configs: list[ClientConfig] | Unset = UNSET
        if _client_configs is not UNSET:
            client_configs = []
            for client_configs_item_data in _client_configs:
                client_configs_item = ClientConfig.from_dict(client_configs_item_data)

                client_configs.append(client_configs_item)

        client_config_list = cls(
            summary=summary,
            client_configs=client_configs,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        client_config_list.additional_properties = additional_properties
        return client_config_list

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


from ..models.client_config import ClientConfig
from ..models.page_summary import PageSummary
