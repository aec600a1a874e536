from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.expiration_policy import ExpirationPolicy


T = TypeVar("T", bound="SandboxLifecycle")


@_attrs_define
class SandboxLifecycle:
    """
    Attributes:
        expiration_policies (list[ExpirationPolicy] | Unset):
        terminated_retention (str | Unset):
    """

    expiration_policies: list[ExpirationPolicy] | Unset = UNSET
    terminated_retention: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expiration_policies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.expiration_policies, Unset):
            expiration_policies = []
            for expiration_policies_item_data in self.expiration_policies:
                expiration_policies_item = expiration_policies_item_data.to_dict()
                expiration_policies.append(expiration_policies_item)

        terminated_retention = self.terminated_retention

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expiration_policies is not UNSET:
            field_dict["expirationPolicies"] = expiration_policies
        if terminated_retention is not UNSET:
            field_dict["terminatedRetention"] = terminated_retention

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.expiration_policy import ExpirationPolicy

        d = dict(src_dict)
        _expiration_policies = d.pop("expirationPolicies", UNSET)
        expiration_policies: list[ExpirationPolicy] | Unset = UNSET
        if _expiration_policies is not UNSET:
            expiration_policies = []
            for expiration_policies_item_data in _expiration_policies:
                expiration_policies_item = ExpirationPolicy.from_dict(
                    expiration_policies_item_data
                )

                expiration_policies.append(expiration_policies_item)

        terminated_retention = d.pop("terminatedRetention", UNSET)

        sandbox_lifecycle = cls(
            expiration_policies=expiration_policies,
            terminated_retention=terminated_retention,
        )

        sandbox_lifecycle.additional_properties = d
        return sandbox_lifecycle

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
