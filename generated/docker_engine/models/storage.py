from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_fs_storage import RootFSStorage


T = TypeVar("T", bound="Storage")


@_attrs_define
class Storage:
    """
    Attributes:
        root_fs (RootFSStorage | Unset):
    """

    root_fs: RootFSStorage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        root_fs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.root_fs, Unset):
            root_fs = self.root_fs.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if root_fs is not UNSET:
            field_dict["RootFS"] = root_fs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.root_fs_storage import RootFSStorage

        d = dict(src_dict)
        _root_fs = d.pop("RootFS", UNSET)
        root_fs: RootFSStorage | Unset
        if isinstance(_root_fs, Unset):
            root_fs = UNSET
        else:
            root_fs = RootFSStorage.from_dict(_root_fs)

        storage = cls(
            root_fs=root_fs,
        )

        storage.additional_properties = d
        return storage

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
