from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="GatewaySpecView")


@_attrs_define
class GatewaySpecView:
    """
    Attributes:
        gateway_config_id (str):
        secret_id (str):
    """

    gateway_config_id: str
    secret_id: str

    def to_dict(self) -> dict[str, Any]:
        gateway_config_id = self.gateway_config_id

        secret_id = self.secret_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "gateway_config_id": gateway_config_id,
                "secret_id": secret_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        gateway_config_id = d.pop("gateway_config_id")

        secret_id = d.pop("secret_id")

        gateway_spec_view = cls(
            gateway_config_id=gateway_config_id,
            secret_id=secret_id,
        )

        return gateway_spec_view
