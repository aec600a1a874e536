from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mount_volume_options_driver_config import (
        MountVolumeOptionsDriverConfig,
    )
    from ..models.mount_volume_options_labels_type_0 import (
        MountVolumeOptionsLabelsType0,
    )


T = TypeVar("T", bound="MountVolumeOptions")


@_attrs_define
class MountVolumeOptions:
    """
    Attributes:
        no_copy (bool | Unset):  Default: False.
        labels (MountVolumeOptionsLabelsType0 | None | Unset):
        driver_config (MountVolumeOptionsDriverConfig | Unset):
        subpath (str | Unset):
    """

    no_copy: bool | Unset = False
    labels: MountVolumeOptionsLabelsType0 | None | Unset = UNSET
    driver_config: MountVolumeOptionsDriverConfig | Unset = UNSET
    subpath: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.mount_volume_options_labels_type_0 import (
            MountVolumeOptionsLabelsType0,
        )

        no_copy = self.no_copy

        labels: dict[str, Any] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, MountVolumeOptionsLabelsType0):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        driver_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.driver_config, Unset):
            driver_config = self.driver_config.to_dict()

        subpath = self.subpath

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if no_copy is not UNSET:
            field_dict["NoCopy"] = no_copy
        if labels is not UNSET:
            field_dict["Labels"] = labels
        if driver_config is not UNSET:
            field_dict["DriverConfig"] = driver_config
        if subpath is not UNSET:
            field_dict["Subpath"] = subpath

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mount_volume_options_driver_config import (
            MountVolumeOptionsDriverConfig,
        )
        from ..models.mount_volume_options_labels_type_0 import (
            MountVolumeOptionsLabelsType0,
        )

        d = dict(src_dict)
        no_copy = d.pop("NoCopy", UNSET)

        def _parse_labels(data: object) -> MountVolumeOptionsLabelsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                labels_type_0 = MountVolumeOptionsLabelsType0.from_dict(data)

                return labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MountVolumeOptionsLabelsType0 | None | Unset, data)

        labels = _parse_labels(d.pop("Labels", UNSET))

        _driver_config = d.pop("DriverConfig", UNSET)
        driver_config: MountVolumeOptionsDriverConfig | Unset
        if isinstance(_driver_config, Unset):
            driver_config = UNSET
        else:
            driver_config = MountVolumeOptionsDriverConfig.from_dict(_driver_config)

        subpath = d.pop("Subpath", UNSET)

        mount_volume_options = cls(
            no_copy=no_copy,
            labels=labels,
            driver_config=driver_config,
            subpath=subpath,
        )

        mount_volume_options.additional_properties = d
        return mount_volume_options

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
