from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container_summary_network_settings_networks_type_0 import (
        ContainerSummaryNetworkSettingsNetworksType0,
    )


T = TypeVar("T", bound="ContainerSummaryNetworkSettings")


@_attrs_define
class ContainerSummaryNetworkSettings:
    """
    Attributes:
        networks (ContainerSummaryNetworkSettingsNetworksType0 | None | Unset):
    """

    networks: ContainerSummaryNetworkSettingsNetworksType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.container_summary_network_settings_networks_type_0 import (
            ContainerSummaryNetworkSettingsNetworksType0,
        )

        networks: dict[str, Any] | None | Unset
        if isinstance(self.networks, Unset):
            networks = UNSET
        elif isinstance(self.networks, ContainerSummaryNetworkSettingsNetworksType0):
            networks = self.networks.to_dict()
        else:
            networks = self.networks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if networks is not UNSET:
            field_dict["Networks"] = networks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.container_summary_network_settings_networks_type_0 import (
            ContainerSummaryNetworkSettingsNetworksType0,
        )

        d = dict(src_dict)

        def _parse_networks(
            data: object,
        ) -> ContainerSummaryNetworkSettingsNetworksType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                networks_type_0 = (
                    ContainerSummaryNetworkSettingsNetworksType0.from_dict(data)
                )

                return networks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ContainerSummaryNetworkSettingsNetworksType0 | None | Unset, data
            )

        networks = _parse_networks(d.pop("Networks", UNSET))

        container_summary_network_settings = cls(
            networks=networks,
        )

        container_summary_network_settings.additional_properties = d
        return container_summary_network_settings

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
