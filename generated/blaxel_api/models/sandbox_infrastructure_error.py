from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SandboxInfrastructureError")


@_attrs_define
class SandboxInfrastructureError:
    """
    Attributes:
        code (str | Unset):
        fatal (bool | Unset):
        instance (str | Unset):
        message (str | Unset):
        time (str | Unset):
    """

    code: str | Unset = UNSET
    fatal: bool | Unset = UNSET
    instance: str | Unset = UNSET
    message: str | Unset = UNSET
    time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        fatal = self.fatal

        instance = self.instance

        message = self.message

        time = self.time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if fatal is not UNSET:
            field_dict["fatal"] = fatal
        if instance is not UNSET:
            field_dict["instance"] = instance
        if message is not UNSET:
            field_dict["message"] = message
        if time is not UNSET:
            field_dict["time"] = time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        fatal = d.pop("fatal", UNSET)

        instance = d.pop("instance", UNSET)

        message = d.pop("message", UNSET)

        time = d.pop("time", UNSET)

        sandbox_infrastructure_error = cls(
            code=code,
            fatal=fatal,
            instance=instance,
            message=message,
            time=time,
        )

        sandbox_infrastructure_error.additional_properties = d
        return sandbox_infrastructure_error

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
