from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gpu_type import GpuType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_build_info import CreateBuildInfo
    from ..models.create_sandbox_env import CreateSandboxEnv
    from ..models.create_sandbox_labels import CreateSandboxLabels
    from ..models.create_sandbox_secrets_item import CreateSandboxSecretsItem
    from ..models.sandbox_volume import SandboxVolume


T = TypeVar("T", bound="CreateSandbox")


@_attrs_define
class CreateSandbox:
    """
    Attributes:
        name (str | Unset):
        snapshot (str | Unset):
        user (str | Unset):
        env (CreateSandboxEnv | Unset):
        labels (CreateSandboxLabels | Unset):
        public (bool | Unset):
        network_block_all (bool | Unset):
        network_allow_list (str | Unset):
        domain_allow_list (str | Unset):
        outbound_proxy_url (str | Unset):
        otel_endpoint_override (str | Unset):
        target (str | Unset):
        cpu (int | Unset):
        gpu (int | Unset):
        gpu_type (list[GpuType] | Unset):
        spot (bool | Unset):  Default: False.
        memory (int | Unset):
        disk (int | Unset):
        auto_stop_interval (int | Unset):
        auto_pause_interval (int | Unset):
        auto_archive_interval (int | Unset):
        auto_delete_interval (int | Unset):
        ttl_minutes (int | Unset):
        volumes (list[SandboxVolume] | Unset):
        build_info (CreateBuildInfo | Unset):
        linked_sandbox (str | Unset):
        secrets (list[CreateSandboxSecretsItem] | Unset):
    """

    name: str | Unset = UNSET
    snapshot: str | Unset = UNSET
    user: str | Unset = UNSET
    env: CreateSandboxEnv | Unset = UNSET
    labels: CreateSandboxLabels | Unset = UNSET
    public: bool | Unset = UNSET
    network_block_all: bool | Unset = UNSET
    network_allow_list: str | Unset = UNSET
    domain_allow_list: str | Unset = UNSET
    outbound_proxy_url: str | Unset = UNSET
    otel_endpoint_override: str | Unset = UNSET
    target: str | Unset = UNSET
    cpu: int | Unset = UNSET
    gpu: int | Unset = UNSET
    gpu_type: list[GpuType] | Unset = UNSET
    spot: bool | Unset = False
    memory: int | Unset = UNSET
    disk: int | Unset = UNSET
    auto_stop_interval: int | Unset = UNSET
    auto_pause_interval: int | Unset = UNSET
    auto_archive_interval: int | Unset = UNSET
    auto_delete_interval: int | Unset = UNSET
    ttl_minutes: int | Unset = UNSET
    volumes: list[SandboxVolume] | Unset = UNSET
    build_info: CreateBuildInfo | Unset = UNSET
    linked_sandbox: str | Unset = UNSET
    secrets: list[CreateSandboxSecretsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        snapshot = self.snapshot

        user = self.user

        env: dict[str, Any] | Unset = UNSET
        if not isinstance(self.env, Unset):
            env = self.env.to_dict()

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        public = self.public

        network_block_all = self.network_block_all

        network_allow_list = self.network_allow_list

        domain_allow_list = self.domain_allow_list

        outbound_proxy_url = self.outbound_proxy_url

        otel_endpoint_override = self.otel_endpoint_override

        target = self.target

        cpu = self.cpu

        gpu = self.gpu

        gpu_type: list[str] | Unset = UNSET
        if not isinstance(self.gpu_type, Unset):
            gpu_type = []
            for gpu_type_item_data in self.gpu_type:
                gpu_type_item = gpu_type_item_data.value
                gpu_type.append(gpu_type_item)

        spot = self.spot

        memory = self.memory

        disk = self.disk

        auto_stop_interval = self.auto_stop_interval

        auto_pause_interval = self.auto_pause_interval

        auto_archive_interval = self.auto_archive_interval

        auto_delete_interval = self.auto_delete_interval

        ttl_minutes = self.ttl_minutes

        volumes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.volumes, Unset):
            volumes = []
            for volumes_item_data in self.volumes:
                volumes_item = volumes_item_data.to_dict()
                volumes.append(volumes_item)

        build_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.build_info, Unset):
            build_info = self.build_info.to_dict()

        linked_sandbox = self.linked_sandbox

        secrets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.secrets, Unset):
            secrets = []
            for secrets_item_data in self.secrets:
                secrets_item = secrets_item_data.to_dict()
                secrets.append(secrets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if snapshot is not UNSET:
            field_dict["snapshot"] = snapshot
        if user is not UNSET:
            field_dict["user"] = user
        if env is not UNSET:
            field_dict["env"] = env
        if labels is not UNSET:
            field_dict["labels"] = labels
        if public is not UNSET:
            field_dict["public"] = public
        if network_block_all is not UNSET:
            field_dict["networkBlockAll"] = network_block_all
        if network_allow_list is not UNSET:
            field_dict["networkAllowList"] = network_allow_list
        if domain_allow_list is not UNSET:
            field_dict["domainAllowList"] = domain_allow_list
        if outbound_proxy_url is not UNSET:
            field_dict["outboundProxyUrl"] = outbound_proxy_url
        if otel_endpoint_override is not UNSET:
            field_dict["otelEndpointOverride"] = otel_endpoint_override
        if target is not UNSET:
            field_dict["target"] = target
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if gpu is not UNSET:
            field_dict["gpu"] = gpu
        if gpu_type is not UNSET:
            field_dict["gpuType"] = gpu_type
        if spot is not UNSET:
            field_dict["spot"] = spot
        if memory is not UNSET:
            field_dict["memory"] = memory
        if disk is not UNSET:
            field_dict["disk"] = disk
        if auto_stop_interval is not UNSET:
            field_dict["autoStopInterval"] = auto_stop_interval
        if auto_pause_interval is not UNSET:
            field_dict["autoPauseInterval"] = auto_pause_interval
        if auto_archive_interval is not UNSET:
            field_dict["autoArchiveInterval"] = auto_archive_interval
        if auto_delete_interval is not UNSET:
            field_dict["autoDeleteInterval"] = auto_delete_interval
        if ttl_minutes is not UNSET:
            field_dict["ttlMinutes"] = ttl_minutes
        if volumes is not UNSET:
            field_dict["volumes"] = volumes
        if build_info is not UNSET:
            field_dict["buildInfo"] = build_info
        if linked_sandbox is not UNSET:
            field_dict["linkedSandbox"] = linked_sandbox
        if secrets is not UNSET:
            field_dict["secrets"] = secrets

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_build_info import CreateBuildInfo
        from ..models.create_sandbox_env import CreateSandboxEnv
        from ..models.create_sandbox_labels import CreateSandboxLabels
        from ..models.create_sandbox_secrets_item import CreateSandboxSecretsItem
        from ..models.sandbox_volume import SandboxVolume

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        snapshot = d.pop("snapshot", UNSET)

        user = d.pop("user", UNSET)

        _env = d.pop("env", UNSET)
        env: CreateSandboxEnv | Unset
        if isinstance(_env, Unset):
            env = UNSET
        else:
            env = CreateSandboxEnv.from_dict(_env)

        _labels = d.pop("labels", UNSET)
        labels: CreateSandboxLabels | Unset
        if isinstance(_labels, Unset):
            labels = UNSET
        else:
            labels = CreateSandboxLabels.from_dict(_labels)

        public = d.pop("public", UNSET)

        network_block_all = d.pop("networkBlockAll", UNSET)

        network_allow_list = d.pop("networkAllowList", UNSET)

        domain_allow_list = d.pop("domainAllowList", UNSET)

        outbound_proxy_url = d.pop("outboundProxyUrl", UNSET)

        otel_endpoint_override = d.pop("otelEndpointOverride", UNSET)

        target = d.pop("target", UNSET)

        cpu = d.pop("cpu", UNSET)

        gpu = d.pop("gpu", UNSET)

        _gpu_type = d.pop("gpuType", UNSET)
        gpu_type: list[GpuType] | Unset = UNSET
        if _gpu_type is not UNSET:
            gpu_type = []
            for gpu_type_item_data in _gpu_type:
                gpu_type_item = GpuType(gpu_type_item_data)

                gpu_type.append(gpu_type_item)

        spot = d.pop("spot", UNSET)

        memory = d.pop("memory", UNSET)

        disk = d.pop("disk", UNSET)

        auto_stop_interval = d.pop("autoStopInterval", UNSET)

        auto_pause_interval = d.pop("autoPauseInterval", UNSET)

        auto_archive_interval = d.pop("autoArchiveInterval", UNSET)

        auto_delete_interval = d.pop("autoDeleteInterval", UNSET)

        ttl_minutes = d.pop("ttlMinutes", UNSET)

        _volumes = d.pop("volumes", UNSET)
        volumes: list[SandboxVolume] | Unset = UNSET
        if _volumes is not UNSET:
            volumes = []
            for volumes_item_data in _volumes:
                volumes_item = SandboxVolume.from_dict(volumes_item_data)

                volumes.append(volumes_item)

        _build_info = d.pop("buildInfo", UNSET)
        build_info: CreateBuildInfo | Unset
        if isinstance(_build_info, Unset):
            build_info = UNSET
        else:
            build_info = CreateBuildInfo.from_dict(_build_info)

        linked_sandbox = d.pop("linkedSandbox", UNSET)

        _secrets = d.pop("secrets", UNSET)
        secrets: list[CreateSandboxSecretsItem] | Unset = UNSET
        if _secrets is not UNSET:
            secrets = []
            for secrets_item_data in _secrets:
                secrets_item = CreateSandboxSecretsItem.from_dict(secrets_item_data)

                secrets.append(secrets_item)

        create_sandbox = cls(
            name=name,
            snapshot=snapshot,
            user=user,
            env=env,
            labels=labels,
            public=public,
            network_block_all=network_block_all,
            network_allow_list=network_allow_list,
            domain_allow_list=domain_allow_list,
            outbound_proxy_url=outbound_proxy_url,
            otel_endpoint_override=otel_endpoint_override,
            target=target,
            cpu=cpu,
            gpu=gpu,
            gpu_type=gpu_type,
            spot=spot,
            memory=memory,
            disk=disk,
            auto_stop_interval=auto_stop_interval,
            auto_pause_interval=auto_pause_interval,
            auto_archive_interval=auto_archive_interval,
            auto_delete_interval=auto_delete_interval,
            ttl_minutes=ttl_minutes,
            volumes=volumes,
            build_info=build_info,
            linked_sandbox=linked_sandbox,
            secrets=secrets,
        )

        create_sandbox.additional_properties = d
        return create_sandbox

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
