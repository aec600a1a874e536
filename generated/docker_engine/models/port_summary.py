from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.port_summary_type import PortSummaryType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PortSummary")


@_attrs_define
class PortSummary:
    """
    Attributes:
        private_port (int):
        type_ (PortSummaryType):
        ip (str | Unset):
        public_port (int | Unset):
    """

    private_port: int
    type_: PortSummaryType
    ip: str | Unset = UNSET
    public_port: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        private_port = self.private_port

        type_ = self.type_.value

        ip = self.ip

        public_port = self.public_port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "PrivatePort": private_port,
                "Type": type_,
            }
        )
        if ip is not UNSET:
            field_dict["IP"] = ip
        if public_port is not UNSET:
            field_dict["PublicPort"] = public_port

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        private_port = d.pop("PrivatePort")

        type_ = PortSummaryType(d.pop("Type"))

        ip = d.pop("IP", UNSET)

        public_port = d.pop("PublicPort", UNSET)

        port_summary = cls(
            private_port=private_port,
            type_=type_,
            ip=ip,
            public_port=public_port,
        )

        port_summary.additional_properties = d
        return port_summary

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
