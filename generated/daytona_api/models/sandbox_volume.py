from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SandboxVolume")


@_attrs_define
class SandboxVolume:
    """
    Attributes:
        volume_id (str):
        mount_path (str):
        subpath (str | Unset):
    """

    volume_id: str
    mount_path: str
    subpath: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        volume_id = self.volume_id

        mount_path = self.mount_path

        subpath = self.subpath

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "volumeId": volume_id,
                "mountPath": mount_path,
            }
        )
        if subpath is not UNSET:
            field_dict["subpath"] = subpath

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        volume_id = d.pop("volumeId")

        mount_path = d.pop("mountPath")

        subpath = d.pop("subpath", UNSET)

        sandbox_volume = cls(
            volume_id=volume_id,
            mount_path=mount_path,
            subpath=subpath,
        )

        sandbox_volume.additional_properties = d
        return sandbox_volume

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
