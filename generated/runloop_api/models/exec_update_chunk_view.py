from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExecUpdateChunkView")


@_attrs_define
class ExecUpdateChunkView:
    """
    Attributes:
        output (str):
        offset (int | Unset):
    """

    output: str
    offset: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        output = self.output

        offset = self.offset

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "output": output,
            }
        )
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        output = d.pop("output")

        offset = d.pop("offset", UNSET)

        exec_update_chunk_view = cls(
            output=output,
            offset=offset,
        )

        return exec_update_chunk_view
