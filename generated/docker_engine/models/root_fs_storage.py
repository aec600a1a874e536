from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_fs_storage_snapshot import RootFSStorageSnapshot


T = TypeVar("T", bound="RootFSStorage")


@_attrs_define
class RootFSStorage:
    """
    Attributes:
        snapshot (RootFSStorageSnapshot | Unset):
    """

    snapshot: RootFSStorageSnapshot | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        snapshot: dict[str, Any] | Unset = UNSET
        if not isinstance(self.snapshot, Unset):
            snapshot = self.snapshot.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if snapshot is not UNSET:
            field_dict["Snapshot"] = snapshot

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.root_fs_storage_snapshot import RootFSStorageSnapshot

        d = dict(src_dict)
        _snapshot = d.pop("Snapshot", UNSET)
        snapshot: RootFSStorageSnapshot | Unset
        if isinstance(_snapshot, Unset):
            snapshot = UNSET
        else:
            snapshot = RootFSStorageSnapshot.from_dict(_snapshot)

        root_fs_storage = cls(
            snapshot=snapshot,
        )

        root_fs_storage.additional_properties = d
        return root_fs_storage

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
