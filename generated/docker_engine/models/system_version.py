from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.system_version_components_type_0_item import (
        SystemVersionComponentsType0Item,
    )
    from ..models.system_version_platform import SystemVersionPlatform


T = TypeVar("T", bound="SystemVersion")


@_attrs_define
class SystemVersion:
    """
    Attributes:
        platform (SystemVersionPlatform | Unset):
        components (list[SystemVersionComponentsType0Item] | None | Unset):
        version (str | Unset):
        api_version (str | Unset):
        min_api_version (str | Unset):
        git_commit (str | Unset):
        go_version (str | Unset):
        os (str | Unset):
        arch (str | Unset):
        kernel_version (str | Unset):
        experimental (bool | Unset):
        build_time (str | Unset):
    """

    platform: SystemVersionPlatform | Unset = UNSET
    components: list[SystemVersionComponentsType0Item] | None | Unset = UNSET
    version: str | Unset = UNSET
    api_version: str | Unset = UNSET
    min_api_version: str | Unset = UNSET
    git_commit: str | Unset = UNSET
    go_version: str | Unset = UNSET
    os: str | Unset = UNSET
    arch: str | Unset = UNSET
    kernel_version: str | Unset = UNSET
    experimental: bool | Unset = UNSET
    build_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform: dict[str, Any] | Unset = UNSET
        if not isinstance(self.platform, Unset):
            platform = self.platform.to_dict()

        components: list[dict[str, Any]] | None | Unset
        if isinstance(self.components, Unset):
            components = UNSET
        elif isinstance(self.components, list):
            components = []
            for components_type_0_item_data in self.components:
                components_type_0_item = components_type_0_item_data.to_dict()
                components.append(components_type_0_item)

        else:
            components = self.components

        version = self.version

        api_version = self.api_version

        min_api_version = self.min_api_version

        git_commit = self.git_commit

        go_version = self.go_version

        os = self.os

        arch = self.arch

        kernel_version = self.kernel_version

        experimental = self.experimental

        build_time = self.build_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if platform is not UNSET:
            field_dict["Platform"] = platform
        if components is not UNSET:
            field_dict["Components"] = components
        if version is not UNSET:
            field_dict["Version"] = version
        if api_version is not UNSET:
            field_dict["ApiVersion"] = api_version
        if min_api_version is not UNSET:
            field_dict["MinAPIVersion"] = min_api_version
        if git_commit is not UNSET:
            field_dict["GitCommit"] = git_commit
        if go_version is not UNSET:
            field_dict["GoVersion"] = go_version
        if os is not UNSET:
            field_dict["Os"] = os
        if arch is not UNSET:
            field_dict["Arch"] = arch
        if kernel_version is not UNSET:
            field_dict["KernelVersion"] = kernel_version
        if experimental is not UNSET:
            field_dict["Experimental"] = experimental
        if build_time is not UNSET:
            field_dict["BuildTime"] = build_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.system_version_components_type_0_item import (
            SystemVersionComponentsType0Item,
        )
        from ..models.system_version_platform import SystemVersionPlatform

        d = dict(src_dict)
        _platform = d.pop("Platform", UNSET)
        platform: SystemVersionPlatform | Unset
        if isinstance(_platform, Unset):
            platform = UNSET
        else:
            platform = SystemVersionPlatform.from_dict(_platform)

        def _parse_components(
            data: object,
        ) -> list[SystemVersionComponentsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                components_type_0 = []
                _components_type_0 = data
                for components_type_0_item_data in _components_type_0:
                    components_type_0_item = SystemVersionComponentsType0Item.from_dict(
                        components_type_0_item_data
                    )

                    components_type_0.append(components_type_0_item)

                return components_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SystemVersionComponentsType0Item] | None | Unset, data)

        components = _parse_components(d.pop("Components", UNSET))

        version = d.pop("Version", UNSET)

        api_version = d.pop("ApiVersion", UNSET)

        min_api_version = d.pop("MinAPIVersion", UNSET)

        git_commit = d.pop("GitCommit", UNSET)

        go_version = d.pop("GoVersion", UNSET)

        os = d.pop("Os", UNSET)

        arch = d.pop("Arch", UNSET)

        kernel_version = d.pop("KernelVersion", UNSET)

        experimental = d.pop("Experimental", UNSET)

        build_time = d.pop("BuildTime", UNSET)

        system_version = cls(
            platform=platform,
            components=components,
            version=version,
            api_version=api_version,
            min_api_version=min_api_version,
            git_commit=git_commit,
            go_version=go_version,
            os=os,
            arch=arch,
            kernel_version=kernel_version,
            experimental=experimental,
            build_time=build_time,
        )

        system_version.additional_properties = d
        return system_version

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
