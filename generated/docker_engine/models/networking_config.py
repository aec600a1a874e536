from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.networking_config_endpoints_config_type_0 import (
        NetworkingConfigEndpointsConfigType0,
    )


T = TypeVar("T", bound="NetworkingConfig")


@_attrs_define
class NetworkingConfig:
    """
    Attributes:
        endpoints_config (NetworkingConfigEndpointsConfigType0 | None | Unset):
    """

    endpoints_config: NetworkingConfigEndpointsConfigType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.networking_config_endpoints_config_type_0 import (
            NetworkingConfigEndpointsConfigType0,
        )

        endpoints_config: dict[str, Any] | None | Unset
        if isinstance(self.endpoints_config, Unset):
            endpoints_config = UNSET
        elif isinstance(self.endpoints_config, NetworkingConfigEndpointsConfigType0):
            endpoints_config = self.endpoints_config.to_dict()
        else:
            endpoints_config = self.endpoints_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if endpoints_config is not UNSET:
            field_dict["EndpointsConfig"] = endpoints_config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.networking_config_endpoints_config_type_0 import (
            NetworkingConfigEndpointsConfigType0,
        )

        d = dict(src_dict)

        def _parse_endpoints_config(
            data: object,
        ) -> NetworkingConfigEndpointsConfigType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                endpoints_config_type_0 = (
                    NetworkingConfigEndpointsConfigType0.from_dict(data)
                )

                return endpoints_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NetworkingConfigEndpointsConfigType0 | None | Unset, data)

        endpoints_config = _parse_endpoints_config(d.pop("EndpointsConfig", UNSET))

        networking_config = cls(
            endpoints_config=endpoints_config,
        )

        networking_config.additional_properties = d
        return networking_config

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
