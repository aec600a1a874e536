from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sandbox_lifecycle import SandboxLifecycle
    from ..models.sandbox_network import SandboxNetwork
    from ..models.sandbox_runtime import SandboxRuntime
    from ..models.volume_attachment import VolumeAttachment


T = TypeVar("T", bound="SandboxSpec")


@_attrs_define
class SandboxSpec:
    """
    Attributes:
        enabled (bool | Unset):  Default: True.
        lifecycle (SandboxLifecycle | Unset):
        network (SandboxNetwork | Unset):
        region (str | Unset):
        runtime (SandboxRuntime | Unset):
        volumes (list[VolumeAttachment] | Unset):
        vpc (str | Unset):
    """

    enabled: bool | Unset = True
    lifecycle: SandboxLifecycle | Unset = UNSET
    network: SandboxNetwork | Unset = UNSET
    region: str | Unset = UNSET
    runtime: SandboxRuntime | Unset = UNSET
    volumes: list[VolumeAttachment] | Unset = UNSET
    vpc: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        lifecycle: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lifecycle, Unset):
            lifecycle = self.lifecycle.to_dict()

        network: dict[str, Any] | Unset = UNSET
        if not isinstance(self.network, Unset):
            network = self.network.to_dict()

        region = self.region

        runtime: dict[str, Any] | Unset = UNSET
        if not isinstance(self.runtime, Unset):
            runtime = self.runtime.to_dict()

        volumes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.volumes, Unset):
            volumes = []
            for componentsschemas_volume_attachments_item_data in self.volumes:
                componentsschemas_volume_attachments_item = (
                    componentsschemas_volume_attachments_item_data.to_dict()
                )
                volumes.append(componentsschemas_volume_attachments_item)

        vpc = self.vpc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if lifecycle is not UNSET:
            field_dict["lifecycle"] = lifecycle
        if network is not UNSET:
            field_dict["network"] = network
        if region is not UNSET:
            field_dict["region"] = region
        if runtime is not UNSET:
            field_dict["runtime"] = runtime
        if volumes is not UNSET:
            field_dict["volumes"] = volumes
        if vpc is not UNSET:
            field_dict["vpc"] = vpc

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sandbox_lifecycle import SandboxLifecycle
        from ..models.sandbox_network import SandboxNetwork
        from ..models.sandbox_runtime import SandboxRuntime
        from ..models.volume_attachment import VolumeAttachment

        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        _lifecycle = d.pop("lifecycle", UNSET)
        lifecycle: SandboxLifecycle | Unset
        if isinstance(_lifecycle, Unset):
            lifecycle = UNSET
        else:
            lifecycle = SandboxLifecycle.from_dict(_lifecycle)

        _network = d.pop("network", UNSET)
        network: SandboxNetwork | Unset
        if isinstance(_network, Unset):
            network = UNSET
        else:
            network = SandboxNetwork.from_dict(_network)

        region = d.pop("region", UNSET)

        _runtime = d.pop("runtime", UNSET)
        runtime: SandboxRuntime | Unset
        if isinstance(_runtime, Unset):
            runtime = UNSET
        else:
            runtime = SandboxRuntime.from_dict(_runtime)

        _volumes = d.pop("volumes", UNSET)
        volumes: list[VolumeAttachment] | Unset = UNSET
        if _volumes is not UNSET:
            volumes = []
            for componentsschemas_volume_attachments_item_data in _volumes:
                componentsschemas_volume_attachments_item = VolumeAttachment.from_dict(
                    componentsschemas_volume_attachments_item_data
                )

                volumes.append(componentsschemas_volume_attachments_item)

        vpc = d.pop("vpc", UNSET)

        sandbox_spec = cls(
            enabled=enabled,
            lifecycle=lifecycle,
            network=network,
            region=region,
            runtime=runtime,
            volumes=volumes,
            vpc=vpc,
        )

        sandbox_spec.additional_properties = d
        return sandbox_spec

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
