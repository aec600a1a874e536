from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OCIPlatformType0")


@_attrs_define
class OCIPlatformType0:
    """
    Attributes:
        architecture (str | Unset):
        os (str | Unset):
        os_version (str | Unset):
        os_features (list[str] | None | Unset):
        variant (str | Unset):
    """

    architecture: str | Unset = UNSET
    os: str | Unset = UNSET
    os_version: str | Unset = UNSET
    os_features: list[str] | None | Unset = UNSET
    variant: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        architecture = self.architecture

        os = self.os

        os_version = self.os_version

        os_features: list[str] | None | Unset
        if isinstance(self.os_features, Unset):
            os_features = UNSET
        elif isinstance(self.os_features, list):
            os_features = self.os_features

        else:
            os_features = self.os_features

        variant = self.variant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if architecture is not UNSET:
            field_dict["architecture"] = architecture
        if os is not UNSET:
            field_dict["os"] = os
        if os_version is not UNSET:
            field_dict["os.version"] = os_version
        if os_features is not UNSET:
            field_dict["os.features"] = os_features
        if variant is not UNSET:
            field_dict["variant"] = variant

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        architecture = d.pop("architecture", UNSET)

        os = d.pop("os", UNSET)

        os_version = d.pop("os.version", UNSET)

        def _parse_os_features(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                os_features_type_0 = cast(list[str], data)

                return os_features_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        os_features = _parse_os_features(d.pop("os.features", UNSET))

        variant = d.pop("variant", UNSET)

        oci_platform_type_0 = cls(
            architecture=architecture,
            os=os,
            os_version=os_version,
            os_features=os_features,
            variant=variant,
        )

        oci_platform_type_0.additional_properties = d
        return oci_platform_type_0

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
