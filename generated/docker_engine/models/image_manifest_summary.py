from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_manifest_summary_kind import ImageManifestSummaryKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_manifest_summary_attestation_data_type_0 import (
        ImageManifestSummaryAttestationDataType0,
    )
    from ..models.image_manifest_summary_image_data_type_0 import (
        ImageManifestSummaryImageDataType0,
    )
    from ..models.image_manifest_summary_size import ImageManifestSummarySize
    from ..models.oci_descriptor import OCIDescriptor


T = TypeVar("T", bound="ImageManifestSummary")


@_attrs_define
class ImageManifestSummary:
    """
    Attributes:
        id (str):
        descriptor (OCIDescriptor):
        available (bool):
        size (ImageManifestSummarySize):
        kind (ImageManifestSummaryKind):
        image_data (ImageManifestSummaryImageDataType0 | None | Unset):
        attestation_data (ImageManifestSummaryAttestationDataType0 | None | Unset):
    """

    id: str
    descriptor: OCIDescriptor
    available: bool
    size: ImageManifestSummarySize
    kind: ImageManifestSummaryKind
    image_data: ImageManifestSummaryImageDataType0 | None | Unset = UNSET
    attestation_data: ImageManifestSummaryAttestationDataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_manifest_summary_attestation_data_type_0 import (
            ImageManifestSummaryAttestationDataType0,
        )
        from ..models.image_manifest_summary_image_data_type_0 import (
            ImageManifestSummaryImageDataType0,
        )

        id = self.id

        descriptor = self.descriptor.to_dict()

        available = self.available

        size = self.size.to_dict()

        kind = self.kind.value

        image_data: dict[str, Any] | None | Unset
        if isinstance(self.image_data, Unset):
            image_data = UNSET
        elif isinstance(self.image_data, ImageManifestSummaryImageDataType0):
            image_data = self.image_data.to_dict()
        else:
            image_data = self.image_data

        attestation_data: dict[str, Any] | None | Unset
        if isinstance(self.attestation_data, Unset):
            attestation_data = UNSET
        elif isinstance(
            self.attestation_data, ImageManifestSummaryAttestationDataType0
        ):
            attestation_data = self.attestation_data.to_dict()
        else:
            attestation_data = self.attestation_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ID": id,
                "Descriptor": descriptor,
                "Available": available,
                "Size": size,
                "Kind": kind,
            }
        )
        if image_data is not UNSET:
            field_dict["ImageData"] = image_data
        if attestation_data is not UNSET:
            field_dict["AttestationData"] = attestation_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.image_manifest_summary_attestation_data_type_0 import (
            ImageManifestSummaryAttestationDataType0,
        )
        from ..models.image_manifest_summary_image_data_type_0 import (
            ImageManifestSummaryImageDataType0,
        )
        from ..models.image_manifest_summary_size import ImageManifestSummarySize
        from ..models.oci_descriptor import OCIDescriptor

        d = dict(src_dict)
        id = d.pop("ID")

        descriptor = OCIDescriptor.from_dict(d.pop("Descriptor"))

        available = d.pop("Available")

        size = ImageManifestSummarySize.from_dict(d.pop("Size"))

        kind = ImageManifestSummaryKind(d.pop("Kind"))

        def _parse_image_data(
            data: object,
        ) -> ImageManifestSummaryImageDataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_data_type_0 = ImageManifestSummaryImageDataType0.from_dict(data)

                return image_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageManifestSummaryImageDataType0 | None | Unset, data)

        image_data = _parse_image_data(d.pop("ImageData", UNSET))

        def _parse_attestation_data(
            data: object,
        ) -> ImageManifestSummaryAttestationDataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                attestation_data_type_0 = (
                    ImageManifestSummaryAttestationDataType0.from_dict(data)
                )

                return attestation_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageManifestSummaryAttestationDataType0 | None | Unset, data)

        attestation_data = _parse_attestation_data(d.pop("AttestationData", UNSET))

        image_manifest_summary = cls(
            id=id,
            descriptor=descriptor,
            available=available,
            size=size,
            kind=kind,
            image_data=image_data,
            attestation_data=attestation_data,
        )

        image_manifest_summary.additional_properties = d
        return image_manifest_summary

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
