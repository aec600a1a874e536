from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.devbox_view_status import DevboxViewStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.number import Number


T = TypeVar("T", bound="DevboxStateTransition")


@_attrs_define
class DevboxStateTransition:
    """
    Attributes:
        status (DevboxViewStatus | Unset):
        transition_time_ms (Number | Unset):
    """

    status: DevboxViewStatus | Unset = UNSET
    transition_time_ms: Number | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        transition_time_ms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transition_time_ms, Unset):
            transition_time_ms = self.transition_time_ms.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if transition_time_ms is not UNSET:
            field_dict["transition_time_ms"] = transition_time_ms

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.number import Number

        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: DevboxViewStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DevboxViewStatus(_status)

        _transition_time_ms = d.pop("transition_time_ms", UNSET)
        transition_time_ms: Number | Unset
        if isinstance(_transition_time_ms, Unset):
            transition_time_ms = UNSET
        else:
            transition_time_ms = Number.from_dict(_transition_time_ms)

        devbox_state_transition = cls(
            status=status,
            transition_time_ms=transition_time_ms,
        )

        return devbox_state_transition
