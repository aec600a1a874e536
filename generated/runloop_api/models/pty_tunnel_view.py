from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PtyTunnelView")


@_attrs_define
class PtyTunnelView:
    """
    Attributes:
        tunnel_key (str):
        auth_token (str):
    """

    tunnel_key: str
    auth_token: str

    def to_dict(self) -> dict[str, Any]:
        tunnel_key = self.tunnel_key

        auth_token = self.auth_token

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "tunnel_key": tunnel_key,
                "auth_token": auth_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tunnel_key = d.pop("tunnel_key")

        auth_token = d.pop("auth_token")

        pty_tunnel_view = cls(
            tunnel_key=tunnel_key,
            auth_token=auth_token,
        )

        return pty_tunnel_view
