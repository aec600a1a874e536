from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.health_config import HealthConfig
    from ..models.image_config_exposed_ports_type_0 import ImageConfigExposedPortsType0
    from ..models.image_config_labels_type_0 import ImageConfigLabelsType0
    from ..models.image_config_volumes_type_0 import ImageConfigVolumesType0


T = TypeVar("T", bound="ImageConfig")


@_attrs_define
class ImageConfig:
    """
    Attributes:
        user (str | Unset):
        exposed_ports (ImageConfigExposedPortsType0 | None | Unset):
        env (list[str] | None | Unset):
        cmd (list[str] | None | Unset):
        healthcheck (HealthConfig | Unset):
        args_escaped (bool | None | Unset):  Default: False.
        volumes (ImageConfigVolumesType0 | None | Unset):
        working_dir (str | Unset):
        entrypoint (list[str] | None | Unset):
        on_build (list[str] | None | Unset):
        labels (ImageConfigLabelsType0 | None | Unset):
        stop_signal (None | str | Unset):
        shell (list[str] | None | Unset):
    """

    user: str | Unset = UNSET
    exposed_ports: ImageConfigExposedPortsType0 | None | Unset = UNSET
    env: list[str] | None | Unset = UNSET
    cmd: list[str] | None | Unset = UNSET
    healthcheck: HealthConfig | Unset = UNSET
    args_escaped: bool | None | Unset = False
    volumes: ImageConfigVolumesType0 | None | Unset = UNSET
    working_dir: str | Unset = UNSET
    entrypoint: list[str] | None | Unset = UNSET
    on_build: list[str] | None | Unset = UNSET
    labels: ImageConfigLabelsType0 | None | Unset = UNSET
    stop_signal: None | str | Unset = UNSET
    shell: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_config_exposed_ports_type_0 import (
            ImageConfigExposedPortsType0,
        )
        from ..models.image_config_labels_type_0 import ImageConfigLabelsType0
        from ..models.image_config_volumes_type_0 import ImageConfigVolumesType0

        user = self.user

        exposed_ports: dict[str, Any] | None | Unset
        if isinstance(self.exposed_ports, Unset):
            exposed_ports = UNSET
        elif isinstance(self.exposed_ports, ImageConfigExposedPortsType0):
            exposed_ports = self.exposed_ports.to_dict()
        else:
            exposed_ports = self.exposed_ports

        env: list[str] | None | Unset
        if isinstance(self.env, Unset):
            env = UNSET
        elif isinstance(self.env, list):
            env = self.env

        else:
            env = self.env

        cmd: list[str] | None | Unset
        if isinstance(self.cmd, Unset):
            cmd = UNSET
        elif isinstance(self.cmd, list):
            cmd = self.cmd

        else:
            cmd = self.cmd

        healthcheck: dict[str, Any] | Unset = UNSET
        if not isinstance(self.healthcheck, Unset):
            healthcheck = self.healthcheck.to_dict()

        args_escaped: bool | None | Unset
        if isinstance(self.args_escaped, Unset):
            args_escaped = UNSET
        else:
            args_escaped = self.args_escaped

        volumes: dict[str, Any] | None | Unset
        if isinstance(self.volumes, Unset):
            volumes = UNSET
        elif isinstance(self.volumes, ImageConfigVolumesType0):
            volumes = self.volumes.to_dict()
        else:
            volumes = self.volumes

        working_dir = self.working_dir

        entrypoint: list[str] | None | Unset
        if isinstance(self.entrypoint, Unset):
            entrypoint = UNSET
        elif isinstance(self.entrypoint, list):
            entrypoint = self.entrypoint

        else:
            entrypoint = self.entrypoint

        on_build: list[str] | None | Unset
        if isinstance(self.on_build, Unset):
            on_build = UNSET
        elif isinstance(self.on_build, list):
            on_build = self.on_build

        else:
            on_build = self.on_build

        labels: dict[str, Any] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, ImageConfigLabelsType0):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        stop_signal: None | str | Unset
        if isinstance(self.stop_signal, Unset):
            stop_signal = UNSET
        else:
            stop_signal = self.stop_signal

        shell: list[str] | None | Unset
        if isinstance(self.shell, Unset):
            shell = UNSET
        elif isinstance(self.shell, list):
            shell = self.shell

        else:
            shell = self.shell

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user is not UNSET:
            field_dict["User"] = user
        if exposed_ports is not UNSET:
            field_dict["ExposedPorts"] = exposed_ports
        if env is not UNSET:
            field_dict["Env"] = env
        if cmd is not UNSET:
            field_dict["Cmd"] = cmd
        if healthcheck is not UNSET:
            field_dict["Healthcheck"] = healthcheck
        if args_escaped is not UNSET:
            field_dict["ArgsEscaped"] = args_escaped
        if volumes is not UNSET:
            field_dict["Volumes"] = volumes
        if working_dir is not UNSET:
            field_dict["WorkingDir"] = working_dir
        if entrypoint is not UNSET:
            field_dict["Entrypoint"] = entrypoint
        if on_build is not UNSET:
            field_dict["OnBuild"] = on_build
        if labels is not UNSET:
            field_dict["Labels"] = labels
        if stop_signal is not UNSET:
            field_dict["StopSignal"] = stop_signal
        if shell is not UNSET:
            field_dict["Shell"] = shell

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.health_config import HealthConfig
        from ..models.image_config_exposed_ports_type_0 import (
            ImageConfigExposedPortsType0,
        )
        from ..models.image_config_labels_type_0 import ImageConfigLabelsType0
        from ..models.image_config_volumes_type_0 import ImageConfigVolumesType0

        d = dict(src_dict)
        user = d.pop("User", UNSET)

        def _parse_exposed_ports(
            data: object,
        ) -> ImageConfigExposedPortsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                exposed_ports_type_0 = ImageConfigExposedPortsType0.from_dict(data)

                return exposed_ports_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageConfigExposedPortsType0 | None | Unset, data)

        exposed_ports = _parse_exposed_ports(d.pop("ExposedPorts", UNSET))

        def _parse_env(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                env_type_0 = cast(list[str], data)

                return env_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        env = _parse_env(d.pop("Env", UNSET))

        def _parse_cmd(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cmd_type_0 = cast(list[str], data)

                return cmd_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        cmd = _parse_cmd(d.pop("Cmd", UNSET))

        _healthcheck = d.pop("Healthcheck", UNSET)
        healthcheck: HealthConfig | Unset
        if isinstance(_healthcheck, Unset):
            healthcheck = UNSET
        else:
            healthcheck = HealthConfig.from_dict(_healthcheck)

        def _parse_args_escaped(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        args_escaped = _parse_args_escaped(d.pop("ArgsEscaped", UNSET))

        def _parse_volumes(data: object) -> ImageConfigVolumesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                volumes_type_0 = ImageConfigVolumesType0.from_dict(data)

                return volumes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageConfigVolumesType0 | None | Unset, data)

        volumes = _parse_volumes(d.pop("Volumes", UNSET))

        working_dir = d.pop("WorkingDir", UNSET)

        def _parse_entrypoint(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                entrypoint_type_0 = cast(list[str], data)

                return entrypoint_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        entrypoint = _parse_entrypoint(d.pop("Entrypoint", UNSET))

        def _parse_on_build(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                on_build_type_0 = cast(list[str], data)

                return on_build_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        on_build = _parse_on_build(d.pop("OnBuild", UNSET))

        def _parse_labels(data: object) -> ImageConfigLabelsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                labels_type_0 = ImageConfigLabelsType0.from_dict(data)

                return labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageConfigLabelsType0 | None | Unset, data)

        labels = _parse_labels(d.pop("Labels", UNSET))

        def _parse_stop_signal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stop_signal = _parse_stop_signal(d.pop("StopSignal", UNSET))

        def _parse_shell(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                shell_type_0 = cast(list[str], data)

                return shell_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        shell = _parse_shell(d.pop("Shell", UNSET))

        image_config = cls(
            user=user,
            exposed_ports=exposed_ports,
            env=env,
            cmd=cmd,
            healthcheck=healthcheck,
            args_escaped=args_escaped,
            volumes=volumes,
            working_dir=working_dir,
            entrypoint=entrypoint,
            on_build=on_build,
            labels=labels,
            stop_signal=stop_signal,
            shell=shell,
        )

        image_config.additional_properties = d
        return image_config

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
