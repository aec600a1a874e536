from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.system_events_response_scope import SystemEventsResponseScope
from ..models.system_events_response_type import SystemEventsResponseType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_actor import EventActor


T = TypeVar("T", bound="SystemEventsResponse")


@_attrs_define
class SystemEventsResponse:
    """
    Attributes:
        type_ (SystemEventsResponseType | Unset):
        action (str | Unset):
        actor (EventActor | Unset):
        scope (SystemEventsResponseScope | Unset):
        time (int | Unset):
        time_nano (int | Unset):
    """

    type_: SystemEventsResponseType | Unset = UNSET
    action: str | Unset = UNSET
    actor: EventActor | Unset = UNSET
    scope: SystemEventsResponseScope | Unset = UNSET
    time: int | Unset = UNSET
    time_nano: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        action = self.action

        actor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.actor, Unset):
            actor = self.actor.to_dict()

        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope.value

        time = self.time

        time_nano = self.time_nano

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if action is not UNSET:
            field_dict["Action"] = action
        if actor is not UNSET:
            field_dict["Actor"] = actor
        if scope is not UNSET:
            field_dict["scope"] = scope
        if time is not UNSET:
            field_dict["time"] = time
        if time_nano is not UNSET:
            field_dict["timeNano"] = time_nano

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.event_actor import EventActor

        d = dict(src_dict)
        _type_ = d.pop("Type", UNSET)
        type_: SystemEventsResponseType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = SystemEventsResponseType(_type_)

        action = d.pop("Action", UNSET)

        _actor = d.pop("Actor", UNSET)
        actor: EventActor | Unset
        if isinstance(_actor, Unset):
            actor = UNSET
        else:
            actor = EventActor.from_dict(_actor)

        _scope = d.pop("scope", UNSET)
        scope: SystemEventsResponseScope | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = SystemEventsResponseScope(_scope)

        time = d.pop("time", UNSET)

        time_nano = d.pop("timeNano", UNSET)

        system_events_response = cls(
            type_=type_,
            action=action,
            actor=actor,
            scope=scope,
            time=time,
            time_nano=time_nano,
        )

        system_events_response.additional_properties = d
        return system_events_response

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
