from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.file_mount_type import FileMountType

T = TypeVar("T", bound="FileMount")


@_attrs_define
class FileMount:
    """
    Attributes:
        target (str):
        content (str):
        type_ (FileMountType):  Default: FileMountType.FILE_MOUNT.
    """

    target: str
    content: str
    type_: FileMountType = FileMountType.FILE_MOUNT

    def to_dict(self) -> dict[str, Any]:
        target = self.target

        content = self.content

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "target": target,
                "content": content,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        target = d.pop("target")

        content = d.pop("content")

        type_ = FileMountType(d.pop("type"))

        file_mount = cls(
            target=target,
            content=content,
            type_=type_,
        )

        return file_mount
