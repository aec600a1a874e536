from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProcessConfig")


@_attrs_define
class ProcessConfig:
    """
    Attributes:
        privileged (bool | Unset):
        user (str | Unset):
        tty (bool | Unset):
        entrypoint (str | Unset):
        arguments (list[str] | None | Unset):
    """

    privileged: bool | Unset = UNSET
    user: str | Unset = UNSET
    tty: bool | Unset = UNSET
    entrypoint: str | Unset = UNSET
    arguments: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        privileged = self.privileged

        user = self.user

        tty = self.tty

        entrypoint = self.entrypoint

        arguments: list[str] | None | Unset
        if isinstance(self.arguments, Unset):
            arguments = UNSET
        elif isinstance(self.arguments, list):
            arguments = self.arguments

        else:
            arguments = self.arguments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if privileged is not UNSET:
            field_dict["privileged"] = privileged
        if user is not UNSET:
            field_dict["user"] = user
        if tty is not UNSET:
            field_dict["tty"] = tty
        if entrypoint is not UNSET:
            field_dict["entrypoint"] = entrypoint
        if arguments is not UNSET:
            field_dict["arguments"] = arguments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        privileged = d.pop("privileged", UNSET)

        user = d.pop("user", UNSET)

        tty = d.pop("tty", UNSET)

        entrypoint = d.pop("entrypoint", UNSET)

        def _parse_arguments(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                arguments_type_0 = cast(list[str], data)

                return arguments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        arguments = _parse_arguments(d.pop("arguments", UNSET))

        process_config = cls(
            privileged=privileged,
            user=user,
            tty=tty,
            entrypoint=entrypoint,
            arguments=arguments,
        )

        process_config.additional_properties = d
        return process_config

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
