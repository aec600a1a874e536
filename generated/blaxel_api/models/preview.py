from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status import Status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.core_event import CoreEvent
    from ..models.preview_metadata import PreviewMetadata
    from ..models.preview_spec import PreviewSpec


T = TypeVar("T", bound="Preview")


@_attrs_define
class Preview:
    """
    Attributes:
        metadata (PreviewMetadata):
        spec (PreviewSpec):
        events (list[CoreEvent] | Unset):
        status (Status | Unset):
    """

    metadata: PreviewMetadata
    spec: PreviewSpec
    events: list[CoreEvent] | Unset = UNSET
    status: Status | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        spec = self.spec.to_dict()

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for componentsschemas_core_events_item_data in self.events:
                componentsschemas_core_events_item = (
                    componentsschemas_core_events_item_data.to_dict()
                )
                events.append(componentsschemas_core_events_item)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metadata": metadata,
                "spec": spec,
            }
        )
        if events is not UNSET:
            field_dict["events"] = events
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.core_event import CoreEvent
        from ..models.preview_metadata import PreviewMetadata
        from ..models.preview_spec import PreviewSpec

        d = dict(src_dict)
        metadata = PreviewMetadata.from_dict(d.pop("metadata"))

        spec = PreviewSpec.from_dict(d.pop("spec"))

        _events = d.pop("events", UNSET)
        events: list[CoreEvent] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for componentsschemas_core_events_item_data in _events:
                componentsschemas_core_events_item = CoreEvent.from_dict(
                    componentsschemas_core_events_item_data
                )

                events.append(componentsschemas_core_events_item)

        _status = d.pop("status", UNSET)
        status: Status | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = Status(_status)

        preview = cls(
            metadata=metadata,
            spec=spec,
            events=events,
            status=status,
        )

        preview.additional_properties = d
        return preview

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
