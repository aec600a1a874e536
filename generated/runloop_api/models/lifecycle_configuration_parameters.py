from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.idle_configuration_parameters import IdleConfigurationParameters
    from ..models.resume_triggers import ResumeTriggers


T = TypeVar("T", bound="LifecycleConfigurationParameters")


@_attrs_define
class LifecycleConfigurationParameters:
    """
    Attributes:
        after_idle (IdleConfigurationParameters | Unset):
        resume_triggers (ResumeTriggers | Unset):
    """

    after_idle: IdleConfigurationParameters | Unset = UNSET
    resume_triggers: ResumeTriggers | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        after_idle: dict[str, Any] | Unset = UNSET
        if not isinstance(self.after_idle, Unset):
            after_idle = self.after_idle.to_dict()

        resume_triggers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resume_triggers, Unset):
            resume_triggers = self.resume_triggers.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if after_idle is not UNSET:
            field_dict["after_idle"] = after_idle
        if resume_triggers is not UNSET:
            field_dict["resume_triggers"] = resume_triggers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.idle_configuration_parameters import IdleConfigurationParameters
        from ..models.resume_triggers import ResumeTriggers

        d = dict(src_dict)
        _after_idle = d.pop("after_idle", UNSET)
        after_idle: IdleConfigurationParameters | Unset
        if isinstance(_after_idle, Unset):
            after_idle = UNSET
        else:
            after_idle = IdleConfigurationParameters.from_dict(_after_idle)

        _resume_triggers = d.pop("resume_triggers", UNSET)
        resume_triggers: ResumeTriggers | Unset
        if isinstance(_resume_triggers, Unset):
            resume_triggers = UNSET
        else:
            resume_triggers = ResumeTriggers.from_dict(_resume_triggers)

        lifecycle_configuration_parameters = cls(
            after_idle=after_idle,
            resume_triggers=resume_triggers,
        )

        return lifecycle_configuration_parameters
