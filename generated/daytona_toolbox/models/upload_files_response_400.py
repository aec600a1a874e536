from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.upload_files_response_400_files_item import (
        UploadFilesResponse400FilesItem,
    )


T = TypeVar("T", bound="UploadFilesResponse400")


@_attrs_define
class UploadFilesResponse400:
    """
    Attributes:
        errors (list[str] | Unset):
        files (list[UploadFilesResponse400FilesItem] | Unset):
    """

    errors: list[str] | Unset = UNSET
    files: list[UploadFilesResponse400FilesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if errors is not UNSET:
            field_dict["errors"] = errors
        if files is not UNSET:
            field_dict["files"] = files

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.upload_files_response_400_files_item import (
            UploadFilesResponse400FilesItem,
        )

        d = dict(src_dict)
        errors = cast(list[str], d.pop("errors", UNSET))

        _files = d.pop("files", UNSET)
        files: list[UploadFilesResponse400FilesItem] | Unset = UNSET
        if _files is not UNSET:
            files = []
            for files_item_data in _files:
                files_item = UploadFilesResponse400FilesItem.from_dict(files_item_data)

                files.append(files_item)

        upload_files_response_400 = cls(
            errors=errors,
            files=files,
        )

        upload_files_response_400.additional_properties = d
        return upload_files_response_400

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
