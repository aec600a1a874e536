from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="UserParameters")


@_attrs_define
class UserParameters:
    """
    Attributes:
        username (str):
        uid (int):
    """

    username: str
    uid: int

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        uid = self.uid

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "username": username,
                "uid": uid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        username = d.pop("username")

        uid = d.pop("uid")

        user_parameters = cls(
            username=username,
            uid=uid,
        )

        return user_parameters
