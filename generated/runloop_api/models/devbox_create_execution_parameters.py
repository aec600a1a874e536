from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DevboxCreateExecutionParameters")


@_attrs_define
class DevboxCreateExecutionParameters:
    """
    Attributes:
        command (str):
        shell_name (None | str | Unset):
        attach_stdin (bool | None | Unset):
    """

    command: str
    shell_name: None | str | Unset = UNSET
    attach_stdin: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        command = self.command

        shell_name: None | str | Unset
        if isinstance(self.shell_name, Unset):
            shell_name = UNSET
        else:
            shell_name = self.shell_name

        attach_stdin: bool | None | Unset
        if isinstance(self.attach_stdin, Unset):
            attach_stdin = UNSET
        else:
            attach_stdin = self.attach_stdin

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "command": command,
            }
        )
        if shell_name is not UNSET:
            field_dict["shell_name"] = shell_name
        if attach_stdin is not UNSET:
            field_dict["attach_stdin"] = attach_stdin

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        command = d.pop("command")

        def _parse_shell_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shell_name = _parse_shell_name(d.pop("shell_name", UNSET))

        def _parse_attach_stdin(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        attach_stdin = _parse_attach_stdin(d.pop("attach_stdin", UNSET))

        devbox_create_execution_parameters = cls(
            command=command,
            shell_name=shell_name,
            attach_stdin=attach_stdin,
        )

        return devbox_create_execution_parameters
