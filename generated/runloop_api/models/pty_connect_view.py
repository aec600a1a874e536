from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PtyConnectView")


@_attrs_define
class PtyConnectView:
    """
    Attributes:
        created (bool):
        attached (bool):
        session_name (str | Unset):
        status (str | Unset):
        protocol_version (str | Unset):
        connect_url (str | Unset):
        cols (int | Unset):
        rows (int | Unset):
        idle_ttl_seconds (int | Unset):
    """

    created: bool
    attached: bool
    session_name: str | Unset = UNSET
    status: str | Unset = UNSET
    protocol_version: str | Unset = UNSET
    connect_url: str | Unset = UNSET
    cols: int | Unset = UNSET
    rows: int | Unset = UNSET
    idle_ttl_seconds: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        created = self.created

        attached = self.attached

        session_name = self.session_name

        status = self.status

        protocol_version = self.protocol_version

        connect_url = self.connect_url

        cols = self.cols

        rows = self.rows

        idle_ttl_seconds = self.idle_ttl_seconds

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created": created,
                "attached": attached,
            }
        )
        if session_name is not UNSET:
            field_dict["session_name"] = session_name
        if status is not UNSET:
            field_dict["status"] = status
        if protocol_version is not UNSET:
            field_dict["protocol_version"] = protocol_version
        if connect_url is not UNSET:
            field_dict["connect_url"] = connect_url
        if cols is not UNSET:
            field_dict["cols"] = cols
        if rows is not UNSET:
            field_dict["rows"] = rows
        if idle_ttl_seconds is not UNSET:
            field_dict["idle_ttl_seconds"] = idle_ttl_seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created = d.pop("created")

        attached = d.pop("attached")

        session_name = d.pop("session_name", UNSET)

        status = d.pop("status", UNSET)

        protocol_version = d.pop("protocol_version", UNSET)

        connect_url = d.pop("connect_url", UNSET)

        cols = d.pop("cols", UNSET)

        rows = d.pop("rows", UNSET)

        idle_ttl_seconds = d.pop("idle_ttl_seconds", UNSET)

        pty_connect_view = cls(
            created=created,
            attached=attached,
            session_name=session_name,
            status=status,
            protocol_version=protocol_version,
            connect_url=connect_url,
            cols=cols,
            rows=rows,
            idle_ttl_seconds=idle_ttl_seconds,
        )

        return pty_connect_view
