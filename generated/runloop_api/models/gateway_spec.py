from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="GatewaySpec")


@_attrs_define
class GatewaySpec:
    """
    Attributes:
        gateway (str):
        secret (str):
    """

    gateway: str
    secret: str

    def to_dict(self) -> dict[str, Any]:
        gateway = self.gateway

        secret = self.secret

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "gateway": gateway,
                "secret": secret,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        gateway = d.pop("gateway")

        secret = d.pop("secret")

        gateway_spec = cls(
            gateway=gateway,
            secret=secret,
        )

        return gateway_spec
