from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.endpoint_ipam_config_type_0 import EndpointIPAMConfigType0
    from ..models.endpoint_settings_driver_opts_type_0 import (
        EndpointSettingsDriverOptsType0,
    )


T = TypeVar("T", bound="EndpointSettings")


@_attrs_define
class EndpointSettings:
    """
    Attributes:
        ipam_config (EndpointIPAMConfigType0 | None | Unset):
        links (list[str] | None | Unset):
        mac_address (str | Unset):
        aliases (list[str] | None | Unset):
        driver_opts (EndpointSettingsDriverOptsType0 | None | Unset):
        gw_priority (int | Unset):
        network_id (str | Unset):
        endpoint_id (str | Unset):
        gateway (str | Unset):
        ip_address (str | Unset):
        ip_prefix_len (int | Unset):
        i_pv_6_gateway (str | Unset):
        global_i_pv_6_address (str | Unset):
        global_i_pv_6_prefix_len (int | Unset):
        dns_names (list[str] | None | Unset):
    """

    ipam_config: EndpointIPAMConfigType0 | None | Unset = UNSET
    links: list[str] | None | Unset = UNSET
    mac_address: str | Unset = UNSET
    aliases: list[str] | None | Unset = UNSET
    driver_opts: EndpointSettingsDriverOptsType0 | None | Unset = UNSET
    gw_priority: int | Unset = UNSET
    network_id: str | Unset = UNSET
    endpoint_id: str | Unset = UNSET
    gateway: str | Unset = UNSET
    ip_address: str | Unset = UNSET
    ip_prefix_len: int | Unset = UNSET
    i_pv_6_gateway: str | Unset = UNSET
    global_i_pv_6_address: str | Unset = UNSET
    global_i_pv_6_prefix_len: int | Unset = UNSET
    dns_names: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.endpoint_ipam_config_type_0 import EndpointIPAMConfigType0
        from ..models.endpoint_settings_driver_opts_type_0 import (
            EndpointSettingsDriverOptsType0,
        )

        ipam_config: dict[str, Any] | None | Unset
        if isinstance(self.ipam_config, Unset):
            ipam_config = UNSET
        elif isinstance(self.ipam_config, EndpointIPAMConfigType0):
            ipam_config = self.ipam_config.to_dict()
        else:
            ipam_config = self.ipam_config

        links: list[str] | None | Unset
        if isinstance(self.links, Unset):
            links = UNSET
        elif isinstance(self.links, list):
            links = self.links

        else:
            links = self.links

        mac_address = self.mac_address

        aliases: list[str] | None | Unset
        if isinstance(self.aliases, Unset):
            aliases = UNSET
        elif isinstance(self.aliases, list):
            aliases = self.aliases

        else:
            aliases = self.aliases

        driver_opts: dict[str, Any] | None | Unset
        if isinstance(self.driver_opts, Unset):
            driver_opts = UNSET
        elif isinstance(self.driver_opts, EndpointSettingsDriverOptsType0):
            driver_opts = self.driver_opts.to_dict()
        else:
            driver_opts = self.driver_opts

        gw_priority = self.gw_priority

        network_id = self.network_id

        endpoint_id = self.endpoint_id

        gateway = self.gateway

        ip_address = self.ip_address

        ip_prefix_len = self.ip_prefix_len

        i_pv_6_gateway = self.i_pv_6_gateway

        global_i_pv_6_address = self.global_i_pv_6_address

        global_i_pv_6_prefix_len = self.global_i_pv_6_prefix_len

        dns_names: list[str] | None | Unset
        if isinstance(self.dns_names, Unset):
            dns_names = UNSET
        elif isinstance(self.dns_names, list):
            dns_names = self.dns_names

        else:
            dns_names = self.dns_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ipam_config is not UNSET:
            field_dict["IPAMConfig"] = ipam_config
        if links is not UNSET:
            field_dict["Links"] = links
        if mac_address is not UNSET:
            field_dict["MacAddress"] = mac_address
        if aliases is not UNSET:
            field_dict["Aliases"] = aliases
        if driver_opts is not UNSET:
            field_dict["DriverOpts"] = driver_opts
        if gw_priority is not UNSET:
            field_dict["GwPriority"] = gw_priority
        if network_id is not UNSET:
            field_dict["NetworkID"] = network_id
        if endpoint_id is not UNSET:
            field_dict["EndpointID"] = endpoint_id
        if gateway is not UNSET:
            field_dict["Gateway"] = gateway
        if ip_address is not UNSET:
            field_dict["IPAddress"] = ip_address
        if ip_prefix_len is not UNSET:
            field_dict["IPPrefixLen"] = ip_prefix_len
        if i_pv_6_gateway is not UNSET:
            field_dict["IPv6Gateway"] = i_pv_6_gateway
        if global_i_pv_6_address is not UNSET:
            field_dict["GlobalIPv6Address"] = global_i_pv_6_address
        if global_i_pv_6_prefix_len is not UNSET:
            field_dict["GlobalIPv6PrefixLen"] = global_i_pv_6_prefix_len
        if dns_names is not UNSET:
            field_dict["DNSNames"] = dns_names

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.endpoint_ipam_config_type_0 import EndpointIPAMConfigType0
        from ..models.endpoint_settings_driver_opts_type_0 import (
            EndpointSettingsDriverOptsType0,
        )

        d = dict(src_dict)

        def _parse_ipam_config(data: object) -> EndpointIPAMConfigType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_endpoint_ipam_config_type_0 = (
                    EndpointIPAMConfigType0.from_dict(data)
                )

                return componentsschemas_endpoint_ipam_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EndpointIPAMConfigType0 | None | Unset, data)

        ipam_config = _parse_ipam_config(d.pop("IPAMConfig", UNSET))

        def _parse_links(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                links_type_0 = cast(list[str], data)

                return links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        links = _parse_links(d.pop("Links", UNSET))

        mac_address = d.pop("MacAddress", UNSET)

        def _parse_aliases(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                aliases_type_0 = cast(list[str], data)

                return aliases_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        aliases = _parse_aliases(d.pop("Aliases", UNSET))

        def _parse_driver_opts(
            data: object,
        ) -> EndpointSettingsDriverOptsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                driver_opts_type_0 = EndpointSettingsDriverOptsType0.from_dict(data)

                return driver_opts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EndpointSettingsDriverOptsType0 | None | Unset, data)

        driver_opts = _parse_driver_opts(d.pop("DriverOpts", UNSET))

        gw_priority = d.pop("GwPriority", UNSET)

        network_id = d.pop("NetworkID", UNSET)

        endpoint_id = d.pop("EndpointID", UNSET)

        gateway = d.pop("Gateway", UNSET)

        ip_address = d.pop("IPAddress", UNSET)

        ip_prefix_len = d.pop("IPPrefixLen", UNSET)

        i_pv_6_gateway = d.pop("IPv6Gateway", UNSET)

        global_i_pv_6_address = d.pop("GlobalIPv6Address", UNSET)

        global_i_pv_6_prefix_len = d.pop("GlobalIPv6PrefixLen", UNSET)

        def _parse_dns_names(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                dns_names_type_0 = cast(list[str], data)

                return dns_names_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        dns_names = _parse_dns_names(d.pop("DNSNames", UNSET))

        endpoint_settings = cls(
            ipam_config=ipam_config,
            links=links,
            mac_address=mac_address,
            aliases=aliases,
            driver_opts=driver_opts,
            gw_priority=gw_priority,
            network_id=network_id,
            endpoint_id=endpoint_id,
            gateway=gateway,
            ip_address=ip_address,
            ip_prefix_len=ip_prefix_len,
            i_pv_6_gateway=i_pv_6_gateway,
            global_i_pv_6_address=global_i_pv_6_address,
            global_i_pv_6_prefix_len=global_i_pv_6_prefix_len,
            dns_names=dns_names,
        )

        endpoint_settings.additional_properties = d
        return endpoint_settings

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
