from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="McpSpec")


@_attrs_define
class McpSpec:
    """
    Attributes:
        mcp_config (str):
        secret (str):
    """

    mcp_config: str
    secret: str

    def to_dict(self) -> dict[str, Any]:
        mcp_config = self.mcp_config

        secret = self.secret

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "mcp_config": mcp_config,
                "secret": secret,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mcp_config = d.pop("mcp_config")

        secret = d.pop("secret")

        mcp_spec = cls(
            mcp_config=mcp_config,
            secret=secret,
        )

        return mcp_spec
