from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.volume_attachment_type import VolumeAttachmentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="VolumeAttachment")


@_attrs_define
class VolumeAttachment:
    """
    Attributes:
        mount_path (str | Unset):
        name (str | Unset):
        read_only (bool | Unset):
        size_mb (int | Unset):
        type_ (VolumeAttachmentType | Unset):
    """

    mount_path: str | Unset = UNSET
    name: str | Unset = UNSET
    read_only: bool | Unset = UNSET
    size_mb: int | Unset = UNSET
    type_: VolumeAttachmentType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mount_path = self.mount_path

        name = self.name

        read_only = self.read_only

        size_mb = self.size_mb

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mount_path is not UNSET:
            field_dict["mountPath"] = mount_path
        if name is not UNSET:
            field_dict["name"] = name
        if read_only is not UNSET:
            field_dict["readOnly"] = read_only
        if size_mb is not UNSET:
            field_dict["sizeMb"] = size_mb
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mount_path = d.pop("mountPath", UNSET)

        name = d.pop("name", UNSET)

        read_only = d.pop("readOnly", UNSET)

        size_mb = d.pop("sizeMb", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: VolumeAttachmentType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = VolumeAttachmentType(_type_)

        volume_attachment = cls(
            mount_path=mount_path,
            name=name,
            read_only=read_only,
            size_mb=size_mb,
            type_=type_,
        )

        volume_attachment.additional_properties = d
        return volume_attachment

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
