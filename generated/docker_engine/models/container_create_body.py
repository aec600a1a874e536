from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container_config_exposed_ports_type_0 import (
        ContainerConfigExposedPortsType0,
    )
    from ..models.container_config_labels_type_0 import ContainerConfigLabelsType0
    from ..models.container_config_volumes_type_0 import ContainerConfigVolumesType0
    from ..models.health_config import HealthConfig
    from ..models.host_config import HostConfig
    from ..models.networking_config import NetworkingConfig


T = TypeVar("T", bound="ContainerCreateBody")


@_attrs_define
class ContainerCreateBody:
    """
    Attributes:
        hostname (str | Unset):
        domainname (str | Unset):
        user (str | Unset):
        attach_stdin (bool | Unset):  Default: False.
        attach_stdout (bool | Unset):  Default: True.
        attach_stderr (bool | Unset):  Default: True.
        exposed_ports (ContainerConfigExposedPortsType0 | None | Unset):
        tty (bool | Unset):  Default: False.
        open_stdin (bool | Unset):  Default: False.
        stdin_once (bool | Unset):  Default: False.
        env (list[str] | None | Unset):
        cmd (list[str] | None | Unset):
        healthcheck (HealthConfig | Unset):
        args_escaped (bool | None | Unset):  Default: False.
        image (str | Unset):
        volumes (ContainerConfigVolumesType0 | None | Unset):
        working_dir (str | Unset):
        entrypoint (list[str] | None | Unset):
        network_disabled (bool | None | Unset):
        on_build (list[str] | None | Unset):
        labels (ContainerConfigLabelsType0 | None | Unset):
        stop_signal (None | str | Unset):
        stop_timeout (int | None | Unset):
        shell (list[str] | None | Unset):
        host_config (HostConfig | Unset):
        networking_config (NetworkingConfig | Unset):
    """

    hostname: str | Unset = UNSET
    domainname: str | Unset = UNSET
    user: str | Unset = UNSET
    attach_stdin: bool | Unset = False
    attach_stdout: bool | Unset = True
    attach_stderr: bool | Unset = True
    exposed_ports: ContainerConfigExposedPortsType0 | None | Unset = UNSET
    tty: bool | Unset = False
    open_stdin: bool | Unset = False
    stdin_once: bool | Unset = False
    env: list[str] | None | Unset = UNSET
    cmd: list[str] | None | Unset = UNSET
    healthcheck: HealthConfig | Unset = UNSET
    args_escaped: bool | None | Unset = False
    image: str | Unset = UNSET
    volumes: ContainerConfigVolumesType0 | None | Unset = UNSET
    working_dir: str | Unset = UNSET
    entrypoint: list[str] | None | Unset = UNSET
    network_disabled: bool | None | Unset = UNSET
    on_build: list[str] | None | Unset = UNSET
    labels: ContainerConfigLabelsType0 | None | Unset = UNSET
    stop_signal: None | str | Unset = UNSET
    stop_timeout: int | None | Unset = UNSET
    shell: list[str] | None | Unset = UNSET
    host_config: HostConfig | Unset = UNSET
    networking_config: NetworkingConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.container_config_exposed_ports_type_0 import (
            ContainerConfigExposedPortsType0,
        )
        from ..models.container_config_labels_type_0 import ContainerConfigLabelsType0
        from ..models.container_config_volumes_type_0 import ContainerConfigVolumesType0

        hostname = self.hostname

        domainname = self.domainname

        user = self.user

        attach_stdin = self.attach_stdin

        attach_stdout = self.attach_stdout

        attach_stderr = self.attach_stderr

        exposed_ports: dict[str, Any] | None | Unset
        if isinstance(self.exposed_ports, Unset):
            exposed_ports = UNSET
        elif isinstance(self.exposed_ports, ContainerConfigExposedPortsType0):
            exposed_ports = self.exposed_ports.to_dict()
        else:
            exposed_ports = self.exposed_ports

        tty = self.tty

        open_stdin = self.open_stdin

        stdin_once = self.stdin_once

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

        image = self.image

        volumes: dict[str, Any] | None | Unset
        if isinstance(self.volumes, Unset):
            volumes = UNSET
        elif isinstance(self.volumes, ContainerConfigVolumesType0):
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

        network_disabled: bool | None | Unset
        if isinstance(self.network_disabled, Unset):
            network_disabled = UNSET
        else:
            network_disabled = self.network_disabled

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
        elif isinstance(self.labels, ContainerConfigLabelsType0):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        stop_signal: None | str | Unset
        if isinstance(self.stop_signal, Unset):
            stop_signal = UNSET
        else:
            stop_signal = self.stop_signal

        stop_timeout: int | None | Unset
        if isinstance(self.stop_timeout, Unset):
            stop_timeout = UNSET
        else:
            stop_timeout = self.stop_timeout

        shell: list[str] | None | Unset
        if isinstance(self.shell, Unset):
            shell = UNSET
        elif isinstance(self.shell, list):
            shell = self.shell

        else:
            shell = self.shell

        host_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.host_config, Unset):
            host_config = self.host_config.to_dict()

        networking_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.networking_config, Unset):
            networking_config = self.networking_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hostname is not UNSET:
            field_dict["Hostname"] = hostname
        if domainname is not UNSET:
            field_dict["Domainname"] = domainname
        if user is not UNSET:
            field_dict["User"] = user
        if attach_stdin is not UNSET:
            field_dict["AttachStdin"] = attach_stdin
        if attach_stdout is not UNSET:
            field_dict["AttachStdout"] = attach_stdout
        if attach_stderr is not UNSET:
            field_dict["AttachStderr"] = attach_stderr
        if exposed_ports is not UNSET:
            field_dict["ExposedPorts"] = exposed_ports
        if tty is not UNSET:
            field_dict["Tty"] = tty
        if open_stdin is not UNSET:
            field_dict["OpenStdin"] = open_stdin
        if stdin_once is not UNSET:
            field_dict["StdinOnce"] = stdin_once
        if env is not UNSET:
            field_dict["Env"] = env
        if cmd is not UNSET:
            field_dict["Cmd"] = cmd
        if healthcheck is not UNSET:
            field_dict["Healthcheck"] = healthcheck
        if args_escaped is not UNSET:
            field_dict["ArgsEscaped"] = args_escaped
        if image is not UNSET:
            field_dict["Image"] = image
        if volumes is not UNSET:
            field_dict["Volumes"] = volumes
        if working_dir is not UNSET:
            field_dict["WorkingDir"] = working_dir
        if entrypoint is not UNSET:
            field_dict["Entrypoint"] = entrypoint
        if network_disabled is not UNSET:
            field_dict["NetworkDisabled"] = network_disabled
        if on_build is not UNSET:
            field_dict["OnBuild"] = on_build
        if labels is not UNSET:
            field_dict["Labels"] = labels
        if stop_signal is not UNSET:
            field_dict["StopSignal"] = stop_signal
        if stop_timeout is not UNSET:
            field_dict["StopTimeout"] = stop_timeout
        if shell is not UNSET:
            field_dict["Shell"] = shell
        if host_config is not UNSET:
            field_dict["HostConfig"] = host_config
        if networking_config is not UNSET:
            field_dict["NetworkingConfig"] = networking_config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.container_config_exposed_ports_type_0 import (
            ContainerConfigExposedPortsType0,
        )
        from ..models.container_config_labels_type_0 import ContainerConfigLabelsType0
        from ..models.container_config_volumes_type_0 import ContainerConfigVolumesType0
        from ..models.health_config import HealthConfig
        from ..models.host_config import HostConfig
        from ..models.networking_config import NetworkingConfig

        d = dict(src_dict)
        hostname = d.pop("Hostname", UNSET)

        domainname = d.pop("Domainname", UNSET)

        user = d.pop("User", UNSET)

        attach_stdin = d.pop("AttachStdin", UNSET)

        attach_stdout = d.pop("AttachStdout", UNSET)

        attach_stderr = d.pop("AttachStderr", UNSET)

        def _parse_exposed_ports(
            data: object,
        ) -> ContainerConfigExposedPortsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                exposed_ports_type_0 = ContainerConfigExposedPortsType0.from_dict(data)

                return exposed_ports_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContainerConfigExposedPortsType0 | None | Unset, data)

        exposed_ports = _parse_exposed_ports(d.pop("ExposedPorts", UNSET))

        tty = d.pop("Tty", UNSET)

        open_stdin = d.pop("OpenStdin", UNSET)

        stdin_once = d.pop("StdinOnce", UNSET)

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

        image = d.pop("Image", UNSET)

        def _parse_volumes(data: object) -> ContainerConfigVolumesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                volumes_type_0 = ContainerConfigVolumesType0.from_dict(data)

                return volumes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContainerConfigVolumesType0 | None | Unset, data)

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

        def _parse_network_disabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        network_disabled = _parse_network_disabled(d.pop("NetworkDisabled", UNSET))

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

        def _parse_labels(data: object) -> ContainerConfigLabelsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                labels_type_0 = ContainerConfigLabelsType0.from_dict(data)

                return labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContainerConfigLabelsType0 | None | Unset, data)

        labels = _parse_labels(d.pop("Labels", UNSET))

        def _parse_stop_signal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stop_signal = _parse_stop_signal(d.pop("StopSignal", UNSET))

        def _parse_stop_timeout(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        stop_timeout = _parse_stop_timeout(d.pop("StopTimeout", UNSET))

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

        _host_config = d.pop("HostConfig", UNSET)
        host_config: HostConfig | Unset
        if isinstance(_host_config, Unset):
            host_config = UNSET
        else:
            host_config = HostConfig.from_dict(_host_config)

        _networking_config = d.pop("NetworkingConfig", UNSET)
        networking_config: NetworkingConfig | Unset
        if isinstance(_networking_config, Unset):
            networking_config = UNSET
        else:
            networking_config = NetworkingConfig.from_dict(_networking_config)

        container_create_body = cls(
            hostname=hostname,
            domainname=domainname,
            user=user,
            attach_stdin=attach_stdin,
            attach_stdout=attach_stdout,
            attach_stderr=attach_stderr,
            exposed_ports=exposed_ports,
            tty=tty,
            open_stdin=open_stdin,
            stdin_once=stdin_once,
            env=env,
            cmd=cmd,
            healthcheck=healthcheck,
            args_escaped=args_escaped,
            image=image,
            volumes=volumes,
            working_dir=working_dir,
            entrypoint=entrypoint,
            network_disabled=network_disabled,
            on_build=on_build,
            labels=labels,
            stop_signal=stop_signal,
            stop_timeout=stop_timeout,
            shell=shell,
            host_config=host_config,
            networking_config=networking_config,
        )

        container_create_body.additional_properties = d
        return container_create_body

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
