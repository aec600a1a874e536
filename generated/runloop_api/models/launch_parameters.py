from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.architecture import Architecture
from ..models.resource_size import ResourceSize
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.idle_configuration_parameters import IdleConfigurationParameters
    from ..models.lifecycle_configuration_parameters import (
        LifecycleConfigurationParameters,
    )
    from ..models.user_parameters import UserParameters


T = TypeVar("T", bound="LaunchParameters")


@_attrs_define
class LaunchParameters:
    """
    Attributes:
        launch_commands (list[str] | None | Unset):
        resource_size_request (ResourceSize | Unset):
        available_ports (list[int] | None | Unset):
        keep_alive_time_seconds (int | None | Unset):
        after_idle (IdleConfigurationParameters | Unset):
        custom_cpu_cores (int | None | Unset):
        custom_gb_memory (int | None | Unset):
        custom_disk_size (int | None | Unset):
        architecture (Architecture | Unset):
        user_parameters (UserParameters | Unset):
        required_services (list[str] | None | Unset):
        network_policy_id (None | str | Unset):
        lifecycle (LifecycleConfigurationParameters | Unset):
    """

    launch_commands: list[str] | None | Unset = UNSET
    resource_size_request: ResourceSize | Unset = UNSET
    available_ports: list[int] | None | Unset = UNSET
    keep_alive_time_seconds: int | None | Unset = UNSET
    after_idle: IdleConfigurationParameters | Unset = UNSET
    custom_cpu_cores: int | None | Unset = UNSET
    custom_gb_memory: int | None | Unset = UNSET
    custom_disk_size: int | None | Unset = UNSET
    architecture: Architecture | Unset = UNSET
    user_parameters: UserParameters | Unset = UNSET
    required_services: list[str] | None | Unset = UNSET
    network_policy_id: None | str | Unset = UNSET
    lifecycle: LifecycleConfigurationParameters | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        launch_commands: list[str] | None | Unset
        if isinstance(self.launch_commands, Unset):
            launch_commands = UNSET
        elif isinstance(self.launch_commands, list):
            launch_commands = self.launch_commands

        else:
            launch_commands = self.launch_commands

        resource_size_request: str | Unset = UNSET
        if not isinstance(self.resource_size_request, Unset):
            resource_size_request = self.resource_size_request.value

        available_ports: list[int] | None | Unset
        if isinstance(self.available_ports, Unset):
            available_ports = UNSET
        elif isinstance(self.available_ports, list):
            available_ports = self.available_ports

        else:
            available_ports = self.available_ports

        keep_alive_time_seconds: int | None | Unset
        if isinstance(self.keep_alive_time_seconds, Unset):
            keep_alive_time_seconds = UNSET
        else:
            keep_alive_time_seconds = self.keep_alive_time_seconds

        after_idle: dict[str, Any] | Unset = UNSET
        if not isinstance(self.after_idle, Unset):
            after_idle = self.after_idle.to_dict()

        custom_cpu_cores: int | None | Unset
        if isinstance(self.custom_cpu_cores, Unset):
            custom_cpu_cores = UNSET
        else:
            custom_cpu_cores = self.custom_cpu_cores

        custom_gb_memory: int | None | Unset
        if isinstance(self.custom_gb_memory, Unset):
            custom_gb_memory = UNSET
        else:
            custom_gb_memory = self.custom_gb_memory

        custom_disk_size: int | None | Unset
        if isinstance(self.custom_disk_size, Unset):
            custom_disk_size = UNSET
        else:
            custom_disk_size = self.custom_disk_size

        architecture: str | Unset = UNSET
        if not isinstance(self.architecture, Unset):
            architecture = self.architecture.value

        user_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_parameters, Unset):
            user_parameters = self.user_parameters.to_dict()

        required_services: list[str] | None | Unset
        if isinstance(self.required_services, Unset):
            required_services = UNSET
        elif isinstance(self.required_services, list):
            required_services = self.required_services

        else:
            required_services = self.required_services

        network_policy_id: None | str | Unset
        if isinstance(self.network_policy_id, Unset):
            network_policy_id = UNSET
        else:
            network_policy_id = self.network_policy_id

        lifecycle: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lifecycle, Unset):
            lifecycle = self.lifecycle.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if launch_commands is not UNSET:
            field_dict["launch_commands"] = launch_commands
        if resource_size_request is not UNSET:
            field_dict["resource_size_request"] = resource_size_request
        if available_ports is not UNSET:
            field_dict["available_ports"] = available_ports
        if keep_alive_time_seconds is not UNSET:
            field_dict["keep_alive_time_seconds"] = keep_alive_time_seconds
        if after_idle is not UNSET:
            field_dict["after_idle"] = after_idle
        if custom_cpu_cores is not UNSET:
            field_dict["custom_cpu_cores"] = custom_cpu_cores
        if custom_gb_memory is not UNSET:
            field_dict["custom_gb_memory"] = custom_gb_memory
        if custom_disk_size is not UNSET:
            field_dict["custom_disk_size"] = custom_disk_size
        if architecture is not UNSET:
            field_dict["architecture"] = architecture
        if user_parameters is not UNSET:
            field_dict["user_parameters"] = user_parameters
        if required_services is not UNSET:
            field_dict["required_services"] = required_services
        if network_policy_id is not UNSET:
            field_dict["network_policy_id"] = network_policy_id
        if lifecycle is not UNSET:
            field_dict["lifecycle"] = lifecycle

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.idle_configuration_parameters import IdleConfigurationParameters
        from ..models.lifecycle_configuration_parameters import (
            LifecycleConfigurationParameters,
        )
        from ..models.user_parameters import UserParameters

        d = dict(src_dict)

        def _parse_launch_commands(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                launch_commands_type_0 = cast(list[str], data)

                return launch_commands_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        launch_commands = _parse_launch_commands(d.pop("launch_commands", UNSET))

        _resource_size_request = d.pop("resource_size_request", UNSET)
        resource_size_request: ResourceSize | Unset
        if isinstance(_resource_size_request, Unset):
            resource_size_request = UNSET
        else:
            resource_size_request = ResourceSize(_resource_size_request)

        def _parse_available_ports(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                available_ports_type_0 = cast(list[int], data)

                return available_ports_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        available_ports = _parse_available_ports(d.pop("available_ports", UNSET))

        def _parse_keep_alive_time_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        keep_alive_time_seconds = _parse_keep_alive_time_seconds(
            d.pop("keep_alive_time_seconds", UNSET)
        )

        _after_idle = d.pop("after_idle", UNSET)
        after_idle: IdleConfigurationParameters | Unset
        if isinstance(_after_idle, Unset):
            after_idle = UNSET
        else:
            after_idle = IdleConfigurationParameters.from_dict(_after_idle)

        def _parse_custom_cpu_cores(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        custom_cpu_cores = _parse_custom_cpu_cores(d.pop("custom_cpu_cores", UNSET))

        def _parse_custom_gb_memory(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        custom_gb_memory = _parse_custom_gb_memory(d.pop("custom_gb_memory", UNSET))

        def _parse_custom_disk_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        custom_disk_size = _parse_custom_disk_size(d.pop("custom_disk_size", UNSET))

        _architecture = d.pop("architecture", UNSET)
        architecture: Architecture | Unset
        if isinstance(_architecture, Unset):
            architecture = UNSET
        else:
            architecture = Architecture(_architecture)

        _user_parameters = d.pop("user_parameters", UNSET)
        user_parameters: UserParameters | Unset
        if isinstance(_user_parameters, Unset):
            user_parameters = UNSET
        else:
            user_parameters = UserParameters.from_dict(_user_parameters)

        def _parse_required_services(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                required_services_type_0 = cast(list[str], data)

                return required_services_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        required_services = _parse_required_services(d.pop("required_services", UNSET))

        def _parse_network_policy_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        network_policy_id = _parse_network_policy_id(d.pop("network_policy_id", UNSET))

        _lifecycle = d.pop("lifecycle", UNSET)
        lifecycle: LifecycleConfigurationParameters | Unset
        if isinstance(_lifecycle, Unset):
            lifecycle = UNSET
        else:
            lifecycle = LifecycleConfigurationParameters.from_dict(_lifecycle)

        launch_parameters = cls(
            launch_commands=launch_commands,
            resource_size_request=resource_size_request,
            available_ports=available_ports,
            keep_alive_time_seconds=keep_alive_time_seconds,
            after_idle=after_idle,
            custom_cpu_cores=custom_cpu_cores,
            custom_gb_memory=custom_gb_memory,
            custom_disk_size=custom_disk_size,
            architecture=architecture,
            user_parameters=user_parameters,
            required_services=required_services,
            network_policy_id=network_policy_id,
            lifecycle=lifecycle,
        )

        return launch_parameters
