from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionExecuteRequest")


@_attrs_define
class SessionExecuteRequest:
    """
    Attributes:
        command (str):
        async_ (bool | Unset):
        run_async (bool | Unset):
        suppress_input_echo (bool | Unset):
    """

    command: str
    async_: bool | Unset = UNSET
    run_async: bool | Unset = UNSET
    suppress_input_echo: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command = self.command

        async_ = self.async_

        run_async = self.run_async

        suppress_input_echo = self.suppress_input_echo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "command": command,
            }
        )
        if async_ is not UNSET:
            field_dict["async"] = async_
        if run_async is not UNSET:
            field_dict["runAsync"] = run_async
        if suppress_input_echo is not UNSET:
            field_dict["suppressInputEcho"] = suppress_input_echo

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        command = d.pop("command")

        async_ = d.pop("async", UNSET)

        run_async = d.pop("runAsync", UNSET)

        suppress_input_echo = d.pop("suppressInputEcho", UNSET)

        session_execute_request = cls(
            command=command,
            async_=async_,
            run_async=run_async,
            suppress_input_echo=suppress_input_echo,
        )

        session_execute_request.additional_properties = d
        return session_execute_request

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
