from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sandbox_error_details import SandboxErrorDetails


T = TypeVar("T", bound="SandboxError")


@_attrs_define
class SandboxError:
    """
    Attributes:
        code (str):
        message (str):
        details (SandboxErrorDetails | Unset):
        sandbox_name (str | Unset):
        status_code (int | Unset):
        step (str | Unset):
        timestamp (str | Unset):
        workspace (str | Unset):
    """

    code: str
    message: str
    details: SandboxErrorDetails | Unset = UNSET
    sandbox_name: str | Unset = UNSET
    status_code: int | Unset = UNSET
    step: str | Unset = UNSET
    timestamp: str | Unset = UNSET
    workspace: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        sandbox_name = self.sandbox_name

        status_code = self.status_code

        step = self.step

        timestamp = self.timestamp

        workspace = self.workspace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details
        if sandbox_name is not UNSET:
            field_dict["sandbox_name"] = sandbox_name
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if step is not UNSET:
            field_dict["step"] = step
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if workspace is not UNSET:
            field_dict["workspace"] = workspace

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sandbox_error_details import SandboxErrorDetails

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        _details = d.pop("details", UNSET)
        details: SandboxErrorDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = SandboxErrorDetails.from_dict(_details)

        sandbox_name = d.pop("sandbox_name", UNSET)

        status_code = d.pop("status_code", UNSET)

        step = d.pop("step", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        workspace = d.pop("workspace", UNSET)

        sandbox_error = cls(
            code=code,
            message=message,
            details=details,
            sandbox_name=sandbox_name,
            status_code=status_code,
            step=step,
            timestamp=timestamp,
            workspace=workspace,
        )

        sandbox_error.additional_properties = d
        return sandbox_error

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
