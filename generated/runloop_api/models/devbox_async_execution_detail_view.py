from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.devbox_execution_status import DevboxExecutionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="DevboxAsyncExecutionDetailView")


@_attrs_define
class DevboxAsyncExecutionDetailView:
    """
    Attributes:
        devbox_id (str):
        execution_id (str):
        status (DevboxExecutionStatus):
        shell_name (None | str | Unset):
        stdout (None | str | Unset):
        stderr (None | str | Unset):
        exit_status (int | None | Unset):
        stdout_truncated (bool | None | Unset):
        stderr_truncated (bool | None | Unset):
    """

    devbox_id: str
    execution_id: str
    status: DevboxExecutionStatus
    shell_name: None | str | Unset = UNSET
    stdout: None | str | Unset = UNSET
    stderr: None | str | Unset = UNSET
    exit_status: int | None | Unset = UNSET
    stdout_truncated: bool | None | Unset = UNSET
    stderr_truncated: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        devbox_id = self.devbox_id

        execution_id = self.execution_id

        status = self.status.value

        shell_name: None | str | Unset
        if isinstance(self.shell_name, Unset):
            shell_name = UNSET
        else:
            shell_name = self.shell_name

        stdout: None | str | Unset
        if isinstance(self.stdout, Unset):
            stdout = UNSET
        else:
            stdout = self.stdout

        stderr: None | str | Unset
        if isinstance(self.stderr, Unset):
            stderr = UNSET
        else:
            stderr = self.stderr

        exit_status: int | None | Unset
        if isinstance(self.exit_status, Unset):
            exit_status = UNSET
        else:
            exit_status = self.exit_status

        stdout_truncated: bool | None | Unset
        if isinstance(self.stdout_truncated, Unset):
            stdout_truncated = UNSET
        else:
            stdout_truncated = self.stdout_truncated

        stderr_truncated: bool | None | Unset
        if isinstance(self.stderr_truncated, Unset):
            stderr_truncated = UNSET
        else:
            stderr_truncated = self.stderr_truncated

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "devbox_id": devbox_id,
                "execution_id": execution_id,
                "status": status,
            }
        )
        if shell_name is not UNSET:
            field_dict["shell_name"] = shell_name
        if stdout is not UNSET:
            field_dict["stdout"] = stdout
        if stderr is not UNSET:
            field_dict["stderr"] = stderr
        if exit_status is not UNSET:
            field_dict["exit_status"] = exit_status
        if stdout_truncated is not UNSET:
            field_dict["stdout_truncated"] = stdout_truncated
        if stderr_truncated is not UNSET:
            field_dict["stderr_truncated"] = stderr_truncated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        devbox_id = d.pop("devbox_id")

        execution_id = d.pop("execution_id")

        status = DevboxExecutionStatus(d.pop("status"))

        def _parse_shell_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shell_name = _parse_shell_name(d.pop("shell_name", UNSET))

        def _parse_stdout(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stdout = _parse_stdout(d.pop("stdout", UNSET))

        def _parse_stderr(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stderr = _parse_stderr(d.pop("stderr", UNSET))

        def _parse_exit_status(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        exit_status = _parse_exit_status(d.pop("exit_status", UNSET))

        def _parse_stdout_truncated(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        stdout_truncated = _parse_stdout_truncated(d.pop("stdout_truncated", UNSET))

        def _parse_stderr_truncated(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        stderr_truncated = _parse_stderr_truncated(d.pop("stderr_truncated", UNSET))

        devbox_async_execution_detail_view = cls(
            devbox_id=devbox_id,
            execution_id=execution_id,
            status=status,
            shell_name=shell_name,
            stdout=stdout,
            stderr=stderr,
            exit_status=exit_status,
            stdout_truncated=stdout_truncated,
            stderr_truncated=stderr_truncated,
        )

        return devbox_async_execution_detail_view
