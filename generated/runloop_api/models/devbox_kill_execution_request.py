from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DevboxKillExecutionRequest")


@_attrs_define
class DevboxKillExecutionRequest:
    """
    Attributes:
        kill_process_group (bool | None | Unset):
    """

    kill_process_group: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kill_process_group: bool | None | Unset
        if isinstance(self.kill_process_group, Unset):
            kill_process_group = UNSET
        else:
            kill_process_group = self.kill_process_group

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if kill_process_group is not UNSET:
            field_dict["kill_process_group"] = kill_process_group

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_kill_process_group(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        kill_process_group = _parse_kill_process_group(
            d.pop("kill_process_group", UNSET)
        )

        devbox_kill_execution_request = cls(
            kill_process_group=kill_process_group,
        )

        return devbox_kill_execution_request
