from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.oci_descriptor_annotations_type_0 import OCIDescriptorAnnotationsType0
    from ..models.oci_platform_type_0 import OCIPlatformType0


T = TypeVar("T", bound="OCIDescriptor")


@_attrs_define
class OCIDescriptor:
    """
    Attributes:
        media_type (str | Unset):
        digest (str | Unset):
        size (int | Unset):
        urls (list[str] | None | Unset):
        annotations (None | OCIDescriptorAnnotationsType0 | Unset):
        data (None | str | Unset):
        platform (None | OCIPlatformType0 | Unset):
        artifact_type (None | str | Unset):
    """

    media_type: str | Unset = UNSET
    digest: str | Unset = UNSET
    size: int | Unset = UNSET
    urls: list[str] | None | Unset = UNSET
    annotations: None | OCIDescriptorAnnotationsType0 | Unset = UNSET
    data: None | str | Unset = UNSET
    platform: None | OCIPlatformType0 | Unset = UNSET
    artifact_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.oci_descriptor_annotations_type_0 import (
            OCIDescriptorAnnotationsType0,
        )
        from ..models.oci_platform_type_0 import OCIPlatformType0

        media_type = self.media_type

        digest = self.digest

        size = self.size

        urls: list[str] | None | Unset
        if isinstance(self.urls, Unset):
            urls = UNSET
        elif isinstance(self.urls, list):
            urls = self.urls

        else:
            urls = self.urls

        annotations: dict[str, Any] | None | Unset
        if isinstance(self.annotations, Unset):
            annotations = UNSET
        elif isinstance(self.annotations, OCIDescriptorAnnotationsType0):
            annotations = self.annotations.to_dict()
        else:
            annotations = self.annotations

        data: None | str | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        else:
            data = self.data

        platform: dict[str, Any] | None | Unset
        if isinstance(self.platform, Unset):
            platform = UNSET
        elif isinstance(self.platform, OCIPlatformType0):
            platform = self.platform.to_dict()
        else:
            platform = self.platform

        artifact_type: None | str | Unset
        if isinstance(self.artifact_type, Unset):
            artifact_type = UNSET
        else:
            artifact_type = self.artifact_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if media_type is not UNSET:
            field_dict["mediaType"] = media_type
        if digest is not UNSET:
            field_dict["digest"] = digest
        if size is not UNSET:
            field_dict["size"] = size
        if urls is not UNSET:
            field_dict["urls"] = urls
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if data is not UNSET:
            field_dict["data"] = data
        if platform is not UNSET:
            field_dict["platform"] = platform
        if artifact_type is not UNSET:
            field_dict["artifactType"] = artifact_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.oci_descriptor_annotations_type_0 import (
            OCIDescriptorAnnotationsType0,
        )
        from ..models.oci_platform_type_0 import OCIPlatformType0

        d = dict(src_dict)
        media_type = d.pop("mediaType", UNSET)

        digest = d.pop("digest", UNSET)

        size = d.pop("size", UNSET)

        def _parse_urls(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                urls_type_0 = cast(list[str], data)

                return urls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        urls = _parse_urls(d.pop("urls", UNSET))

        def _parse_annotations(
            data: object,
        ) -> None | OCIDescriptorAnnotationsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                annotations_type_0 = OCIDescriptorAnnotationsType0.from_dict(data)

                return annotations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OCIDescriptorAnnotationsType0 | Unset, data)

        annotations = _parse_annotations(d.pop("annotations", UNSET))

        def _parse_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        def _parse_platform(data: object) -> None | OCIPlatformType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_oci_platform_type_0 = OCIPlatformType0.from_dict(data)

                return componentsschemas_oci_platform_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OCIPlatformType0 | Unset, data)

        platform = _parse_platform(d.pop("platform", UNSET))

        def _parse_artifact_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        artifact_type = _parse_artifact_type(d.pop("artifactType", UNSET))

        oci_descriptor = cls(
            media_type=media_type,
            digest=digest,
            size=size,
            urls=urls,
            annotations=annotations,
            data=data,
            platform=platform,
            artifact_type=artifact_type,
        )

        oci_descriptor.additional_properties = d
        return oci_descriptor

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
