from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DevboxStartExecutionParameters")


@_attrs_define
class DevboxStartExecutionParameters:
    """
    Attributes:
        command_id (str):
        command (str):
        shell_name (None | str | Unset):
        optimistic_timeout (int | None | Unset):
    """

    command_id: str
    command: str
    shell_name: None | str | Unset = UNSET
    optimistic_timeout: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        command_id = self.command_id

        command = self.command

        shell_name: None | str | Unset
        if isinstance(self.shell_name, Unset):
            shell_name = UNSET
        else:
            shell_name = self.shell_name

        optimistic_timeout: int | None | Unset
        if isinstance(self.optimistic_timeout, Unset):
            optimistic_timeout = UNSET
        else:
            optimistic_timeout = self.optimistic_timeout

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "command_id": command_id,
                "command": command,
            }
        )
        if shell_name is not UNSET:
            field_dict["shell_name"] = shell_name
        if optimistic_timeout is not UNSET:
            field_dict["optimistic_timeout"] = optimistic_timeout

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        command_id = d.pop("command_id")

        command = d.pop("command")

        def _parse_shell_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shell_name = _parse_shell_name(d.pop("shell_name", UNSET))

        def _parse_optimistic_timeout(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        optimistic_timeout = _parse_optimistic_timeout(
            d.pop("optimistic_timeout", UNSET)
        )

        devbox_start_execution_parameters = cls(
            command_id=command_id,
            command=command,
            shell_name=shell_name,
            optimistic_timeout=optimistic_timeout,
        )

        return devbox_start_execution_parameters
