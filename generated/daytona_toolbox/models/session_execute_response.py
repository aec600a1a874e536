from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionExecuteResponse")


@_attrs_define
class SessionExecuteResponse:
    """
    Attributes:
        cmd_id (str):
        exit_code (int | Unset):
        output (str | Unset):
        stderr (str | Unset):
        stdout (str | Unset):
    """

    cmd_id: str
    exit_code: int | Unset = UNSET
    output: str | Unset = UNSET
    stderr: str | Unset = UNSET
    stdout: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cmd_id = self.cmd_id

        exit_code = self.exit_code

        output = self.output

        stderr = self.stderr

        stdout = self.stdout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cmdId": cmd_id,
            }
        )
        if exit_code is not UNSET:
            field_dict["exitCode"] = exit_code
        if output is not UNSET:
            field_dict["output"] = output
        if stderr is not UNSET:
            field_dict["stderr"] = stderr
        if stdout is not UNSET:
            field_dict["stdout"] = stdout

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cmd_id = d.pop("cmdId")

        exit_code = d.pop("exitCode", UNSET)

        output = d.pop("output", UNSET)

        stderr = d.pop("stderr", UNSET)

        stdout = d.pop("stdout", UNSET)

        session_execute_response = cls(
            cmd_id=cmd_id,
            exit_code=exit_code,
            output=output,
            stderr=stderr,
            stdout=stdout,
        )

        session_execute_response.additional_properties = d
        return session_execute_response

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
