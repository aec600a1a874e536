from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExecConfig")


@_attrs_define
class ExecConfig:
    """
    Attributes:
        attach_stdin (bool | Unset):
        attach_stdout (bool | Unset):
        attach_stderr (bool | Unset):
        console_size (list[int] | None | Unset):
        detach_keys (str | Unset):
        tty (bool | Unset):
        env (list[str] | None | Unset):
        cmd (list[str] | None | Unset):
        privileged (bool | Unset):  Default: False.
        user (str | Unset):
        working_dir (str | Unset):
    """

    attach_stdin: bool | Unset = UNSET
    attach_stdout: bool | Unset = UNSET
    attach_stderr: bool | Unset = UNSET
    console_size: list[int] | None | Unset = UNSET
    detach_keys: str | Unset = UNSET
    tty: bool | Unset = UNSET
    env: list[str] | None | Unset = UNSET
    cmd: list[str] | None | Unset = UNSET
    privileged: bool | Unset = False
    user: str | Unset = UNSET
    working_dir: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attach_stdin = self.attach_stdin

        attach_stdout = self.attach_stdout

        attach_stderr = self.attach_stderr

        console_size: list[int] | None | Unset
        if isinstance(self.console_size, Unset):
            console_size = UNSET
        elif isinstance(self.console_size, list):
            console_size = self.console_size

        else:
            console_size = self.console_size

        detach_keys = self.detach_keys

        tty = self.tty

        env: list[str] | None | Unset
        if isinstance(self.env, Unset):
            env = UNSET
        elif isinstance(self.env, list):
            env = self.env

        else:
            env = self.env

        cmd: list[str] | None | Unset
        if isinstance(self.cmd, Unset):
            cmd = UNSET
        elif isinstance(self.cmd, list):
            cmd = self.cmd

        else:
            cmd = self.cmd

        privileged = self.privileged

        user = self.user

        working_dir = self.working_dir

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attach_stdin is not UNSET:
            field_dict["AttachStdin"] = attach_stdin
        if attach_stdout is not UNSET:
            field_dict["AttachStdout"] = attach_stdout
        if attach_stderr is not UNSET:
            field_dict["AttachStderr"] = attach_stderr
        if console_size is not UNSET:
            field_dict["ConsoleSize"] = console_size
        if detach_keys is not UNSET:
            field_dict["DetachKeys"] = detach_keys
        if tty is not UNSET:
            field_dict["Tty"] = tty
        if env is not UNSET:
            field_dict["Env"] = env
        if cmd is not UNSET:
            field_dict["Cmd"] = cmd
        if privileged is not UNSET:
            field_dict["Privileged"] = privileged
        if user is not UNSET:
            field_dict["User"] = user
        if working_dir is not UNSET:
            field_dict["WorkingDir"] = working_dir

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        attach_stdin = d.pop("AttachStdin", UNSET)

        attach_stdout = d.pop("AttachStdout", UNSET)

        attach_stderr = d.pop("AttachStderr", UNSET)

        def _parse_console_size(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                console_size_type_0 = cast(list[int], data)

                return console_size_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        console_size = _parse_console_size(d.pop("ConsoleSize", UNSET))

        detach_keys = d.pop("DetachKeys", UNSET)

        tty = d.pop("Tty", UNSET)

        def _parse_env(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                env_type_0 = cast(list[str], data)

                return env_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        env = _parse_env(d.pop("Env", UNSET))

        def _parse_cmd(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cmd_type_0 = cast(list[str], data)

                return cmd_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        cmd = _parse_cmd(d.pop("Cmd", UNSET))

        privileged = d.pop("Privileged", UNSET)

        user = d.pop("User", UNSET)

        working_dir = d.pop("WorkingDir", UNSET)

        exec_config = cls(
            attach_stdin=attach_stdin,
            attach_stdout=attach_stdout,
            attach_stderr=attach_stderr,
            console_size=console_size,
            detach_keys=detach_keys,
            tty=tty,
            env=env,
            cmd=cmd,
            privileged=privileged,
            user=user,
            working_dir=working_dir,
        )

        exec_config.additional_properties = d
        return exec_config

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
