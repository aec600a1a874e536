from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sandbox_iam_tokens import SandboxIamTokens


T = TypeVar("T", bound="SandboxIam")


@_attrs_define
class SandboxIam:
    """
    Attributes:
        tokens (SandboxIamTokens | Unset):
    """

    tokens: SandboxIamTokens | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tokens: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tokens, Unset):
            tokens = self.tokens.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tokens is not UNSET:
            field_dict["tokens"] = tokens

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sandbox_iam_tokens import SandboxIamTokens

        d = dict(src_dict)
        _tokens = d.pop("tokens", UNSET)
        tokens: SandboxIamTokens | Unset
        if isinstance(_tokens, Unset):
            tokens = UNSET
        else:
            tokens = SandboxIamTokens.from_dict(_tokens)

        sandbox_iam = cls(
            tokens=tokens,
        )

        sandbox_iam.additional_properties = d
        return sandbox_iam

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
