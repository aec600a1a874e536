from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.host_config_log_config_type import HostConfigLogConfigType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.host_config_log_config_config_type_0 import (
        HostConfigLogConfigConfigType0,
    )


T = TypeVar("T", bound="HostConfigLogConfig")


@_attrs_define
class HostConfigLogConfig:
    """
    Attributes:
        type_ (HostConfigLogConfigType | Unset):
        config (HostConfigLogConfigConfigType0 | None | Unset):
    """

    type_: HostConfigLogConfigType | Unset = UNSET
    config: HostConfigLogConfigConfigType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.host_config_log_config_config_type_0 import (
            HostConfigLogConfigConfigType0,
        )

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, HostConfigLogConfigConfigType0):
            config = self.config.to_dict()
        else:
            config = self.config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if config is not UNSET:
            field_dict["Config"] = config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.host_config_log_config_config_type_0 import (
            HostConfigLogConfigConfigType0,
        )

        d = dict(src_dict)
        _type_ = d.pop("Type", UNSET)
        type_: HostConfigLogConfigType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = HostConfigLogConfigType(_type_)

        def _parse_config(
            data: object,
        ) -> HostConfigLogConfigConfigType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = HostConfigLogConfigConfigType0.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HostConfigLogConfigConfigType0 | None | Unset, data)

        config = _parse_config(d.pop("Config", UNSET))

        host_config_log_config = cls(
            type_=type_,
            config=config,
        )

        host_config_log_config.additional_properties = d
        return host_config_log_config

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
