from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.env import Env
    from ..models.port import Port
    from ..models.sandbox_runtime_extra_args import SandboxRuntimeExtraArgs


T = TypeVar("T", bound="SandboxRuntime")


@_attrs_define
class SandboxRuntime:
    """
    Attributes:
        envs (list[Env] | Unset):
        expires (str | Unset):
        extra_args (SandboxRuntimeExtraArgs | Unset):
        image (str | Unset):
        memory (int | Unset):
        ports (list[Port] | Unset):
        termination_grace_period_seconds (int | Unset):
        ttl (str | Unset):
    """

    envs: list[Env] | Unset = UNSET
    expires: str | Unset = UNSET
    extra_args: SandboxRuntimeExtraArgs | Unset = UNSET
    image: str | Unset = UNSET
    memory: int | Unset = UNSET
    ports: list[Port] | Unset = UNSET
    termination_grace_period_seconds: int | Unset = UNSET
    ttl: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        envs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.envs, Unset):
            envs = []
            for envs_item_data in self.envs:
                envs_item = envs_item_data.to_dict()
                envs.append(envs_item)

        expires = self.expires

        extra_args: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra_args, Unset):
            extra_args = self.extra_args.to_dict()

        image = self.image

        memory = self.memory

        ports: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ports, Unset):
            ports = []
            for componentsschemas_ports_item_data in self.ports:
                componentsschemas_ports_item = (
                    componentsschemas_ports_item_data.to_dict()
                )
                ports.append(componentsschemas_ports_item)

        termination_grace_period_seconds = self.termination_grace_period_seconds

        ttl = self.ttl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if envs is not UNSET:
            field_dict["envs"] = envs
        if expires is not UNSET:
            field_dict["expires"] = expires
        if extra_args is not UNSET:
            field_dict["extraArgs"] = extra_args
        if image is not UNSET:
            field_dict["image"] = image
        if memory is not UNSET:
            field_dict["memory"] = memory
        if ports is not UNSET:
            field_dict["ports"] = ports
        if termination_grace_period_seconds is not UNSET:
            field_dict["terminationGracePeriodSeconds"] = (
                termination_grace_period_seconds
            )
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.env import Env
        from ..models.port import Port
        from ..models.sandbox_runtime_extra_args import SandboxRuntimeExtraArgs

        d = dict(src_dict)
        _envs = d.pop("envs", UNSET)
        envs: list[Env] | Unset = UNSET
        if _envs is not UNSET:
            envs = []
            for envs_item_data in _envs:
                envs_item = Env.from_dict(envs_item_data)

                envs.append(envs_item)

        expires = d.pop("expires", UNSET)

        _extra_args = d.pop("extraArgs", UNSET)
        extra_args: SandboxRuntimeExtraArgs | Unset
        if isinstance(_extra_args, Unset):
            extra_args = UNSET
        else:
            extra_args = SandboxRuntimeExtraArgs.from_dict(_extra_args)

        image = d.pop("image", UNSET)

        memory = d.pop("memory", UNSET)

        _ports = d.pop("ports", UNSET)
        ports: list[Port] | Unset = UNSET
        if _ports is not UNSET:
            ports = []
            for componentsschemas_ports_item_data in _ports:
                componentsschemas_ports_item = Port.from_dict(
                    componentsschemas_ports_item_data
                )

                ports.append(componentsschemas_ports_item)

        termination_grace_period_seconds = d.pop("terminationGracePeriodSeconds", UNSET)

        ttl = d.pop("ttl", UNSET)

        sandbox_runtime = cls(
            envs=envs,
            expires=expires,
            extra_args=extra_args,
            image=image,
            memory=memory,
            ports=ports,
            termination_grace_period_seconds=termination_grace_period_seconds,
            ttl=ttl,
        )

        sandbox_runtime.additional_properties = d
        return sandbox_runtime

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
