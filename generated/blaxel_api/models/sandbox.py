from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sandbox_state import SandboxState
from ..models.status import Status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.core_event import CoreEvent
    from ..models.metadata import Metadata
    from ..models.sandbox_infrastructure_error import SandboxInfrastructureError
    from ..models.sandbox_spec import SandboxSpec


T = TypeVar("T", bound="Sandbox")


@_attrs_define
class Sandbox:
    """
    Attributes:
        metadata (Metadata):
        spec (SandboxSpec):
        errors (list[SandboxInfrastructureError] | Unset):
        events (list[CoreEvent] | Unset):
        expires_in (int | Unset):
        last_used_at (str | Unset):
        node_generation (str | Unset):
        state (SandboxState | Unset):
        status (Status | Unset):
    """

    metadata: Metadata
    spec: SandboxSpec
    errors: list[SandboxInfrastructureError] | Unset = UNSET
    events: list[CoreEvent] | Unset = UNSET
    expires_in: int | Unset = UNSET
    last_used_at: str | Unset = UNSET
    node_generation: str | Unset = UNSET
    state: SandboxState | Unset = UNSET
    status: Status | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        spec = self.spec.to_dict()

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for componentsschemas_core_events_item_data in self.events:
                componentsschemas_core_events_item = (
                    componentsschemas_core_events_item_data.to_dict()
                )
                events.append(componentsschemas_core_events_item)

        expires_in = self.expires_in

        last_used_at = self.last_used_at

        node_generation = self.node_generation

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

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
        if errors is not UNSET:
            field_dict["errors"] = errors
        if events is not UNSET:
            field_dict["events"] = events
        if expires_in is not UNSET:
            field_dict["expiresIn"] = expires_in
        if last_used_at is not UNSET:
            field_dict["lastUsedAt"] = last_used_at
        if node_generation is not UNSET:
            field_dict["nodeGeneration"] = node_generation
        if state is not UNSET:
            field_dict["state"] = state
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.core_event import CoreEvent
        from ..models.metadata import Metadata
        from ..models.sandbox_infrastructure_error import SandboxInfrastructureError
        from ..models.sandbox_spec import SandboxSpec

        d = dict(src_dict)
        metadata = Metadata.from_dict(d.pop("metadata"))

        spec = SandboxSpec.from_dict(d.pop("spec"))

        _errors = d.pop("errors", UNSET)
        errors: list[SandboxInfrastructureError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = SandboxInfrastructureError.from_dict(errors_item_data)

                errors.append(errors_item)

        _events = d.pop("events", UNSET)
        events: list[CoreEvent] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for componentsschemas_core_events_item_data in _events:
                componentsschemas_core_events_item = CoreEvent.from_dict(
                    componentsschemas_core_events_item_data
                )

                events.append(componentsschemas_core_events_item)

        expires_in = d.pop("expiresIn", UNSET)

        last_used_at = d.pop("lastUsedAt", UNSET)

        node_generation = d.pop("nodeGeneration", UNSET)

        _state = d.pop("state", UNSET)
        state: SandboxState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = SandboxState(_state)

        _status = d.pop("status", UNSET)
        status: Status | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = Status(_status)

        sandbox = cls(
            metadata=metadata,
            spec=spec,
            errors=errors,
            events=events,
            expires_in=expires_in,
            last_used_at=last_used_at,
            node_generation=node_generation,
            state=state,
            status=status,
        )

        sandbox.additional_properties = d
        return sandbox

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
