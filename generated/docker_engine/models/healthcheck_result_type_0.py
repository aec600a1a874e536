from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HealthcheckResultType0")


@_attrs_define
class HealthcheckResultType0:
    """
    Attributes:
        start (datetime.datetime | Unset):
        end (str | Unset):
        exit_code (int | Unset):
        output (str | Unset):
    """

    start: datetime.datetime | Unset = UNSET
    end: str | Unset = UNSET
    exit_code: int | Unset = UNSET
    output: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start: str | Unset = UNSET
        if not isinstance(self.start, Unset):
            start = self.start.isoformat()

        end = self.end

        exit_code = self.exit_code

        output = self.output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start is not UNSET:
            field_dict["Start"] = start
        if end is not UNSET:
            field_dict["End"] = end
        if exit_code is not UNSET:
            field_dict["ExitCode"] = exit_code
        if output is not UNSET:
            field_dict["Output"] = output

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _start = d.pop("Start", UNSET)
        start: datetime.datetime | Unset
        if isinstance(_start, Unset):
            start = UNSET
        else:
            start = datetime.datetime.fromisoformat(_start)

        end = d.pop("End", UNSET)

        exit_code = d.pop("ExitCode", UNSET)

        output = d.pop("Output", UNSET)

        healthcheck_result_type_0 = cls(
            start=start,
            end=end,
            exit_code=exit_code,
            output=output,
        )

        healthcheck_result_type_0.additional_properties = d
        return healthcheck_result_type_0

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
