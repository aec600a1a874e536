from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fly_machine_restart_policy import FlyMachineRestartPolicy
from ..types import UNSET, Unset

T = TypeVar("T", bound="FlyMachineRestart")


@_attrs_define
class FlyMachineRestart:
    """
    Attributes:
        max_retries (int | Unset):
        policy (FlyMachineRestartPolicy | Unset):
    """

    max_retries: int | Unset = UNSET
    policy: FlyMachineRestartPolicy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_retries = self.max_retries

        policy: str | Unset = UNSET
        if not isinstance(self.policy, Unset):
            policy = self.policy.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_retries is not UNSET:
            field_dict["max_retries"] = max_retries
        if policy is not UNSET:
            field_dict["policy"] = policy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        max_retries = d.pop("max_retries", UNSET)

        _policy = d.pop("policy", UNSET)
        policy: FlyMachineRestartPolicy | Unset
        if isinstance(_policy, Unset):
            policy = UNSET
        else:
            policy = FlyMachineRestartPolicy(_policy)

        fly_machine_restart = cls(
            max_retries=max_retries,
            policy=policy,
        )

        fly_machine_restart.additional_properties = d
        return fly_machine_restart

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
