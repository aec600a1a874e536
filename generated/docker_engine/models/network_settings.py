from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.network_settings_networks_type_0 import NetworkSettingsNetworksType0
    from ..models.port_map_type_0 import PortMapType0


T = TypeVar("T", bound="NetworkSettings")


@_attrs_define
class NetworkSettings:
    """
    Attributes:
        sandbox_id (str | Unset):
        sandbox_key (str | Unset):
        ports (None | PortMapType0 | Unset):
        networks (NetworkSettingsNetworksType0 | None | Unset):
    """

    sandbox_id: str | Unset = UNSET
    sandbox_key: str | Unset = UNSET
    ports: None | PortMapType0 | Unset = UNSET
    networks: NetworkSettingsNetworksType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.network_settings_networks_type_0 import (
            NetworkSettingsNetworksType0,
        )
        from ..models.port_map_type_0 import PortMapType0

        sandbox_id = self.sandbox_id

        sandbox_key = self.sandbox_key

        ports: dict[str, Any] | None | Unset
        if isinstance(self.ports, Unset):
            ports = UNSET
        elif isinstance(self.ports, PortMapType0):
            ports = self.ports.to_dict()
        else:
            ports = self.ports

        networks: dict[str, Any] | None | Unset
        if isinstance(self.networks, Unset):
            networks = UNSET
        elif isinstance(self.networks, NetworkSettingsNetworksType0):
            networks = self.networks.to_dict()
        else:
            networks = self.networks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sandbox_id is not UNSET:
            field_dict["SandboxID"] = sandbox_id
        if sandbox_key is not UNSET:
            field_dict["SandboxKey"] = sandbox_key
        if ports is not UNSET:
            field_dict["Ports"] = ports
        if networks is not UNSET:
            field_dict["Networks"] = networks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.network_settings_networks_type_0 import (
            NetworkSettingsNetworksType0,
        )
        from ..models.port_map_type_0 import PortMapType0

        d = dict(src_dict)
        sandbox_id = d.pop("SandboxID", UNSET)

        sandbox_key = d.pop("SandboxKey", UNSET)

        def _parse_ports(data: object) -> None | PortMapType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_port_map_type_0 = PortMapType0.from_dict(data)

                return componentsschemas_port_map_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortMapType0 | Unset, data)

        ports = _parse_ports(d.pop("Ports", UNSET))

        def _parse_networks(
            data: object,
        ) -> NetworkSettingsNetworksType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                networks_type_0 = NetworkSettingsNetworksType0.from_dict(data)

                return networks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NetworkSettingsNetworksType0 | None | Unset, data)

        networks = _parse_networks(d.pop("Networks", UNSET))

        network_settings = cls(
            sandbox_id=sandbox_id,
            sandbox_key=sandbox_key,
            ports=ports,
            networks=networks,
        )

        network_settings.additional_properties = d
        return network_settings

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
