from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gpu_type import GpuType
from ..models.sandbox_class import SandboxClass
from ..models.sandbox_desired_state import SandboxDesiredState
from ..models.sandbox_list_item_backup_state import SandboxListItemBackupState
from ..models.sandbox_state import SandboxState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sandbox_list_item_labels import SandboxListItemLabels


T = TypeVar("T", bound="SandboxListItem")


@_attrs_define
class SandboxListItem:
    """
    Attributes:
        id (str):
        organization_id (str):
        name (str):
        target (str):
        user (str):
        public (bool):
        network_block_all (bool):
        cpu (float):
        gpu (float):
        memory (float):
        disk (float):
        labels (SandboxListItemLabels):
        toolbox_proxy_url (str):
        runner_id (str | Unset):
        sandbox_class (SandboxClass | Unset):
        state (SandboxState | Unset):
        desired_state (SandboxDesiredState | Unset):
        snapshot (str | Unset):
        error_reason (str | Unset):
        recoverable (bool | Unset):
        network_allow_list (str | Unset):
        domain_allow_list (str | Unset):
        spot (bool | Unset):  Default: False.
        spot_evicted_at (str | Unset):
        gpu_type (GpuType | Unset):
        backup_state (SandboxListItemBackupState | Unset):
        auto_stop_interval (float | Unset):
        auto_pause_interval (float | Unset):
        auto_archive_interval (float | Unset):
        auto_delete_interval (float | Unset):
        auto_destroy_at (str | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
        last_activity_at (str | Unset):
        daemon_version (str | Unset):
        warm_pool_id (str | Unset):
    """

    id: str
    organization_id: str
    name: str
    target: str
    user: str
    public: bool
    network_block_all: bool
    cpu: float
    gpu: float
    memory: float
    disk: float
    labels: SandboxListItemLabels
    toolbox_proxy_url: str
    runner_id: str | Unset = UNSET
    sandbox_class: SandboxClass | Unset = UNSET
    state: SandboxState | Unset = UNSET
    desired_state: SandboxDesiredState | Unset = UNSET
    snapshot: str | Unset = UNSET
    error_reason: str | Unset = UNSET
    recoverable: bool | Unset = UNSET
    network_allow_list: str | Unset = UNSET
    domain_allow_list: str | Unset = UNSET
    spot: bool | Unset = False
    spot_evicted_at: str | Unset = UNSET
    gpu_type: GpuType | Unset = UNSET
    backup_state: SandboxListItemBackupState | Unset = UNSET
    auto_stop_interval: float | Unset = UNSET
    auto_pause_interval: float | Unset = UNSET
    auto_archive_interval: float | Unset = UNSET
    auto_delete_interval: float | Unset = UNSET
    auto_destroy_at: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    last_activity_at: str | Unset = UNSET
    daemon_version: str | Unset = UNSET
    warm_pool_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        name = self.name

        target = self.target

        user = self.user

        public = self.public

        network_block_all = self.network_block_all

        cpu = self.cpu

        gpu = self.gpu

        memory = self.memory

        disk = self.disk

        labels = self.labels.to_dict()

        toolbox_proxy_url = self.toolbox_proxy_url

        runner_id = self.runner_id

        sandbox_class: str | Unset = UNSET
        if not isinstance(self.sandbox_class, Unset):
            sandbox_class = self.sandbox_class.value

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        desired_state: str | Unset = UNSET
        if not isinstance(self.desired_state, Unset):
            desired_state = self.desired_state.value

        snapshot = self.snapshot

        error_reason = self.error_reason

        recoverable = self.recoverable

        network_allow_list = self.network_allow_list

        domain_allow_list = self.domain_allow_list

        spot = self.spot

        spot_evicted_at = self.spot_evicted_at

        gpu_type: str | Unset = UNSET
        if not isinstance(self.gpu_type, Unset):
            gpu_type = self.gpu_type.value

        backup_state: str | Unset = UNSET
        if not isinstance(self.backup_state, Unset):
            backup_state = self.backup_state.value

        auto_stop_interval = self.auto_stop_interval

        auto_pause_interval = self.auto_pause_interval

        auto_archive_interval = self.auto_archive_interval

        auto_delete_interval = self.auto_delete_interval

        auto_destroy_at = self.auto_destroy_at

        created_at = self.created_at

        updated_at = self.updated_at

        last_activity_at = self.last_activity_at

        daemon_version = self.daemon_version

        warm_pool_id = self.warm_pool_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organizationId": organization_id,
                "name": name,
                "target": target,
                "user": user,
                "public": public,
                "networkBlockAll": network_block_all,
                "cpu": cpu,
                "gpu": gpu,
                "memory": memory,
                "disk": disk,
                "labels": labels,
                "toolboxProxyUrl": toolbox_proxy_url,
            }
        )
        if runner_id is not UNSET:
            field_dict["runnerId"] = runner_id
        if sandbox_class is not UNSET:
            field_dict["sandboxClass"] = sandbox_class
        if state is not UNSET:
            field_dict["state"] = state
        if desired_state is not UNSET:
            field_dict["desiredState"] = desired_state
        if snapshot is not UNSET:
            field_dict["snapshot"] = snapshot
        if error_reason is not UNSET:
            field_dict["errorReason"] = error_reason
        if recoverable is not UNSET:
            field_dict["recoverable"] = recoverable
        if network_allow_list is not UNSET:
            field_dict["networkAllowList"] = network_allow_list
        if domain_allow_list is not UNSET:
            field_dict["domainAllowList"] = domain_allow_list
        if spot is not UNSET:
            field_dict["spot"] = spot
        if spot_evicted_at is not UNSET:
            field_dict["spotEvictedAt"] = spot_evicted_at
        if gpu_type is not UNSET:
            field_dict["gpuType"] = gpu_type
        if backup_state is not UNSET:
            field_dict["backupState"] = backup_state
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
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if last_activity_at is not UNSET:
            field_dict["lastActivityAt"] = last_activity_at
        if daemon_version is not UNSET:
            field_dict["daemonVersion"] = daemon_version
        if warm_pool_id is not UNSET:
            field_dict["warmPoolId"] = warm_pool_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sandbox_list_item_labels import SandboxListItemLabels

        d = dict(src_dict)
        id = d.pop("id")

        organization_id = d.pop("organizationId")

        name = d.pop("name")

        target = d.pop("target")

        user = d.pop("user")

        public = d.pop("public")

        network_block_all = d.pop("networkBlockAll")

        cpu = d.pop("cpu")

        gpu = d.pop("gpu")

        memory = d.pop("memory")

        disk = d.pop("disk")

        labels = SandboxListItemLabels.from_dict(d.pop("labels"))

        toolbox_proxy_url = d.pop("toolboxProxyUrl")

        runner_id = d.pop("runnerId", UNSET)

        _sandbox_class = d.pop("sandboxClass", UNSET)
        sandbox_class: SandboxClass | Unset
        if isinstance(_sandbox_class, Unset):
            sandbox_class = UNSET
        else:
            sandbox_class = SandboxClass(_sandbox_class)

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

        snapshot = d.pop("snapshot", UNSET)

        error_reason = d.pop("errorReason", UNSET)

        recoverable = d.pop("recoverable", UNSET)

        network_allow_list = d.pop("networkAllowList", UNSET)

        domain_allow_list = d.pop("domainAllowList", UNSET)

        spot = d.pop("spot", UNSET)

        spot_evicted_at = d.pop("spotEvictedAt", UNSET)

        _gpu_type = d.pop("gpuType", UNSET)
        gpu_type: GpuType | Unset
        if isinstance(_gpu_type, Unset):
            gpu_type = UNSET
        else:
            gpu_type = GpuType(_gpu_type)

        _backup_state = d.pop("backupState", UNSET)
        backup_state: SandboxListItemBackupState | Unset
        if isinstance(_backup_state, Unset):
            backup_state = UNSET
        else:
            backup_state = SandboxListItemBackupState(_backup_state)

        auto_stop_interval = d.pop("autoStopInterval", UNSET)

        auto_pause_interval = d.pop("autoPauseInterval", UNSET)

        auto_archive_interval = d.pop("autoArchiveInterval", UNSET)

        auto_delete_interval = d.pop("autoDeleteInterval", UNSET)

        auto_destroy_at = d.pop("autoDestroyAt", UNSET)

        created_at = d.pop("createdAt", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        last_activity_at = d.pop("lastActivityAt", UNSET)

        daemon_version = d.pop("daemonVersion", UNSET)

        warm_pool_id = d.pop("warmPoolId", UNSET)

        sandbox_list_item = cls(
            id=id,
            organization_id=organization_id,
            name=name,
            target=target,
            user=user,
            public=public,
            network_block_all=network_block_all,
            cpu=cpu,
            gpu=gpu,
            memory=memory,
            disk=disk,
            labels=labels,
            toolbox_proxy_url=toolbox_proxy_url,
            runner_id=runner_id,
            sandbox_class=sandbox_class,
            state=state,
            desired_state=desired_state,
            snapshot=snapshot,
            error_reason=error_reason,
            recoverable=recoverable,
            network_allow_list=network_allow_list,
            domain_allow_list=domain_allow_list,
            spot=spot,
            spot_evicted_at=spot_evicted_at,
            gpu_type=gpu_type,
            backup_state=backup_state,
            auto_stop_interval=auto_stop_interval,
            auto_pause_interval=auto_pause_interval,
            auto_archive_interval=auto_archive_interval,
            auto_delete_interval=auto_delete_interval,
            auto_destroy_at=auto_destroy_at,
            created_at=created_at,
            updated_at=updated_at,
            last_activity_at=last_activity_at,
            daemon_version=daemon_version,
            warm_pool_id=warm_pool_id,
        )

        sandbox_list_item.additional_properties = d
        return sandbox_list_item

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
