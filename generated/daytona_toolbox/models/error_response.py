from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.daemon_error_code import DaemonErrorCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """
    Attributes:
        message (str):
        path (str):
        status_code (int):
        timestamp (str):
        code (DaemonErrorCode | Unset):
        method (str | Unset):
        source (str | Unset):
    """

    message: str
    path: str
    status_code: int
    timestamp: str
    code: DaemonErrorCode | Unset = UNSET
    method: str | Unset = UNSET
    source: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        path = self.path

        status_code = self.status_code

        timestamp = self.timestamp

        code: str | Unset = UNSET
        if not isinstance(self.code, Unset):
            code = self.code.value

        method = self.method

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "path": path,
                "statusCode": status_code,
                "timestamp": timestamp,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if method is not UNSET:
            field_dict["method"] = method
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        message = d.pop("message")

        path = d.pop("path")

        status_code = d.pop("statusCode")

        timestamp = d.pop("timestamp")

        _code = d.pop("code", UNSET)
        code: DaemonErrorCode | Unset
        if isinstance(_code, Unset):
            code = UNSET
        else:
            code = DaemonErrorCode(_code)

        method = d.pop("method", UNSET)

        source = d.pop("source", UNSET)

        error_response = cls(
            message=message,
            path=path,
            status_code=status_code,
            timestamp=timestamp,
            code=code,
            method=method,
            source=source,
        )

        error_response.additional_properties = d
        return error_response

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
