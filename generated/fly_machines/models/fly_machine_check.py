from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fly_machine_check_kind import FlyMachineCheckKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fly_machine_http_header import FlyMachineHTTPHeader


T = TypeVar("T", bound="FlyMachineCheck")


@_attrs_define
class FlyMachineCheck:
    """
    Attributes:
        grace_period (str | Unset):
        headers (list[FlyMachineHTTPHeader] | Unset):
        interval (str | Unset):
        kind (FlyMachineCheckKind | Unset):
        method (str | Unset):
        path (str | Unset):
        port (int | Unset):
        protocol (str | Unset):
        timeout (str | Unset):
        tls_server_name (str | Unset):
        tls_skip_verify (bool | Unset):
        type_ (str | Unset):
    """

    grace_period: str | Unset = UNSET
    headers: list[FlyMachineHTTPHeader] | Unset = UNSET
    interval: str | Unset = UNSET
    kind: FlyMachineCheckKind | Unset = UNSET
    method: str | Unset = UNSET
    path: str | Unset = UNSET
    port: int | Unset = UNSET
    protocol: str | Unset = UNSET
    timeout: str | Unset = UNSET
    tls_server_name: str | Unset = UNSET
    tls_skip_verify: bool | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grace_period = self.grace_period

        headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = []
            for headers_item_data in self.headers:
                headers_item = headers_item_data.to_dict()
                headers.append(headers_item)

        interval = self.interval

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        method = self.method

        path = self.path

        port = self.port

        protocol = self.protocol

        timeout = self.timeout

        tls_server_name = self.tls_server_name

        tls_skip_verify = self.tls_skip_verify

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if grace_period is not UNSET:
            field_dict["grace_period"] = grace_period
        if headers is not UNSET:
            field_dict["headers"] = headers
        if interval is not UNSET:
            field_dict["interval"] = interval
        if kind is not UNSET:
            field_dict["kind"] = kind
        if method is not UNSET:
            field_dict["method"] = method
        if path is not UNSET:
            field_dict["path"] = path
        if port is not UNSET:
            field_dict["port"] = port
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if tls_server_name is not UNSET:
            field_dict["tls_server_name"] = tls_server_name
        if tls_skip_verify is not UNSET:
            field_dict["tls_skip_verify"] = tls_skip_verify
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.fly_machine_http_header import FlyMachineHTTPHeader

        d = dict(src_dict)
        grace_period = d.pop("grace_period", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: list[FlyMachineHTTPHeader] | Unset = UNSET
        if _headers is not UNSET:
            headers = []
            for headers_item_data in _headers:
                headers_item = FlyMachineHTTPHeader.from_dict(headers_item_data)

                headers.append(headers_item)

        interval = d.pop("interval", UNSET)

        _kind = d.pop("kind", UNSET)
        kind: FlyMachineCheckKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = FlyMachineCheckKind(_kind)

        method = d.pop("method", UNSET)

        path = d.pop("path", UNSET)

        port = d.pop("port", UNSET)

        protocol = d.pop("protocol", UNSET)

        timeout = d.pop("timeout", UNSET)

        tls_server_name = d.pop("tls_server_name", UNSET)

        tls_skip_verify = d.pop("tls_skip_verify", UNSET)

        type_ = d.pop("type", UNSET)

        fly_machine_check = cls(
            grace_period=grace_period,
            headers=headers,
            interval=interval,
            kind=kind,
            method=method,
            path=path,
            port=port,
            protocol=protocol,
            timeout=timeout,
            tls_server_name=tls_server_name,
            tls_skip_verify=tls_skip_verify,
            type_=type_,
        )

        fly_machine_check.additional_properties = d
        return fly_machine_check

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
