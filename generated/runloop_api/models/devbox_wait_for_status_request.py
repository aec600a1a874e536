from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.devbox_view_status import DevboxViewStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="DevboxWaitForStatusRequest")


@_attrs_define
class DevboxWaitForStatusRequest:
    """
    Attributes:
        statuses (list[DevboxViewStatus]):
        timeout_seconds (int | None | Unset):
    """

    statuses: list[DevboxViewStatus]
    timeout_seconds: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        statuses = []
        for statuses_item_data in self.statuses:
            statuses_item = statuses_item_data.value
            statuses.append(statuses_item)

        timeout_seconds: int | None | Unset
        if isinstance(self.timeout_seconds, Unset):
            timeout_seconds = UNSET
        else:
            timeout_seconds = self.timeout_seconds

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "statuses": statuses,
            }
        )
        if timeout_seconds is not UNSET:
            field_dict["timeout_seconds"] = timeout_seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        statuses = []
        _statuses = d.pop("statuses")
        for statuses_item_data in _statuses:
            statuses_item = DevboxViewStatus(statuses_item_data)

            statuses.append(statuses_item)

        def _parse_timeout_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        timeout_seconds = _parse_timeout_seconds(d.pop("timeout_seconds", UNSET))

        devbox_wait_for_status_request = cls(
            statuses=statuses,
            timeout_seconds=timeout_seconds,
        )

        return devbox_wait_for_status_request
