from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entry_info_type import EntryInfoType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.entry_info_metadata import EntryInfoMetadata


T = TypeVar("T", bound="EntryInfo")


@_attrs_define
class EntryInfo:
    """
    Attributes:
        path (str):
        name (str):
        type_ (EntryInfoType):
        metadata (EntryInfoMetadata | Unset):
    """

    path: str
    name: str
    type_: EntryInfoType
    metadata: EntryInfoMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        name = self.name

        type_ = self.type_.value

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
                "name": name,
                "type": type_,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.entry_info_metadata import EntryInfoMetadata

        d = dict(src_dict)
        path = d.pop("path")

        name = d.pop("name")

        type_ = EntryInfoType(d.pop("type"))

        _metadata = d.pop("metadata", UNSET)
        metadata: EntryInfoMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = EntryInfoMetadata.from_dict(_metadata)

        entry_info = cls(
            path=path,
            name=name,
            type_=type_,
            metadata=metadata,
        )

        entry_info.additional_properties = d
        return entry_info

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
