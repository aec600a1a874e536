from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.tunnel_auth_mode_view import TunnelAuthModeView
from ..types import UNSET, Unset

T = TypeVar("T", bound="TunnelView")


@_attrs_define
class TunnelView:
    """
    Attributes:
        tunnel_key (str):
        auth_mode (TunnelAuthModeView):
        create_time_ms (int):
        http_keep_alive (bool):
        wake_on_http (bool):
        auth_token (None | str | Unset):
    """

    tunnel_key: str
    auth_mode: TunnelAuthModeView
    create_time_ms: int
    http_keep_alive: bool
    wake_on_http: bool
    auth_token: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        tunnel_key = self.tunnel_key

        auth_mode = self.auth_mode.value

        create_time_ms = self.create_time_ms

        http_keep_alive = self.http_keep_alive

        wake_on_http = self.wake_on_http

        auth_token: None | str | Unset
        if isinstance(self.auth_token, Unset):
            auth_token = UNSET
        else:
            auth_token = self.auth_token

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "tunnel_key": tunnel_key,
                "auth_mode": auth_mode,
                "create_time_ms": create_time_ms,
                "http_keep_alive": http_keep_alive,
                "wake_on_http": wake_on_http,
            }
        )
        if auth_token is not UNSET:
            field_dict["auth_token"] = auth_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tunnel_key = d.pop("tunnel_key")

        auth_mode = TunnelAuthModeView(d.pop("auth_mode"))

        create_time_ms = d.pop("create_time_ms")

        http_keep_alive = d.pop("http_keep_alive")

        wake_on_http = d.pop("wake_on_http")

        def _parse_auth_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auth_token = _parse_auth_token(d.pop("auth_token", UNSET))

        tunnel_view = cls(
            tunnel_key=tunnel_key,
            auth_mode=auth_mode,
            create_time_ms=create_time_ms,
            http_keep_alive=http_keep_alive,
            wake_on_http=wake_on_http,
            auth_token=auth_token,
        )

        return tunnel_view
