from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.container_summary_health_status import ContainerSummaryHealthStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContainerSummaryHealth")


@_attrs_define
class ContainerSummaryHealth:
    """
    Attributes:
        status (ContainerSummaryHealthStatus | Unset):
        failing_streak (int | Unset):
    """

    status: ContainerSummaryHealthStatus | Unset = UNSET
    failing_streak: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        failing_streak = self.failing_streak

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["Status"] = status
        if failing_streak is not UNSET:
            field_dict["FailingStreak"] = failing_streak

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _status = d.pop("Status", UNSET)
        status: ContainerSummaryHealthStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ContainerSummaryHealthStatus(_status)

        failing_streak = d.pop("FailingStreak", UNSET)

        container_summary_health = cls(
            status=status,
            failing_streak=failing_streak,
        )

        container_summary_health.additional_properties = d
        return container_summary_health

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
