from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.agent_mount_type import AgentMountType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentMount")


@_attrs_define
class AgentMount:
    """
    Attributes:
        agent_id (None | str):
        agent_name (None | str):
        type_ (AgentMountType):  Default: AgentMountType.AGENT_MOUNT.
        agent_path (None | str | Unset):
        auth_token (None | str | Unset):
    """

    agent_id: None | str
    agent_name: None | str
    type_: AgentMountType = AgentMountType.AGENT_MOUNT
    agent_path: None | str | Unset = UNSET
    auth_token: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        agent_id: None | str
        agent_id = self.agent_id

        agent_name: None | str
        agent_name = self.agent_name

        type_ = self.type_.value

        agent_path: None | str | Unset
        if isinstance(self.agent_path, Unset):
            agent_path = UNSET
        else:
            agent_path = self.agent_path

        auth_token: None | str | Unset
        if isinstance(self.auth_token, Unset):
            auth_token = UNSET
        else:
            auth_token = self.auth_token

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "agent_id": agent_id,
                "agent_name": agent_name,
                "type": type_,
            }
        )
        if agent_path is not UNSET:
            field_dict["agent_path"] = agent_path
        if auth_token is not UNSET:
            field_dict["auth_token"] = auth_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_agent_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        agent_id = _parse_agent_id(d.pop("agent_id"))

        def _parse_agent_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        agent_name = _parse_agent_name(d.pop("agent_name"))

        type_ = AgentMountType(d.pop("type"))

        def _parse_agent_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_path = _parse_agent_path(d.pop("agent_path", UNSET))

        def _parse_auth_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auth_token = _parse_auth_token(d.pop("auth_token", UNSET))

        agent_mount = cls(
            agent_id=agent_id,
            agent_name=agent_name,
            type_=type_,
            agent_path=agent_path,
            auth_token=auth_token,
        )

        return agent_mount
