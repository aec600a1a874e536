from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.restart_policy_name import RestartPolicyName
from ..types import UNSET, Unset

T = TypeVar("T", bound="RestartPolicy")


@_attrs_define
class RestartPolicy:
    """
    Attributes:
        name (RestartPolicyName | Unset):
        maximum_retry_count (int | Unset):
    """

    name: RestartPolicyName | Unset = UNSET
    maximum_retry_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: str | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.value

        maximum_retry_count = self.maximum_retry_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if maximum_retry_count is not UNSET:
            field_dict["MaximumRetryCount"] = maximum_retry_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _name = d.pop("Name", UNSET)
        name: RestartPolicyName | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = RestartPolicyName(_name)

        maximum_retry_count = d.pop("MaximumRetryCount", UNSET)

        restart_policy = cls(
            name=name,
            maximum_retry_count=maximum_retry_count,
        )

        restart_policy.additional_properties = d
        return restart_policy

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
