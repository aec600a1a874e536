from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.tunnel_auth_mode import TunnelAuthMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="TunnelConfig")


@_attrs_define
class TunnelConfig:
    """
    Attributes:
        auth_mode (TunnelAuthMode | Unset):
        http_keep_alive (bool | None | Unset):
        wake_on_http (bool | None | Unset):
    """

    auth_mode: TunnelAuthMode | Unset = UNSET
    http_keep_alive: bool | None | Unset = UNSET
    wake_on_http: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        auth_mode: str | Unset = UNSET
        if not isinstance(self.auth_mode, Unset):
            auth_mode = self.auth_mode.value

        http_keep_alive: bool | None | Unset
        if isinstance(self.http_keep_alive, Unset):
            http_keep_alive = UNSET
        else:
            http_keep_alive = self.http_keep_alive

        wake_on_http: bool | None | Unset
        if isinstance(self.wake_on_http, Unset):
            wake_on_http = UNSET
        else:
            wake_on_http = self.wake_on_http

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if auth_mode is not UNSET:
            field_dict["auth_mode"] = auth_mode
        if http_keep_alive is not UNSET:
            field_dict["http_keep_alive"] = http_keep_alive
        if wake_on_http is not UNSET:
            field_dict["wake_on_http"] = wake_on_http

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _auth_mode = d.pop("auth_mode", UNSET)
        auth_mode: TunnelAuthMode | Unset
        if isinstance(_auth_mode, Unset):
            auth_mode = UNSET
        else:
            auth_mode = TunnelAuthMode(_auth_mode)

        def _parse_http_keep_alive(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        http_keep_alive = _parse_http_keep_alive(d.pop("http_keep_alive", UNSET))

        def _parse_wake_on_http(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        wake_on_http = _parse_wake_on_http(d.pop("wake_on_http", UNSET))

        tunnel_config = cls(
            auth_mode=auth_mode,
            http_keep_alive=http_keep_alive,
            wake_on_http=wake_on_http,
        )

        return tunnel_config
