from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.egress_config import EgressConfig
    from ..models.firewall_config import FirewallConfig
    from ..models.proxy_config import ProxyConfig


T = TypeVar("T", bound="SandboxNetwork")


@_attrs_define
class SandboxNetwork:
    """
    Attributes:
        allowed_domains (list[str] | Unset):
        egress (EgressConfig | Unset):
        firewall (FirewallConfig | Unset):
        forbidden_domains (list[str] | Unset):
        proxy (ProxyConfig | Unset):
        subnet (str | Unset):
    """

    allowed_domains: list[str] | Unset = UNSET
    egress: EgressConfig | Unset = UNSET
    firewall: FirewallConfig | Unset = UNSET
    forbidden_domains: list[str] | Unset = UNSET
    proxy: ProxyConfig | Unset = UNSET
    subnet: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_domains: list[str] | Unset = UNSET
        if not isinstance(self.allowed_domains, Unset):
            allowed_domains = self.allowed_domains

        egress: dict[str, Any] | Unset = UNSET
        if not isinstance(self.egress, Unset):
            egress = self.egress.to_dict()

        firewall: dict[str, Any] | Unset = UNSET
        if not isinstance(self.firewall, Unset):
            firewall = self.firewall.to_dict()

        forbidden_domains: list[str] | Unset = UNSET
        if not isinstance(self.forbidden_domains, Unset):
            forbidden_domains = self.forbidden_domains

        proxy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.proxy, Unset):
            proxy = self.proxy.to_dict()

        subnet = self.subnet

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allowed_domains is not UNSET:
            field_dict["allowedDomains"] = allowed_domains
        if egress is not UNSET:
            field_dict["egress"] = egress
        if firewall is not UNSET:
            field_dict["firewall"] = firewall
        if forbidden_domains is not UNSET:
            field_dict["forbiddenDomains"] = forbidden_domains
        if proxy is not UNSET:
            field_dict["proxy"] = proxy
        if subnet is not UNSET:
            field_dict["subnet"] = subnet

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.egress_config import EgressConfig
        from ..models.firewall_config import FirewallConfig
        from ..models.proxy_config import ProxyConfig

        d = dict(src_dict)
        allowed_domains = cast(list[str], d.pop("allowedDomains", UNSET))

        _egress = d.pop("egress", UNSET)
        egress: EgressConfig | Unset
        if isinstance(_egress, Unset):
            egress = UNSET
        else:
            egress = EgressConfig.from_dict(_egress)

        _firewall = d.pop("firewall", UNSET)
        firewall: FirewallConfig | Unset
        if isinstance(_firewall, Unset):
            firewall = UNSET
        else:
            firewall = FirewallConfig.from_dict(_firewall)

        forbidden_domains = cast(list[str], d.pop("forbiddenDomains", UNSET))

        _proxy = d.pop("proxy", UNSET)
        proxy: ProxyConfig | Unset
        if isinstance(_proxy, Unset):
            proxy = UNSET
        else:
            proxy = ProxyConfig.from_dict(_proxy)

        subnet = d.pop("subnet", UNSET)

        sandbox_network = cls(
            allowed_domains=allowed_domains,
            egress=egress,
            firewall=firewall,
            forbidden_domains=forbidden_domains,
            proxy=proxy,
            subnet=subnet,
        )

        sandbox_network.additional_properties = d
        return sandbox_network

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
