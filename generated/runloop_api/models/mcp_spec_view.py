from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="McpSpecView")


@_attrs_define
class McpSpecView:
    """
    Attributes:
        mcp_config_id (str):
        secret_id (str):
    """

    mcp_config_id: str
    secret_id: str

    def to_dict(self) -> dict[str, Any]:
        mcp_config_id = self.mcp_config_id

        secret_id = self.secret_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "mcp_config_id": mcp_config_id,
                "secret_id": secret_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mcp_config_id = d.pop("mcp_config_id")

        secret_id = d.pop("secret_id")

        mcp_spec_view = cls(
            mcp_config_id=mcp_config_id,
            secret_id=secret_id,
        )

        return mcp_spec_view
