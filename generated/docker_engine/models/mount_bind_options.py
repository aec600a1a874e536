from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mount_bind_options_propagation import MountBindOptionsPropagation
from ..types import UNSET, Unset

T = TypeVar("T", bound="MountBindOptions")


@_attrs_define
class MountBindOptions:
    """
    Attributes:
        propagation (MountBindOptionsPropagation | Unset):
        non_recursive (bool | Unset):  Default: False.
        create_mountpoint (bool | Unset):  Default: False.
        read_only_non_recursive (bool | Unset):  Default: False.
        read_only_force_recursive (bool | Unset):  Default: False.
    """

    propagation: MountBindOptionsPropagation | Unset = UNSET
    non_recursive: bool | Unset = False
    create_mountpoint: bool | Unset = False
    read_only_non_recursive: bool | Unset = False
    read_only_force_recursive: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        propagation: str | Unset = UNSET
        if not isinstance(self.propagation, Unset):
            propagation = self.propagation.value

        non_recursive = self.non_recursive

        create_mountpoint = self.create_mountpoint

        read_only_non_recursive = self.read_only_non_recursive

        read_only_force_recursive = self.read_only_force_recursive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if propagation is not UNSET:
            field_dict["Propagation"] = propagation
        if non_recursive is not UNSET:
            field_dict["NonRecursive"] = non_recursive
        if create_mountpoint is not UNSET:
            field_dict["CreateMountpoint"] = create_mountpoint
        if read_only_non_recursive is not UNSET:
            field_dict["ReadOnlyNonRecursive"] = read_only_non_recursive
        if read_only_force_recursive is not UNSET:
            field_dict["ReadOnlyForceRecursive"] = read_only_force_recursive

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _propagation = d.pop("Propagation", UNSET)
        propagation: MountBindOptionsPropagation | Unset
        if isinstance(_propagation, Unset):
            propagation = UNSET
        else:
            propagation = MountBindOptionsPropagation(_propagation)

        non_recursive = d.pop("NonRecursive", UNSET)

        create_mountpoint = d.pop("CreateMountpoint", UNSET)

        read_only_non_recursive = d.pop("ReadOnlyNonRecursive", UNSET)

        read_only_force_recursive = d.pop("ReadOnlyForceRecursive", UNSET)

        mount_bind_options = cls(
            propagation=propagation,
            non_recursive=non_recursive,
            create_mountpoint=create_mountpoint,
            read_only_non_recursive=read_only_non_recursive,
            read_only_force_recursive=read_only_force_recursive,
        )

        mount_bind_options.additional_properties = d
        return mount_bind_options

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
