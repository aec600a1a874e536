from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.object_mount_type import ObjectMountType

T = TypeVar("T", bound="ObjectMount")


@_attrs_define
class ObjectMount:
    """
    Attributes:
        object_id (str):
        object_path (str):
        type_ (ObjectMountType):  Default: ObjectMountType.OBJECT_MOUNT.
    """

    object_id: str
    object_path: str
    type_: ObjectMountType = ObjectMountType.OBJECT_MOUNT

    def to_dict(self) -> dict[str, Any]:
        object_id = self.object_id

        object_path = self.object_path

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "object_id": object_id,
                "object_path": object_path,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        object_id = d.pop("object_id")

        object_path = d.pop("object_path")

        type_ = ObjectMountType(d.pop("type"))

        object_mount = cls(
            object_id=object_id,
            object_path=object_path,
            type_=type_,
        )

        return object_mount
