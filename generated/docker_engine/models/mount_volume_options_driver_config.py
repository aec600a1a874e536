from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mount_volume_options_driver_config_options_type_0 import (
        MountVolumeOptionsDriverConfigOptionsType0,
    )


T = TypeVar("T", bound="MountVolumeOptionsDriverConfig")


@_attrs_define
class MountVolumeOptionsDriverConfig:
    """
    Attributes:
        name (str | Unset):
        options (MountVolumeOptionsDriverConfigOptionsType0 | None | Unset):
    """

    name: str | Unset = UNSET
    options: MountVolumeOptionsDriverConfigOptionsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.mount_volume_options_driver_config_options_type_0 import (
            MountVolumeOptionsDriverConfigOptionsType0,
        )

        name = self.name

        options: dict[str, Any] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, MountVolumeOptionsDriverConfigOptionsType0):
            options = self.options.to_dict()
        else:
            options = self.options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if options is not UNSET:
            field_dict["Options"] = options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mount_volume_options_driver_config_options_type_0 import (
            MountVolumeOptionsDriverConfigOptionsType0,
        )

        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        def _parse_options(
            data: object,
        ) -> MountVolumeOptionsDriverConfigOptionsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                options_type_0 = MountVolumeOptionsDriverConfigOptionsType0.from_dict(
                    data
                )

                return options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MountVolumeOptionsDriverConfigOptionsType0 | None | Unset, data)

        options = _parse_options(d.pop("Options", UNSET))

        mount_volume_options_driver_config = cls(
            name=name,
            options=options,
        )

        mount_volume_options_driver_config.additional_properties = d
        return mount_volume_options_driver_config

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
