from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResumeTriggers")


@_attrs_define
class ResumeTriggers:
    """
    Attributes:
        http (bool | None | Unset):
        axon_event (bool | None | Unset):
    """

    http: bool | None | Unset = UNSET
    axon_event: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        http: bool | None | Unset
        if isinstance(self.http, Unset):
            http = UNSET
        else:
            http = self.http

        axon_event: bool | None | Unset
        if isinstance(self.axon_event, Unset):
            axon_event = UNSET
        else:
            axon_event = self.axon_event

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if http is not UNSET:
            field_dict["http"] = http
        if axon_event is not UNSET:
            field_dict["axon_event"] = axon_event

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_http(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        http = _parse_http(d.pop("http", UNSET))

        def _parse_axon_event(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        axon_event = _parse_axon_event(d.pop("axon_event", UNSET))

        resume_triggers = cls(
            http=http,
            axon_event=axon_event,
        )

        return resume_triggers
