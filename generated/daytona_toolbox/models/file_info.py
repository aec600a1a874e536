from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileInfo")


@_attrs_define
class FileInfo:
    """
    Attributes:
        group (str):
        is_dir (bool):
        mod_time (str):
        mode (str):
        modified_at (str):
        name (str):
        owner (str):
        permissions (str):
        size (int):
        path (str | Unset):
    """

    group: str
    is_dir: bool
    mod_time: str
    mode: str
    modified_at: str
    name: str
    owner: str
    permissions: str
    size: int
    path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group = self.group

        is_dir = self.is_dir

        mod_time = self.mod_time

        mode = self.mode

        modified_at = self.modified_at

        name = self.name

        owner = self.owner

        permissions = self.permissions

        size = self.size

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "group": group,
                "isDir": is_dir,
                "modTime": mod_time,
                "mode": mode,
                "modifiedAt": modified_at,
                "name": name,
                "owner": owner,
                "permissions": permissions,
                "size": size,
            }
        )
        if path is not UNSET:
            field_dict["path"] = path

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        group = d.pop("group")

        is_dir = d.pop("isDir")

        mod_time = d.pop("modTime")

        mode = d.pop("mode")

        modified_at = d.pop("modifiedAt")

        name = d.pop("name")

        owner = d.pop("owner")

        permissions = d.pop("permissions")

        size = d.pop("size")

        path = d.pop("path", UNSET)

        file_info = cls(
            group=group,
            is_dir=is_dir,
            mod_time=mod_time,
            mode=mode,
            modified_at=modified_at,
            name=name,
            owner=owner,
            permissions=permissions,
            size=size,
            path=path,
        )

        file_info.additional_properties = d
        return file_info

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
