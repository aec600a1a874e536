from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.identity import Identity
    from ..models.image_manifest_summary_image_data_type_0_size import (
        ImageManifestSummaryImageDataType0Size,
    )
    from ..models.oci_platform_type_0 import OCIPlatformType0


T = TypeVar("T", bound="ImageManifestSummaryImageDataType0")


@_attrs_define
class ImageManifestSummaryImageDataType0:
    """
    Attributes:
        platform (None | OCIPlatformType0):
        containers (list[str] | None):
        size (ImageManifestSummaryImageDataType0Size):
        identity (Identity | Unset):
    """

    platform: None | OCIPlatformType0
    containers: list[str] | None
    size: ImageManifestSummaryImageDataType0Size
    identity: Identity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.oci_platform_type_0 import OCIPlatformType0

        platform: dict[str, Any] | None
        if isinstance(self.platform, OCIPlatformType0):
            platform = self.platform.to_dict()
        else:
            platform = self.platform

        containers: list[str] | None
        if isinstance(self.containers, list):
            containers = self.containers

        else:
            containers = self.containers

        size = self.size.to_dict()

        identity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identity, Unset):
            identity = self.identity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Platform": platform,
                "Containers": containers,
                "Size": size,
            }
        )
        if identity is not UNSET:
            field_dict["Identity"] = identity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.identity import Identity
        from ..models.image_manifest_summary_image_data_type_0_size import (
            ImageManifestSummaryImageDataType0Size,
        )
        from ..models.oci_platform_type_0 import OCIPlatformType0

        d = dict(src_dict)

        def _parse_platform(data: object) -> None | OCIPlatformType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_oci_platform_type_0 = OCIPlatformType0.from_dict(data)

                return componentsschemas_oci_platform_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OCIPlatformType0, data)

        platform = _parse_platform(d.pop("Platform"))

        def _parse_containers(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                containers_type_0 = cast(list[str], data)

                return containers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        containers = _parse_containers(d.pop("Containers"))

        size = ImageManifestSummaryImageDataType0Size.from_dict(d.pop("Size"))

        _identity = d.pop("Identity", UNSET)
        identity: Identity | Unset
        if isinstance(_identity, Unset):
            identity = UNSET
        else:
            identity = Identity.from_dict(_identity)

        image_manifest_summary_image_data_type_0 = cls(
            platform=platform,
            containers=containers,
            size=size,
            identity=identity,
        )

        image_manifest_summary_image_data_type_0.additional_properties = d
        return image_manifest_summary_image_data_type_0

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
