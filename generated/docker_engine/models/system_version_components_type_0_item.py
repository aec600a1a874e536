from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.system_version_components_type_0_item_details_type_0 import (
        SystemVersionComponentsType0ItemDetailsType0,
    )


T = TypeVar("T", bound="SystemVersionComponentsType0Item")


@_attrs_define
class SystemVersionComponentsType0Item:
    """
    Attributes:
        name (str):
        version (str):
        details (None | SystemVersionComponentsType0ItemDetailsType0 | Unset):
    """

    name: str
    version: str
    details: None | SystemVersionComponentsType0ItemDetailsType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.system_version_components_type_0_item_details_type_0 import (
            SystemVersionComponentsType0ItemDetailsType0,
        )

        name = self.name

        version = self.version

        details: dict[str, Any] | None | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, SystemVersionComponentsType0ItemDetailsType0):
            details = self.details.to_dict()
        else:
            details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Name": name,
                "Version": version,
            }
        )
        if details is not UNSET:
            field_dict["Details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.system_version_components_type_0_item_details_type_0 import (
            SystemVersionComponentsType0ItemDetailsType0,
        )

        d = dict(src_dict)
        name = d.pop("Name")

        version = d.pop("Version")

        def _parse_details(
            data: object,
        ) -> None | SystemVersionComponentsType0ItemDetailsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                details_type_0 = SystemVersionComponentsType0ItemDetailsType0.from_dict(
                    data
                )

                return details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | SystemVersionComponentsType0ItemDetailsType0 | Unset, data
            )

        details = _parse_details(d.pop("Details", UNSET))

        system_version_components_type_0_item = cls(
            name=name,
            version=version,
            details=details,
        )

        system_version_components_type_0_item.additional_properties = d
        return system_version_components_type_0_item

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
