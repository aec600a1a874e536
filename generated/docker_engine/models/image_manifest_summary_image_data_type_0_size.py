from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ImageManifestSummaryImageDataType0Size")


@_attrs_define
class ImageManifestSummaryImageDataType0Size:
    """
    Attributes:
        unpacked (int):
    """

    unpacked: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unpacked = self.unpacked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Unpacked": unpacked,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        unpacked = d.pop("Unpacked")

        image_manifest_summary_image_data_type_0_size = cls(
            unpacked=unpacked,
        )

        image_manifest_summary_image_data_type_0_size.additional_properties = d
        return image_manifest_summary_image_data_type_0_size

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
