from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DevboxSendStdInResult")


@_attrs_define
class DevboxSendStdInResult:
    """
    Attributes:
        devbox_id (str):
        execution_id (str):
        success (bool):
    """

    devbox_id: str
    execution_id: str
    success: bool

    def to_dict(self) -> dict[str, Any]:
        devbox_id = self.devbox_id

        execution_id = self.execution_id

        success = self.success

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "devbox_id": devbox_id,
                "execution_id": execution_id,
                "success": success,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        devbox_id = d.pop("devbox_id")

        execution_id = d.pop("execution_id")

        success = d.pop("success")

        devbox_send_std_in_result = cls(
            devbox_id=devbox_id,
            execution_id=execution_id,
            success=success,
        )

        return devbox_send_std_in_result
