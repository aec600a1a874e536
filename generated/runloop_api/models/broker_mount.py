from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.broker_mount_protocol import BrokerMountProtocol
from ..models.broker_mount_type import BrokerMountType
from ..types import UNSET, Unset

T = TypeVar("T", bound="BrokerMount")


@_attrs_define
class BrokerMount:
    """
    Attributes:
        axon_id (str):
        type_ (BrokerMountType):  Default: BrokerMountType.BROKER_MOUNT.
        protocol (BrokerMountProtocol | Unset):
        agent_binary (None | str | Unset):
        working_directory (None | str | Unset):
        launch_args (list[str] | None | Unset):
    """

    axon_id: str
    type_: BrokerMountType = BrokerMountType.BROKER_MOUNT
    protocol: BrokerMountProtocol | Unset = UNSET
    agent_binary: None | str | Unset = UNSET
    working_directory: None | str | Unset = UNSET
    launch_args: list[str] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        axon_id = self.axon_id

        type_ = self.type_.value

        protocol: str | Unset = UNSET
        if not isinstance(self.protocol, Unset):
            protocol = self.protocol.value

        agent_binary: None | str | Unset
        if isinstance(self.agent_binary, Unset):
            agent_binary = UNSET
        else:
            agent_binary = self.agent_binary

        working_directory: None | str | Unset
        if isinstance(self.working_directory, Unset):
            working_directory = UNSET
        else:
            working_directory = self.working_directory

        launch_args: list[str] | None | Unset
        if isinstance(self.launch_args, Unset):
            launch_args = UNSET
        elif isinstance(self.launch_args, list):
            launch_args = self.launch_args

        else:
            launch_args = self.launch_args

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "axon_id": axon_id,
                "type": type_,
            }
        )
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
        if agent_binary is not UNSET:
            field_dict["agent_binary"] = agent_binary
        if working_directory is not UNSET:
            field_dict["working_directory"] = working_directory
        if launch_args is not UNSET:
            field_dict["launch_args"] = launch_args

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        axon_id = d.pop("axon_id")

        type_ = BrokerMountType(d.pop("type"))

        _protocol = d.pop("protocol", UNSET)
        protocol: BrokerMountProtocol | Unset
        if isinstance(_protocol, Unset):
            protocol = UNSET
        else:
            protocol = BrokerMountProtocol(_protocol)

        def _parse_agent_binary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_binary = _parse_agent_binary(d.pop("agent_binary", UNSET))

        def _parse_working_directory(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        working_directory = _parse_working_directory(d.pop("working_directory", UNSET))

        def _parse_launch_args(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                launch_args_type_0 = cast(list[str], data)

                return launch_args_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        launch_args = _parse_launch_args(d.pop("launch_args", UNSET))

        broker_mount = cls(
            axon_id=axon_id,
            type_=type_,
            protocol=protocol,
            agent_binary=agent_binary,
            working_directory=working_directory,
            launch_args=launch_args,
        )

        return broker_mount
