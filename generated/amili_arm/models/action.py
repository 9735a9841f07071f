from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from amili_common import ABSENT as _ABSENT
from amili_common import drop_absent as _drop_absent
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="Action")


@_attrs_define(repr=False)
class Action(_AmiliModel):
    """
    Attributes:
        action_type (str):
        customer_no (str | Unset):
        document_no (str | Unset):
        ar_item_id (int | Unset):
        parameters (ActionParameters | Unset):
    """

    action_type: str
    customer_no: str | Unset = UNSET
    document_no: str | Unset = UNSET
    ar_item_id: int | Unset = UNSET
    parameters: ActionParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _absent = self.absent_fields
        if "action_type" not in _absent:
            action_type = self.action_type

        customer_no = self.customer_no

        document_no = self.document_no

        ar_item_id = self.ar_item_id

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "action_type" not in _absent:
            field_dict["actionType"] = action_type
        if customer_no is not UNSET:
            field_dict["customerNo"] = customer_no
        if document_no is not UNSET:
            field_dict["documentNo"] = document_no
        if ar_item_id is not UNSET:
            field_dict["arItemId"] = ar_item_id
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _absent: list[tuple[str, str]] = []
        if "actionType" not in d:
            action_type = _ABSENT
            _absent.append(("action_type", "actionType"))
        else:
            action_type = d.pop("actionType")
            if not isinstance(action_type, str):
                raise TypeError("actionType: expected a string, got " + type(action_type).__name__)

        customer_no = d.pop("customerNo", UNSET)
        if not isinstance(customer_no, (str, Unset)):
            raise TypeError("customerNo: expected a string, got " + type(customer_no).__name__)

        document_no = d.pop("documentNo", UNSET)
        if not isinstance(document_no, (str, Unset)):
            raise TypeError("documentNo: expected a string, got " + type(document_no).__name__)

        ar_item_id = d.pop("arItemId", UNSET)
        if not isinstance(ar_item_id, Unset) and not (isinstance(ar_item_id, int) and not isinstance(ar_item_id, bool)):
            raise TypeError("arItemId: expected an integer, got " + type(ar_item_id).__name__)

        _parameters = d.pop("parameters", UNSET)
        parameters: ActionParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = ActionParameters.from_dict(_parameters)

        action = cls(
            action_type=action_type,
            customer_no=customer_no,
            document_no=document_no,
            ar_item_id=ar_item_id,
            parameters=parameters,
        )

        if _absent:
            _drop_absent(action, _absent)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        action.additional_properties = additional_properties
        return action

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


from ..models.action_parameters import ActionParameters
