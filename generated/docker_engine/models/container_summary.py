from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.container_summary_state import ContainerSummaryState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container_summary_health import ContainerSummaryHealth
    from ..models.container_summary_host_config import ContainerSummaryHostConfig
    from ..models.container_summary_labels_type_0 import ContainerSummaryLabelsType0
    from ..models.container_summary_network_settings import (
        ContainerSummaryNetworkSettings,
    )
    from ..models.mount_point import MountPoint
    from ..models.oci_descriptor import OCIDescriptor
    from ..models.port_summary import PortSummary


T = TypeVar("T", bound="ContainerSummary")


@_attrs_define
class ContainerSummary:
    """
    Attributes:
        id (str | Unset):
        names (list[str] | None | Unset):
        image (str | Unset):
        image_id (str | Unset):
        image_manifest_descriptor (OCIDescriptor | Unset):
        command (str | Unset):
        created (int | Unset):
        ports (list[PortSummary] | None | Unset):
        size_rw (int | None | Unset):
        size_root_fs (int | None | Unset):
        labels (ContainerSummaryLabelsType0 | None | Unset):
        state (ContainerSummaryState | Unset):
        status (str | Unset):
        host_config (ContainerSummaryHostConfig | Unset):
        network_settings (ContainerSummaryNetworkSettings | Unset):
        mounts (list[MountPoint] | None | Unset):
        health (ContainerSummaryHealth | Unset):
    """

    id: str | Unset = UNSET
    names: list[str] | None | Unset = UNSET
    image: str | Unset = UNSET
    image_id: str | Unset = UNSET
    image_manifest_descriptor: OCIDescriptor | Unset = UNSET
    command: str | Unset = UNSET
    created: int | Unset = UNSET
    ports: list[PortSummary] | None | Unset = UNSET
    size_rw: int | None | Unset = UNSET
    size_root_fs: int | None | Unset = UNSET
    labels: ContainerSummaryLabelsType0 | None | Unset = UNSET
    state: ContainerSummaryState | Unset = UNSET
    status: str | Unset = UNSET
    host_config: ContainerSummaryHostConfig | Unset = UNSET
    network_settings: ContainerSummaryNetworkSettings | Unset = UNSET
    mounts: list[MountPoint] | None | Unset = UNSET
    health: ContainerSummaryHealth | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.container_summary_labels_type_0 import ContainerSummaryLabelsType0

        id = self.id

        names: list[str] | None | Unset
        if isinstance(self.names, Unset):
            names = UNSET
        elif isinstance(self.names, list):
            names = self.names

        else:
            names = self.names

        image = self.image

        image_id = self.image_id

        image_manifest_descriptor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_manifest_descriptor, Unset):
            image_manifest_descriptor = self.image_manifest_descriptor.to_dict()

        command = self.command

        created = self.created

        ports: list[dict[str, Any]] | None | Unset
        if isinstance(self.ports, Unset):
            ports = UNSET
        elif isinstance(self.ports, list):
            ports = []
            for ports_type_0_item_data in self.ports:
                ports_type_0_item = ports_type_0_item_data.to_dict()
                ports.append(ports_type_0_item)

        else:
            ports = self.ports

        size_rw: int | None | Unset
        if isinstance(self.size_rw, Unset):
            size_rw = UNSET
        else:
            size_rw = self.size_rw

        size_root_fs: int | None | Unset
        if isinstance(self.size_root_fs, Unset):
            size_root_fs = UNSET
        else:
            size_root_fs = self.size_root_fs

        labels: dict[str, Any] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, ContainerSummaryLabelsType0):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        status = self.status

        host_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.host_config, Unset):
            host_config = self.host_config.to_dict()

        network_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.network_settings, Unset):
            network_settings = self.network_settings.to_dict()

        mounts: list[dict[str, Any]] | None | Unset
        if isinstance(self.mounts, Unset):
            mounts = UNSET
        elif isinstance(self.mounts, list):
            mounts = []
            for mounts_type_0_item_data in self.mounts:
                mounts_type_0_item = mounts_type_0_item_data.to_dict()
                mounts.append(mounts_type_0_item)

        else:
            mounts = self.mounts

        health: dict[str, Any] | Unset = UNSET
        if not isinstance(self.health, Unset):
            health = self.health.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["Id"] = id
        if names is not UNSET:
            field_dict["Names"] = names
        if image is not UNSET:
            field_dict["Image"] = image
        if image_id is not UNSET:
            field_dict["ImageID"] = image_id
        if image_manifest_descriptor is not UNSET:
            field_dict["ImageManifestDescriptor"] = image_manifest_descriptor
        if command is not UNSET:
            field_dict["Command"] = command
        if created is not UNSET:
            field_dict["Created"] = created
        if ports is not UNSET:
            field_dict["Ports"] = ports
        if size_rw is not UNSET:
            field_dict["SizeRw"] = size_rw
        if size_root_fs is not UNSET:
            field_dict["SizeRootFs"] = size_root_fs
        if labels is not UNSET:
            field_dict["Labels"] = labels
        if state is not UNSET:
            field_dict["State"] = state
        if status is not UNSET:
            field_dict["Status"] = status
        if host_config is not UNSET:
            field_dict["HostConfig"] = host_config
        if network_settings is not UNSET:
            field_dict["NetworkSettings"] = network_settings
        if mounts is not UNSET:
            field_dict["Mounts"] = mounts
        if health is not UNSET:
            field_dict["Health"] = health

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.container_summary_health import ContainerSummaryHealth
        from ..models.container_summary_host_config import ContainerSummaryHostConfig
        from ..models.container_summary_labels_type_0 import ContainerSummaryLabelsType0
        from ..models.container_summary_network_settings import (
            ContainerSummaryNetworkSettings,
        )
        from ..models.mount_point import MountPoint
        from ..models.oci_descriptor import OCIDescriptor
        from ..models.port_summary import PortSummary

        d = dict(src_dict)
        id = d.pop("Id", UNSET)

        def _parse_names(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                names_type_0 = cast(list[str], data)

                return names_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        names = _parse_names(d.pop("Names", UNSET))

        image = d.pop("Image", UNSET)

        image_id = d.pop("ImageID", UNSET)

        _image_manifest_descriptor = d.pop("ImageManifestDescriptor", UNSET)
        image_manifest_descriptor: OCIDescriptor | Unset
        if isinstance(_image_manifest_descriptor, Unset):
            image_manifest_descriptor = UNSET
        else:
            image_manifest_descriptor = OCIDescriptor.from_dict(
                _image_manifest_descriptor
            )

        command = d.pop("Command", UNSET)

        created = d.pop("Created", UNSET)

        def _parse_ports(data: object) -> list[PortSummary] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ports_type_0 = []
                _ports_type_0 = data
                for ports_type_0_item_data in _ports_type_0:
                    ports_type_0_item = PortSummary.from_dict(ports_type_0_item_data)

                    ports_type_0.append(ports_type_0_item)

                return ports_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PortSummary] | None | Unset, data)

        ports = _parse_ports(d.pop("Ports", UNSET))

        def _parse_size_rw(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        size_rw = _parse_size_rw(d.pop("SizeRw", UNSET))

        def _parse_size_root_fs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        size_root_fs = _parse_size_root_fs(d.pop("SizeRootFs", UNSET))

        def _parse_labels(data: object) -> ContainerSummaryLabelsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                labels_type_0 = ContainerSummaryLabelsType0.from_dict(data)

                return labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContainerSummaryLabelsType0 | None | Unset, data)

        labels = _parse_labels(d.pop("Labels", UNSET))

        _state = d.pop("State", UNSET)
        state: ContainerSummaryState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = ContainerSummaryState(_state)

        status = d.pop("Status", UNSET)

        _host_config = d.pop("HostConfig", UNSET)
        host_config: ContainerSummaryHostConfig | Unset
        if isinstance(_host_config, Unset):
            host_config = UNSET
        else:
            host_config = ContainerSummaryHostConfig.from_dict(_host_config)

        _network_settings = d.pop("NetworkSettings", UNSET)
        network_settings: ContainerSummaryNetworkSettings | Unset
        if isinstance(_network_settings, Unset):
            network_settings = UNSET
        else:
            network_settings = ContainerSummaryNetworkSettings.from_dict(
                _network_settings
            )

        def _parse_mounts(data: object) -> list[MountPoint] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                mounts_type_0 = []
                _mounts_type_0 = data
                for mounts_type_0_item_data in _mounts_type_0:
                    mounts_type_0_item = MountPoint.from_dict(mounts_type_0_item_data)

                    mounts_type_0.append(mounts_type_0_item)

                return mounts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MountPoint] | None | Unset, data)

        mounts = _parse_mounts(d.pop("Mounts", UNSET))

        _health = d.pop("Health", UNSET)
        health: ContainerSummaryHealth | Unset
        if isinstance(_health, Unset):
            health = UNSET
        else:
            health = ContainerSummaryHealth.from_dict(_health)

        container_summary = cls(
            id=id,
            names=names,
            image=image,
            image_id=image_id,
            image_manifest_descriptor=image_manifest_descriptor,
            command=command,
            created=created,
            ports=ports,
            size_rw=size_rw,
            size_root_fs=size_root_fs,
            labels=labels,
            state=state,
            status=status,
            host_config=host_config,
            network_settings=network_settings,
            mounts=mounts,
            health=health,
        )

        container_summary.additional_properties = d
        return container_summary

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
