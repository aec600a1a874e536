from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_type_0 import McpType0
    from ..models.sandbox_auto_resume_config import SandboxAutoResumeConfig
    from ..models.sandbox_iam import SandboxIam
    from ..models.sandbox_network_config import SandboxNetworkConfig
    from ..models.sandbox_volume_mount import SandboxVolumeMount


T = TypeVar("T", bound="NewSandbox")


@_attrs_define
class NewSandbox:
    """
    Attributes:
        template_id (str):
        timeout (int | Unset):  Default: 15.
        auto_pause (bool | Unset):  Default: False.
        auto_pause_memory (bool | Unset):  Default: True.
        auto_resume (SandboxAutoResumeConfig | Unset):
        secure (bool | Unset):
        allow_internet_access (bool | Unset):
        network (SandboxNetworkConfig | Unset):
        metadata (Any | Unset):
        env_vars (Any | Unset):
        mcp (McpType0 | None | Unset):
        iam (SandboxIam | Unset):
        volume_mounts (list[SandboxVolumeMount] | Unset):
    """

    template_id: str
    timeout: int | Unset = 15
    auto_pause: bool | Unset = False
    auto_pause_memory: bool | Unset = True
    auto_resume: SandboxAutoResumeConfig | Unset = UNSET
    secure: bool | Unset = UNSET
    allow_internet_access: bool | Unset = UNSET
    network: SandboxNetworkConfig | Unset = UNSET
    metadata: Any | Unset = UNSET
    env_vars: Any | Unset = UNSET
    mcp: McpType0 | None | Unset = UNSET
    iam: SandboxIam | Unset = UNSET
    volume_mounts: list[SandboxVolumeMount] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.mcp_type_0 import McpType0

        template_id = self.template_id

        timeout = self.timeout

        auto_pause = self.auto_pause

        auto_pause_memory = self.auto_pause_memory

        auto_resume: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auto_resume, Unset):
            auto_resume = self.auto_resume.to_dict()

        secure = self.secure

        allow_internet_access = self.allow_internet_access

        network: dict[str, Any] | Unset = UNSET
        if not isinstance(self.network, Unset):
            network = self.network.to_dict()

        metadata = self.metadata

        env_vars = self.env_vars

        mcp: dict[str, Any] | None | Unset
        if isinstance(self.mcp, Unset):
            mcp = UNSET
        elif isinstance(self.mcp, McpType0):
            mcp = self.mcp.to_dict()
        else:
            mcp = self.mcp

        iam: dict[str, Any] | Unset = UNSET
        if not isinstance(self.iam, Unset):
            iam = self.iam.to_dict()

        volume_mounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.volume_mounts, Unset):
            volume_mounts = []
            for volume_mounts_item_data in self.volume_mounts:
                volume_mounts_item = volume_mounts_item_data.to_dict()
                volume_mounts.append(volume_mounts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "templateID": template_id,
            }
        )
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if auto_pause is not UNSET:
            field_dict["autoPause"] = auto_pause
        if auto_pause_memory is not UNSET:
            field_dict["autoPauseMemory"] = auto_pause_memory
        if auto_resume is not UNSET:
            field_dict["autoResume"] = auto_resume
        if secure is not UNSET:
            field_dict["secure"] = secure
        if allow_internet_access is not UNSET:
            field_dict["allow_internet_access"] = allow_internet_access
        if network is not UNSET:
            field_dict["network"] = network
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if env_vars is not UNSET:
            field_dict["envVars"] = env_vars
        if mcp is not UNSET:
            field_dict["mcp"] = mcp
        if iam is not UNSET:
            field_dict["iam"] = iam
        if volume_mounts is not UNSET:
            field_dict["volumeMounts"] = volume_mounts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mcp_type_0 import McpType0
        from ..models.sandbox_auto_resume_config import SandboxAutoResumeConfig
        from ..models.sandbox_iam import SandboxIam
        from ..models.sandbox_network_config import SandboxNetworkConfig
        from ..models.sandbox_volume_mount import SandboxVolumeMount

        d = dict(src_dict)
        template_id = d.pop("templateID")

        timeout = d.pop("timeout", UNSET)

        auto_pause = d.pop("autoPause", UNSET)

        auto_pause_memory = d.pop("autoPauseMemory", UNSET)

        _auto_resume = d.pop("autoResume", UNSET)
        auto_resume: SandboxAutoResumeConfig | Unset
        if isinstance(_auto_resume, Unset):
            auto_resume = UNSET
        else:
            auto_resume = SandboxAutoResumeConfig.from_dict(_auto_resume)

        secure = d.pop("secure", UNSET)

        allow_internet_access = d.pop("allow_internet_access", UNSET)

        _network = d.pop("network", UNSET)
        network: SandboxNetworkConfig | Unset
        if isinstance(_network, Unset):
            network = UNSET
        else:
            network = SandboxNetworkConfig.from_dict(_network)

        metadata = d.pop("metadata", UNSET)

        env_vars = d.pop("envVars", UNSET)

        def _parse_mcp(data: object) -> McpType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_mcp_type_0 = McpType0.from_dict(data)

                return componentsschemas_mcp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(McpType0 | None | Unset, data)

        mcp = _parse_mcp(d.pop("mcp", UNSET))

        _iam = d.pop("iam", UNSET)
        iam: SandboxIam | Unset
        if isinstance(_iam, Unset):
            iam = UNSET
        else:
            iam = SandboxIam.from_dict(_iam)

        _volume_mounts = d.pop("volumeMounts", UNSET)
        volume_mounts: list[SandboxVolumeMount] | Unset = UNSET
        if _volume_mounts is not UNSET:
            volume_mounts = []
            for volume_mounts_item_data in _volume_mounts:
                volume_mounts_item = SandboxVolumeMount.from_dict(
                    volume_mounts_item_data
                )

                volume_mounts.append(volume_mounts_item)

        new_sandbox = cls(
            template_id=template_id,
            timeout=timeout,
            auto_pause=auto_pause,
            auto_pause_memory=auto_pause_memory,
            auto_resume=auto_resume,
            secure=secure,
            allow_internet_access=allow_internet_access,
            network=network,
            metadata=metadata,
            env_vars=env_vars,
            mcp=mcp,
            iam=iam,
            volume_mounts=volume_mounts,
        )

        new_sandbox.additional_properties = d
        return new_sandbox

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
