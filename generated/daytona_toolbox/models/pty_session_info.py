from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pty_session_info_envs import PtySessionInfoEnvs


T = TypeVar("T", bound="PtySessionInfo")


@_attrs_define
class PtySessionInfo:
    """
    Attributes:
        active (bool):
        cols (int):
        created_at (str):
        cwd (str):
        envs (PtySessionInfoEnvs):
        id (str):
        lazy_start (bool):
        rows (int):
    """

    active: bool
    cols: int
    created_at: str
    cwd: str
    envs: PtySessionInfoEnvs
    id: str
    lazy_start: bool
    rows: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        cols = self.cols

        created_at = self.created_at

        cwd = self.cwd

        envs = self.envs.to_dict()

        id = self.id

        lazy_start = self.lazy_start

        rows = self.rows

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "cols": cols,
                "createdAt": created_at,
                "cwd": cwd,
                "envs": envs,
                "id": id,
                "lazyStart": lazy_start,
                "rows": rows,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pty_session_info_envs import PtySessionInfoEnvs

        d = dict(src_dict)
        active = d.pop("active")

        cols = d.pop("cols")

        created_at = d.pop("createdAt")

        cwd = d.pop("cwd")

        envs = PtySessionInfoEnvs.from_dict(d.pop("envs"))

        id = d.pop("id")

        lazy_start = d.pop("lazyStart")

        rows = d.pop("rows")

        pty_session_info = cls(
            active=active,
            cols=cols,
            created_at=created_at,
            cwd=cwd,
            envs=envs,
            id=id,
            lazy_start=lazy_start,
            rows=rows,
        )

        pty_session_info.additional_properties = d
        return pty_session_info

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
