from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pty_create_request_envs import PtyCreateRequestEnvs


T = TypeVar("T", bound="PtyCreateRequest")


@_attrs_define
class PtyCreateRequest:
    """
    Attributes:
        cols (int | Unset):
        cwd (str | Unset):
        envs (PtyCreateRequestEnvs | Unset):
        id (str | Unset):
        lazy_start (bool | Unset):
        rows (int | Unset):
    """

    cols: int | Unset = UNSET
    cwd: str | Unset = UNSET
    envs: PtyCreateRequestEnvs | Unset = UNSET
    id: str | Unset = UNSET
    lazy_start: bool | Unset = UNSET
    rows: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cols = self.cols

        cwd = self.cwd

        envs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.envs, Unset):
            envs = self.envs.to_dict()

        id = self.id

        lazy_start = self.lazy_start

        rows = self.rows

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cols is not UNSET:
            field_dict["cols"] = cols
        if cwd is not UNSET:
            field_dict["cwd"] = cwd
        if envs is not UNSET:
            field_dict["envs"] = envs
        if id is not UNSET:
            field_dict["id"] = id
        if lazy_start is not UNSET:
            field_dict["lazyStart"] = lazy_start
        if rows is not UNSET:
            field_dict["rows"] = rows

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pty_create_request_envs import PtyCreateRequestEnvs

        d = dict(src_dict)
        cols = d.pop("cols", UNSET)

        cwd = d.pop("cwd", UNSET)

        _envs = d.pop("envs", UNSET)
        envs: PtyCreateRequestEnvs | Unset
        if isinstance(_envs, Unset):
            envs = UNSET
        else:
            envs = PtyCreateRequestEnvs.from_dict(_envs)

        id = d.pop("id", UNSET)

        lazy_start = d.pop("lazyStart", UNSET)

        rows = d.pop("rows", UNSET)

        pty_create_request = cls(
            cols=cols,
            cwd=cwd,
            envs=envs,
            id=id,
            lazy_start=lazy_start,
            rows=rows,
        )

        pty_create_request.additional_properties = d
        return pty_create_request

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
