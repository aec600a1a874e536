from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gpu_type import GpuType
from ..models.sandbox_backup_state import SandboxBackupState
from ..models.sandbox_desired_state import SandboxDesiredState
from ..models.sandbox_sandbox_class import SandboxSandboxClass
from ..models.sandbox_state import SandboxState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.build_info import BuildInfo
    from ..models.sandbox_env import SandboxEnv
    from ..models.sandbox_labels import SandboxLabels
    from ..models.sandbox_volume import SandboxVolume


T = TypeVar("T", bound="Sandbox")


@_attrs_define
class Sandbox:
    """
    Attributes:
        id (str):
        organization_id (str):
        name (str):
        user (str):
        env (SandboxEnv):
        labels (SandboxLabels):
        public (bool):
        network_block_all (bool):
        target (str):
        cpu (float):
        gpu (float):
        memory (float):
        disk (float):
        toolbox_proxy_url (str):
        snapshot (str | Unset):
        network_allow_list (str | Unset):
        domain_allow_list (str | Unset):
        outbound_proxy_url (str | Unset):
        otel_endpoint_override (str | Unset):
        spot (bool | Unset):  Default: False.
        spot_evicted_at (str | Unset):
        gpu_type (GpuType | Unset):
        state (SandboxState | Unset):
        desired_state (SandboxDesiredState | Unset):
        error_reason (str | Unset):
        recoverable (bool | Unset):
        warm_pool_id (str | Unset):
        backup_state (SandboxBackupState | Unset):
        backup_created_at (str | Unset):
        auto_stop_interval (float | Unset):
        auto_pause_interval (float | Unset):
        auto_archive_interval (float | Unset):
        auto_delete_interval (float | Unset):
        auto_destroy_at (str | Unset):
        volumes (list[SandboxVolume] | Unset):
        build_info (BuildInfo | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
        last_activity_at (str | Unset):
        sandbox_class (SandboxSandboxClass | Unset):
        daemon_version (str | Unset):
        runner_id (str | Unset):
        linked_sandbox_id (str | Unset):
    """

    id: str
    organization_id: str
    name: str
    user: str
    env: SandboxEnv
    labels: SandboxLabels
    public: bool
    network_block_all: bool
    target: str
    cpu: float
    gpu: float
    memory: float
    disk: float
    toolbox_proxy_url: str
    snapshot: str | Unset = UNSET
    network_allow_list: str | Unset = UNSET
    domain_allow_list: str | Unset = UNSET
    outbound_proxy_url: str | Unset = UNSET
    otel_endpoint_override: str | Unset = UNSET
    spot: bool | Unset = False
    spot_evicted_at: str | Unset = UNSET
    gpu_type: GpuType | Unset = UNSET
    state: SandboxState | Unset = UNSET
    desired_state: SandboxDesiredState | Unset = UNSET
    error_reason: str | Unset = UNSET
    recoverable: bool | Unset = UNSET
    warm_pool_id: str | Unset = UNSET
    backup_state: SandboxBackupState | Unset = UNSET
    backup_created_at: str | Unset = UNSET
    auto_stop_interval: float | Unset = UNSET
    auto_pause_interval: float | Unset = UNSET
    auto_archive_interval: float | Unset = UNSET
    auto_delete_interval: float | Unset = UNSET
    auto_destroy_at: str | Unset = UNSET
    volumes: list[SandboxVolume] | Unset = UNSET
    build_info: BuildInfo | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    last_activity_at: str | Unset = UNSET
    sandbox_class: SandboxSandboxClass | Unset = UNSET
    daemon_version: str | Unset = UNSET
    runner_id: str | Unset = UNSET
    linked_sandbox_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        name = self.name

        user = self.user

        env = self.env.to_dict()

        labels = self.labels.to_dict()

        public = self.public

        network_block_all = self.network_block_all

        target = self.target

        cpu = self.cpu

        gpu = self.gpu

        memory = self.memory

        disk = self.disk

        toolbox_proxy_url = self.toolbox_proxy_url

        snapshot = self.snapshot

        network_allow_list = self.network_allow_list

        domain_allow_list = self.domain_allow_list

        outbound_proxy_url = self.outbound_proxy_url

        otel_endpoint_override = self.otel_endpoint_override

        spot = self.spot

        spot_evicted_at = self.spot_evicted_at

        gpu_type: str | Unset = UNSET
        if not isinstance(self.gpu_type, Unset):
            gpu_type = self.gpu_type.value

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        desired_state: str | Unset = UNSET
        if not isinstance(self.desired_state, Unset):
            desired_state = self.desired_state.value

        error_reason = self.error_reason

        recoverable = self.recoverable

        warm_pool_id = self.warm_pool_id

        backup_state: str | Unset = UNSET
        if not isinstance(self.backup_state, Unset):
            backup_state = self.backup_state.value

        backup_created_at = self.backup_created_at

        auto_stop_interval = self.auto_stop_interval

        auto_pause_interval = self.auto_pause_interval

        auto_archive_interval = self.auto_archive_interval

        auto_delete_interval = self.auto_delete_interval

        auto_destroy_at = self.auto_destroy_at

        volumes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.volumes, Unset):
            volumes = []
            for volumes_item_data in self.volumes:
                volumes_item = volumes_item_data.to_dict()
                volumes.append(volumes_item)

        build_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.build_info, Unset):
            build_info = self.build_info.to_dict()

        created_at = self.created_at

        updated_at = self.updated_at

        last_activity_at = self.last_activity_at

        sandbox_class: str | Unset = UNSET
        if not isinstance(self.sandbox_class, Unset):
            sandbox_class = self.sandbox_class.value

        daemon_version = self.daemon_version

        runner_id = self.runner_id

        linked_sandbox_id = self.linked_sandbox_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organizationId": organization_id,
                "name": name,
                "user": user,
                "env": env,
                "labels": labels,
                "public": public,
                "networkBlockAll": network_block_all,
                "target": target,
                "cpu": cpu,
                "gpu": gpu,
                "memory": memory,
                "disk": disk,
                "toolboxProxyUrl": toolbox_proxy_url,
            }
        )
        if snapshot is not UNSET:
            field_dict["snapshot"] = snapshot
        if network_allow_list is not UNSET:
            field_dict["networkAllowList"] = network_allow_list
        if domain_allow_list is not UNSET:
            field_dict["domainAllowList"] = domain_allow_list
        if outbound_proxy_url is not UNSET:
            field_dict["outboundProxyUrl"] = outbound_proxy_url
        if otel_endpoint_override is not UNSET:
            field_dict["otelEndpointOverride"] = otel_endpoint_override
        if spot is not UNSET:
            field_dict["spot"] = spot
        if spot_evicted_at is not UNSET:
            field_dict["spotEvictedAt"] = spot_evicted_at
        if gpu_type is not UNSET:
            field_dict["gpuType"] = gpu_type
        if state is not UNSET:
            field_dict["state"] = state
        if desired_state is not UNSET:
            field_dict["desiredState"] = desired_state
        if error_reason is not UNSET:
            field_dict["errorReason"] = error_reason
        if recoverable is not UNSET:
            field_dict["recoverable"] = recoverable
        if warm_pool_id is not UNSET:
            field_dict["warmPoolId"] = warm_pool_id
        if backup_state is not UNSET:
            field_dict["backupState"] = backup_state
        if backup_created_at is not UNSET:
            field_dict["backupCreatedAt"] = backup_created_at
        if auto_stop_interval is not UNSET:
            field_dict["autoStopInterval"] = auto_stop_interval
        if auto_pause_interval is not UNSET:
            field_dict["autoPauseInterval"] = auto_pause_interval
        if auto_archive_interval is not UNSET:
            field_dict["autoArchiveInterval"] = auto_archive_interval
        if auto_delete_interval is not UNSET:
            field_dict["autoDeleteInterval"] = auto_delete_interval
        if auto_destroy_at is not UNSET:
            field_dict["autoDestroyAt"] = auto_destroy_at
        if volumes is not UNSET:
            field_dict["volumes"] = volumes
        if build_info is not UNSET:
            field_dict["buildInfo"] = build_info
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if last_activity_at is not UNSET:
            field_dict["lastActivityAt"] = last_activity_at
        if sandbox_class is not UNSET:
            field_dict["sandboxClass"] = sandbox_class
        if daemon_version is not UNSET:
            field_dict["daemonVersion"] = daemon_version
        if runner_id is not UNSET:
            field_dict["runnerId"] = runner_id
        if linked_sandbox_id is not UNSET:
            field_dict["linkedSandboxId"] = linked_sandbox_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.build_info import BuildInfo
        from ..models.sandbox_env import SandboxEnv
        from ..models.sandbox_labels import SandboxLabels
        from ..models.sandbox_volume import SandboxVolume

        d = dict(src_dict)
        id = d.pop("id")

        organization_id = d.pop("organizationId")

        name = d.pop("name")

        user = d.pop("user")

        env = SandboxEnv.from_dict(d.pop("env"))

        labels = SandboxLabels.from_dict(d.pop("labels"))

        public = d.pop("public")

        network_block_all = d.pop("networkBlockAll")

        target = d.pop("target")

        cpu = d.pop("cpu")

        gpu = d.pop("gpu")

        memory = d.pop("memory")

        disk = d.pop("disk")

        toolbox_proxy_url = d.pop("toolboxProxyUrl")

        snapshot = d.pop("snapshot", UNSET)

        network_allow_list = d.pop("networkAllowList", UNSET)

        domain_allow_list = d.pop("domainAllowList", UNSET)

        outbound_proxy_url = d.pop("outboundProxyUrl", UNSET)

        otel_endpoint_override = d.pop("otelEndpointOverride", UNSET)

        spot = d.pop("spot", UNSET)

        spot_evicted_at = d.pop("spotEvictedAt", UNSET)

        _gpu_type = d.pop("gpuType", UNSET)
        gpu_type: GpuType | Unset
        if isinstance(_gpu_type, Unset):
            gpu_type = UNSET
        else:
            gpu_type = GpuType(_gpu_type)

        _state = d.pop("state", UNSET)
        state: SandboxState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = SandboxState(_state)

        _desired_state = d.pop("desiredState", UNSET)
        desired_state: SandboxDesiredState | Unset
        if isinstance(_desired_state, Unset):
            desired_state = UNSET
        else:
            desired_state = SandboxDesiredState(_desired_state)

        error_reason = d.pop("errorReason", UNSET)

        recoverable = d.pop("recoverable", UNSET)

        warm_pool_id = d.pop("warmPoolId", UNSET)

        _backup_state = d.pop("backupState", UNSET)
        backup_state: SandboxBackupState | Unset
        if isinstance(_backup_state, Unset):
            backup_state = UNSET
        else:
            backup_state = SandboxBackupState(_backup_state)

        backup_created_at = d.pop("backupCreatedAt", UNSET)

        auto_stop_interval = d.pop("autoStopInterval", UNSET)

        auto_pause_interval = d.pop("autoPauseInterval", UNSET)

        auto_archive_interval = d.pop("autoArchiveInterval", UNSET)

        auto_delete_interval = d.pop("autoDeleteInterval", UNSET)

        auto_destroy_at = d.pop("autoDestroyAt", UNSET)

        _volumes = d.pop("volumes", UNSET)
        volumes: list[SandboxVolume] | Unset = UNSET
        if _volumes is not UNSET:
            volumes = []
            for volumes_item_data in _volumes:
                volumes_item = SandboxVolume.from_dict(volumes_item_data)

                volumes.append(volumes_item)

        _build_info = d.pop("buildInfo", UNSET)
        build_info: BuildInfo | Unset
        if isinstance(_build_info, Unset):
            build_info = UNSET
        else:
            build_info = BuildInfo.from_dict(_build_info)

        created_at = d.pop("createdAt", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        last_activity_at = d.pop("lastActivityAt", UNSET)

        _sandbox_class = d.pop("sandboxClass", UNSET)
        sandbox_class: SandboxSandboxClass | Unset
        if isinstance(_sandbox_class, Unset):
            sandbox_class = UNSET
        else:
            sandbox_class = SandboxSandboxClass(_sandbox_class)

        daemon_version = d.pop("daemonVersion", UNSET)

        runner_id = d.pop("runnerId", UNSET)

        linked_sandbox_id = d.pop("linkedSandboxId", UNSET)

        sandbox = cls(
            id=id,
            organization_id=organization_id,
            name=name,
            user=user,
            env=env,
            labels=labels,
            public=public,
            network_block_all=network_block_all,
            target=target,
            cpu=cpu,
            gpu=gpu,
            memory=memory,
            disk=disk,
            toolbox_proxy_url=toolbox_proxy_url,
            snapshot=snapshot,
            network_allow_list=network_allow_list,
            domain_allow_list=domain_allow_list,
            outbound_proxy_url=outbound_proxy_url,
            otel_endpoint_override=otel_endpoint_override,
            spot=spot,
            spot_evicted_at=spot_evicted_at,
            gpu_type=gpu_type,
            state=state,
            desired_state=desired_state,
            error_reason=error_reason,
            recoverable=recoverable,
            warm_pool_id=warm_pool_id,
            backup_state=backup_state,
            backup_created_at=backup_created_at,
            auto_stop_interval=auto_stop_interval,
            auto_pause_interval=auto_pause_interval,
            auto_archive_interval=auto_archive_interval,
            auto_delete_interval=auto_delete_interval,
            auto_destroy_at=auto_destroy_at,
            volumes=volumes,
            build_info=build_info,
            created_at=created_at,
            updated_at=updated_at,
            last_activity_at=last_activity_at,
            sandbox_class=sandbox_class,
            daemon_version=daemon_version,
            runner_id=runner_id,
            linked_sandbox_id=linked_sandbox_id,
        )

        sandbox.additional_properties = d
        return sandbox

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
