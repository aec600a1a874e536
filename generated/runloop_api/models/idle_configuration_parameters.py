from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.idle_action import IdleAction

T = TypeVar("T", bound="IdleConfigurationParameters")


@_attrs_define
class IdleConfigurationParameters:
    """
    Attributes:
        idle_time_seconds (int):
        on_idle (IdleAction):
    """

    idle_time_seconds: int
    on_idle: IdleAction

    def to_dict(self) -> dict[str, Any]:
        idle_time_seconds = self.idle_time_seconds

        on_idle = self.on_idle.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "idle_time_seconds": idle_time_seconds,
                "on_idle": on_idle,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        idle_time_seconds = d.pop("idle_time_seconds")

        on_idle = IdleAction(d.pop("on_idle"))

        idle_configuration_parameters = cls(
            idle_time_seconds=idle_time_seconds,
            on_idle=on_idle,
        )

        return idle_configuration_parameters
