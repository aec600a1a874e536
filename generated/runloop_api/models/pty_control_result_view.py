from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PtyControlResultView")


@_attrs_define
class PtyControlResultView:
    """
    Attributes:
        session_name (str | Unset):
        status (str | Unset):
    """

    session_name: str | Unset = UNSET
    status: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        session_name = self.session_name

        status = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if session_name is not UNSET:
            field_dict["session_name"] = session_name
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        session_name = d.pop("session_name", UNSET)

        status = d.pop("status", UNSET)

        pty_control_result_view = cls(
            session_name=session_name,
            status=status,
        )

        return pty_control_result_view
