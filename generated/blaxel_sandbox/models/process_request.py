from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.process_request_env import ProcessRequestEnv


T = TypeVar("T", bound="ProcessRequest")


@_attrs_define
class ProcessRequest:
    """
    Attributes:
        command (str):
        env (ProcessRequestEnv | Unset):
        keep_alive (bool | Unset):
        max_restarts (int | Unset):
        name (str | Unset):
        restart_on_failure (bool | Unset):
        timeout (int | Unset):
        wait_for_completion (bool | Unset):
        wait_for_ports (list[int] | Unset):
        working_dir (str | Unset):
    """

    command: str
    env: ProcessRequestEnv | Unset = UNSET
    keep_alive: bool | Unset = UNSET
    max_restarts: int | Unset = UNSET
    name: str | Unset = UNSET
    restart_on_failure: bool | Unset = UNSET
    timeout: int | Unset = UNSET
    wait_for_completion: bool | Unset = UNSET
    wait_for_ports: list[int] | Unset = UNSET
    working_dir: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command = self.command

        env: dict[str, Any] | Unset = UNSET
        if not isinstance(self.env, Unset):
            env = self.env.to_dict()

        keep_alive = self.keep_alive

        max_restarts = self.max_restarts

        name = self.name

        restart_on_failure = self.restart_on_failure

        timeout = self.timeout

        wait_for_completion = self.wait_for_completion

        wait_for_ports: list[int] | Unset = UNSET
        if not isinstance(self.wait_for_ports, Unset):
            wait_for_ports = self.wait_for_ports

        working_dir = self.working_dir

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "command": command,
            }
        )
        if env is not UNSET:
            field_dict["env"] = env
        if keep_alive is not UNSET:
            field_dict["keepAlive"] = keep_alive
        if max_restarts is not UNSET:
            field_dict["maxRestarts"] = max_restarts
        if name is not UNSET:
            field_dict["name"] = name
        if restart_on_failure is not UNSET:
            field_dict["restartOnFailure"] = restart_on_failure
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if wait_for_completion is not UNSET:
            field_dict["waitForCompletion"] = wait_for_completion
        if wait_for_ports is not UNSET:
            field_dict["waitForPorts"] = wait_for_ports
        if working_dir is not UNSET:
            field_dict["workingDir"] = working_dir

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.process_request_env import ProcessRequestEnv

        d = dict(src_dict)
        command = d.pop("command")

        _env = d.pop("env", UNSET)
        env: ProcessRequestEnv | Unset
        if isinstance(_env, Unset):
            env = UNSET
        else:
            env = ProcessRequestEnv.from_dict(_env)

        keep_alive = d.pop("keepAlive", UNSET)

        max_restarts = d.pop("maxRestarts", UNSET)

        name = d.pop("name", UNSET)

        restart_on_failure = d.pop("restartOnFailure", UNSET)

        timeout = d.pop("timeout", UNSET)

        wait_for_completion = d.pop("waitForCompletion", UNSET)

        wait_for_ports = cast(list[int], d.pop("waitForPorts", UNSET))

        working_dir = d.pop("workingDir", UNSET)

        process_request = cls(
            command=command,
            env=env,
            keep_alive=keep_alive,
            max_restarts=max_restarts,
            name=name,
            restart_on_failure=restart_on_failure,
            timeout=timeout,
            wait_for_completion=wait_for_completion,
            wait_for_ports=wait_for_ports,
            working_dir=working_dir,
        )

        process_request.additional_properties = d
        return process_request

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
