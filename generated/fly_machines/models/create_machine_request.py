from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fly_machine_config import FlyMachineConfig


T = TypeVar("T", bound="CreateMachineRequest")


@_attrs_define
class CreateMachineRequest:
    """
    Attributes:
        config (FlyMachineConfig | Unset):
        lease_ttl (int | Unset):
        min_secrets_version (int | Unset):
        name (str | Unset):
        region (str | Unset):
        skip_launch (bool | Unset):
        skip_secrets (bool | Unset):
        skip_service_registration (bool | Unset):
    """

    config: FlyMachineConfig | Unset = UNSET
    lease_ttl: int | Unset = UNSET
    min_secrets_version: int | Unset = UNSET
    name: str | Unset = UNSET
    region: str | Unset = UNSET
    skip_launch: bool | Unset = UNSET
    skip_secrets: bool | Unset = UNSET
    skip_service_registration: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        lease_ttl = self.lease_ttl

        min_secrets_version = self.min_secrets_version

        name = self.name

        region = self.region

        skip_launch = self.skip_launch

        skip_secrets = self.skip_secrets

        skip_service_registration = self.skip_service_registration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config is not UNSET:
            field_dict["config"] = config
        if lease_ttl is not UNSET:
            field_dict["lease_ttl"] = lease_ttl
        if min_secrets_version is not UNSET:
            field_dict["min_secrets_version"] = min_secrets_version
        if name is not UNSET:
            field_dict["name"] = name
        if region is not UNSET:
            field_dict["region"] = region
        if skip_launch is not UNSET:
            field_dict["skip_launch"] = skip_launch
        if skip_secrets is not UNSET:
            field_dict["skip_secrets"] = skip_secrets
        if skip_service_registration is not UNSET:
            field_dict["skip_service_registration"] = skip_service_registration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.fly_machine_config import FlyMachineConfig

        d = dict(src_dict)
        _config = d.pop("config", UNSET)
        config: FlyMachineConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = FlyMachineConfig.from_dict(_config)

        lease_ttl = d.pop("lease_ttl", UNSET)

        min_secrets_version = d.pop("min_secrets_version", UNSET)

        name = d.pop("name", UNSET)

        region = d.pop("region", UNSET)

        skip_launch = d.pop("skip_launch", UNSET)

        skip_secrets = d.pop("skip_secrets", UNSET)

        skip_service_registration = d.pop("skip_service_registration", UNSET)

        create_machine_request = cls(
            config=config,
            lease_ttl=lease_ttl,
            min_secrets_version=min_secrets_version,
            name=name,
            region=region,
            skip_launch=skip_launch,
            skip_secrets=skip_secrets,
            skip_service_registration=skip_service_registration,
        )

        create_machine_request.additional_properties = d
        return create_machine_request

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
