from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container_config import ContainerConfig
    from ..models.container_state_type_0 import ContainerStateType0
    from ..models.driver_data import DriverData
    from ..models.host_config import HostConfig
    from ..models.mount_point import MountPoint
    from ..models.network_settings import NetworkSettings
    from ..models.oci_descriptor import OCIDescriptor
    from ..models.storage import Storage


T = TypeVar("T", bound="ContainerInspectResponse")


@_attrs_define
class ContainerInspectResponse:
    """
    Attributes:
        id (str | Unset):
        created (None | str | Unset):
        path (str | Unset):
        args (list[str] | None | Unset):
        state (ContainerStateType0 | None | Unset):
        image (str | Unset):
        resolv_conf_path (str | Unset):
        hostname_path (str | Unset):
        hosts_path (str | Unset):
        log_path (None | str | Unset):
        name (str | Unset):
        restart_count (int | Unset):
        driver (str | Unset):
        platform (str | Unset):
        image_manifest_descriptor (OCIDescriptor | Unset):
        mount_label (str | Unset):
        process_label (str | Unset):
        app_armor_profile (str | Unset):
        exec_i_ds (list[str] | None | Unset):
        host_config (HostConfig | Unset):
        graph_driver (DriverData | Unset):
        storage (Storage | Unset):
        size_rw (int | None | Unset):
        size_root_fs (int | None | Unset):
        mounts (list[MountPoint] | None | Unset):
        config (ContainerConfig | Unset):
        network_settings (NetworkSettings | Unset):
    """

    id: str | Unset = UNSET
    created: None | str | Unset = UNSET
    path: str | Unset = UNSET
    args: list[str] | None | Unset = UNSET
    state: ContainerStateType0 | None | Unset = UNSET
    image: str | Unset = UNSET
    resolv_conf_path: str | Unset = UNSET
    hostname_path: str | Unset = UNSET
    hosts_path: str | Unset = UNSET
    log_path: None | str | Unset = UNSET
    name: str | Unset = UNSET
    restart_count: int | Unset = UNSET
    driver: str | Unset = UNSET
    platform: str | Unset = UNSET
    image_manifest_descriptor: OCIDescriptor | Unset = UNSET
    mount_label: str | Unset = UNSET
    process_label: str | Unset = UNSET
    app_armor_profile: str | Unset = UNSET
    exec_i_ds: list[str] | None | Unset = UNSET
    host_config: HostConfig | Unset = UNSET
    graph_driver: DriverData | Unset = UNSET
    storage: Storage | Unset = UNSET
    size_rw: int | None | Unset = UNSET
    size_root_fs: int | None | Unset = UNSET
    mounts: list[MountPoint] | None | Unset = UNSET
    config: ContainerConfig | Unset = UNSET
    network_settings: NetworkSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.container_state_type_0 import ContainerStateType0

        id = self.id

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        else:
            created = self.created

        path = self.path

        args: list[str] | None | Unset
        if isinstance(self.args, Unset):
            args = UNSET
        elif isinstance(self.args, list):
            args = self.args

        else:
            args = self.args

        state: dict[str, Any] | None | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, ContainerStateType0):
            state = self.state.to_dict()
        else:
            state = self.state

        image = self.image

        resolv_conf_path = self.resolv_conf_path

        hostname_path = self.hostname_path

        hosts_path = self.hosts_path

        log_path: None | str | Unset
        if isinstance(self.log_path, Unset):
            log_path = UNSET
        else:
            log_path = self.log_path

        name = self.name

        restart_count = self.restart_count

        driver = self.driver

        platform = self.platform

        image_manifest_descriptor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_manifest_descriptor, Unset):
            image_manifest_descriptor = self.image_manifest_descriptor.to_dict()

        mount_label = self.mount_label

        process_label = self.process_label

        app_armor_profile = self.app_armor_profile

        exec_i_ds: list[str] | None | Unset
        if isinstance(self.exec_i_ds, Unset):
            exec_i_ds = UNSET
        elif isinstance(self.exec_i_ds, list):
            exec_i_ds = self.exec_i_ds

        else:
            exec_i_ds = self.exec_i_ds

        host_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.host_config, Unset):
            host_config = self.host_config.to_dict()

        graph_driver: dict[str, Any] | Unset = UNSET
        if not isinstance(self.graph_driver, Unset):
            graph_driver = self.graph_driver.to_dict()

        storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage, Unset):
            storage = self.storage.to_dict()

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

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        network_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.network_settings, Unset):
            network_settings = self.network_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["Id"] = id
        if created is not UNSET:
            field_dict["Created"] = created
        if path is not UNSET:
            field_dict["Path"] = path
        if args is not UNSET:
            field_dict["Args"] = args
        if state is not UNSET:
            field_dict["State"] = state
        if image is not UNSET:
            field_dict["Image"] = image
        if resolv_conf_path is not UNSET:
            field_dict["ResolvConfPath"] = resolv_conf_path
        if hostname_path is not UNSET:
            field_dict["HostnamePath"] = hostname_path
        if hosts_path is not UNSET:
            field_dict["HostsPath"] = hosts_path
        if log_path is not UNSET:
            field_dict["LogPath"] = log_path
        if name is not UNSET:
            field_dict["Name"] = name
        if restart_count is not UNSET:
            field_dict["RestartCount"] = restart_count
        if driver is not UNSET:
            field_dict["Driver"] = driver
        if platform is not UNSET:
            field_dict["Platform"] = platform
        if image_manifest_descriptor is not UNSET:
            field_dict["ImageManifestDescriptor"] = image_manifest_descriptor
        if mount_label is not UNSET:
            field_dict["MountLabel"] = mount_label
        if process_label is not UNSET:
            field_dict["ProcessLabel"] = process_label
        if app_armor_profile is not UNSET:
            field_dict["AppArmorProfile"] = app_armor_profile
        if exec_i_ds is not UNSET:
            field_dict["ExecIDs"] = exec_i_ds
        if host_config is not UNSET:
            field_dict["HostConfig"] = host_config
        if graph_driver is not UNSET:
            field_dict["GraphDriver"] = graph_driver
        if storage is not UNSET:
            field_dict["Storage"] = storage
        if size_rw is not UNSET:
            field_dict["SizeRw"] = size_rw
        if size_root_fs is not UNSET:
            field_dict["SizeRootFs"] = size_root_fs
        if mounts is not UNSET:
            field_dict["Mounts"] = mounts
        if config is not UNSET:
            field_dict["Config"] = config
        if network_settings is not UNSET:
            field_dict["NetworkSettings"] = network_settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.container_config import ContainerConfig
        from ..models.container_state_type_0 import ContainerStateType0
        from ..models.driver_data import DriverData
        from ..models.host_config import HostConfig
        from ..models.mount_point import MountPoint
        from ..models.network_settings import NetworkSettings
        from ..models.oci_descriptor import OCIDescriptor
        from ..models.storage import Storage

        d = dict(src_dict)
        id = d.pop("Id", UNSET)

        def _parse_created(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created = _parse_created(d.pop("Created", UNSET))

        path = d.pop("Path", UNSET)

        def _parse_args(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                args_type_0 = cast(list[str], data)

                return args_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        args = _parse_args(d.pop("Args", UNSET))

        def _parse_state(data: object) -> ContainerStateType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_container_state_type_0 = (
                    ContainerStateType0.from_dict(data)
                )

                return componentsschemas_container_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContainerStateType0 | None | Unset, data)

        state = _parse_state(d.pop("State", UNSET))

        image = d.pop("Image", UNSET)

        resolv_conf_path = d.pop("ResolvConfPath", UNSET)

        hostname_path = d.pop("HostnamePath", UNSET)

        hosts_path = d.pop("HostsPath", UNSET)

        def _parse_log_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        log_path = _parse_log_path(d.pop("LogPath", UNSET))

        name = d.pop("Name", UNSET)

        restart_count = d.pop("RestartCount", UNSET)

        driver = d.pop("Driver", UNSET)

        platform = d.pop("Platform", UNSET)

        _image_manifest_descriptor = d.pop("ImageManifestDescriptor", UNSET)
        image_manifest_descriptor: OCIDescriptor | Unset
        if isinstance(_image_manifest_descriptor, Unset):
            image_manifest_descriptor = UNSET
        else:
            image_manifest_descriptor = OCIDescriptor.from_dict(
                _image_manifest_descriptor
            )

        mount_label = d.pop("MountLabel", UNSET)

        process_label = d.pop("ProcessLabel", UNSET)

        app_armor_profile = d.pop("AppArmorProfile", UNSET)

        def _parse_exec_i_ds(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                exec_i_ds_type_0 = cast(list[str], data)

                return exec_i_ds_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        exec_i_ds = _parse_exec_i_ds(d.pop("ExecIDs", UNSET))

        _host_config = d.pop("HostConfig", UNSET)
        host_config: HostConfig | Unset
        if isinstance(_host_config, Unset):
            host_config = UNSET
        else:
            host_config = HostConfig.from_dict(_host_config)

        _graph_driver = d.pop("GraphDriver", UNSET)
        graph_driver: DriverData | Unset
        if isinstance(_graph_driver, Unset):
            graph_driver = UNSET
        else:
            graph_driver = DriverData.from_dict(_graph_driver)

        _storage = d.pop("Storage", UNSET)
        storage: Storage | Unset
        if isinstance(_storage, Unset):
            storage = UNSET
        else:
            storage = Storage.from_dict(_storage)

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

        _config = d.pop("Config", UNSET)
        config: ContainerConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = ContainerConfig.from_dict(_config)

        _network_settings = d.pop("NetworkSettings", UNSET)
        network_settings: NetworkSettings | Unset
        if isinstance(_network_settings, Unset):
            network_settings = UNSET
        else:
            network_settings = NetworkSettings.from_dict(_network_settings)

        container_inspect_response = cls(
            id=id,
            created=created,
            path=path,
            args=args,
            state=state,
            image=image,
            resolv_conf_path=resolv_conf_path,
            hostname_path=hostname_path,
            hosts_path=hosts_path,
            log_path=log_path,
            name=name,
            restart_count=restart_count,
            driver=driver,
            platform=platform,
            image_manifest_descriptor=image_manifest_descriptor,
            mount_label=mount_label,
            process_label=process_label,
            app_armor_profile=app_armor_profile,
            exec_i_ds=exec_i_ds,
            host_config=host_config,
            graph_driver=graph_driver,
            storage=storage,
            size_rw=size_rw,
            size_root_fs=size_root_fs,
            mounts=mounts,
            config=config,
            network_settings=network_settings,
        )

        container_inspect_response.additional_properties = d
        return container_inspect_response

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
