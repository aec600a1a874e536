from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container_summary_host_config_annotations_type_0 import (
        ContainerSummaryHostConfigAnnotationsType0,
    )


T = TypeVar("T", bound="ContainerSummaryHostConfig")


@_attrs_define
class ContainerSummaryHostConfig:
    """
    Attributes:
        network_mode (str | Unset):
        annotations (ContainerSummaryHostConfigAnnotationsType0 | None | Unset):
    """

    network_mode: str | Unset = UNSET
    annotations: ContainerSummaryHostConfigAnnotationsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.container_summary_host_config_annotations_type_0 import (
            ContainerSummaryHostConfigAnnotationsType0,
        )

        network_mode = self.network_mode

        annotations: dict[str, Any] | None | Unset
        if isinstance(self.annotations, Unset):
            annotations = UNSET
        elif isinstance(self.annotations, ContainerSummaryHostConfigAnnotationsType0):
            annotations = self.annotations.to_dict()
        else:
            annotations = self.annotations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if network_mode is not UNSET:
            field_dict["NetworkMode"] = network_mode
        if annotations is not UNSET:
            field_dict["Annotations"] = annotations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.container_summary_host_config_annotations_type_0 import (
            ContainerSummaryHostConfigAnnotationsType0,
        )

        d = dict(src_dict)
        network_mode = d.pop("NetworkMode", UNSET)

        def _parse_annotations(
            data: object,
        ) -> ContainerSummaryHostConfigAnnotationsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                annotations_type_0 = (
                    ContainerSummaryHostConfigAnnotationsType0.from_dict(data)
                )

                return annotations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContainerSummaryHostConfigAnnotationsType0 | None | Unset, data)

        annotations = _parse_annotations(d.pop("Annotations", UNSET))

        container_summary_host_config = cls(
            network_mode=network_mode,
            annotations=annotations,
        )

        container_summary_host_config.additional_properties = d
        return container_summary_host_config

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
