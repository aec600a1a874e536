from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.egress_policy import EgressPolicy


T = TypeVar("T", bound="EgressConfig")


@_attrs_define
class EgressConfig:
    """
    Attributes:
        gateway (str | Unset):
        mode (str | Unset):
        policies (list[EgressPolicy] | Unset):
    """

    gateway: str | Unset = UNSET
    mode: str | Unset = UNSET
    policies: list[EgressPolicy] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gateway = self.gateway

        mode = self.mode

        policies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.policies, Unset):
            policies = []
            for policies_item_data in self.policies:
                policies_item = policies_item_data.to_dict()
                policies.append(policies_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gateway is not UNSET:
            field_dict["gateway"] = gateway
        if mode is not UNSET:
            field_dict["mode"] = mode
        if policies is not UNSET:
            field_dict["policies"] = policies

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.egress_policy import EgressPolicy

        d = dict(src_dict)
        gateway = d.pop("gateway", UNSET)

        mode = d.pop("mode", UNSET)

        _policies = d.pop("policies", UNSET)
        policies: list[EgressPolicy] | Unset = UNSET
        if _policies is not UNSET:
            policies = []
            for policies_item_data in _policies:
                policies_item = EgressPolicy.from_dict(policies_item_data)

                policies.append(policies_item)

        egress_config = cls(
            gateway=gateway,
            mode=mode,
            policies=policies,
        )

        egress_config.additional_properties = d
        return egress_config

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
