"""Contains all the data models used in inputs/outputs.

Each model is imported on first use (PEP 562): importing this package costs nothing, and an adapter
pays only for the models it touches. Type checkers see every name through the TYPE_CHECKING imports.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .connect_sandbox import ConnectSandbox
    from .error import Error
    from .listed_sandbox import ListedSandbox
    from .mcp_type_0 import McpType0
    from .new_sandbox import NewSandbox
    from .order_direction import OrderDirection
    from .resumed_sandbox import ResumedSandbox
    from .sandbox import Sandbox
    from .sandbox_auto_resume_config import SandboxAutoResumeConfig
    from .sandbox_detail import SandboxDetail
    from .sandbox_egress_proxy_config_type_0 import SandboxEgressProxyConfigType0
    from .sandbox_iam import SandboxIam
    from .sandbox_iam_token import SandboxIamToken
    from .sandbox_iam_tokens import SandboxIamTokens
    from .sandbox_lifecycle import SandboxLifecycle
    from .sandbox_network_config import SandboxNetworkConfig
    from .sandbox_network_config_rules import SandboxNetworkConfigRules
    from .sandbox_network_rule import SandboxNetworkRule
    from .sandbox_network_transform import SandboxNetworkTransform
    from .sandbox_network_transform_headers import SandboxNetworkTransformHeaders
    from .sandbox_on_timeout import SandboxOnTimeout
    from .sandbox_pause_request import SandboxPauseRequest
    from .sandbox_refresh_request import SandboxRefreshRequest
    from .sandbox_state import SandboxState
    from .sandbox_timeout_request import SandboxTimeoutRequest
    from .sandbox_volume_mount import SandboxVolumeMount

_MODULES = {
    "ConnectSandbox": ".connect_sandbox",
    "Error": ".error",
    "ListedSandbox": ".listed_sandbox",
    "McpType0": ".mcp_type_0",
    "NewSandbox": ".new_sandbox",
    "OrderDirection": ".order_direction",
    "ResumedSandbox": ".resumed_sandbox",
    "Sandbox": ".sandbox",
    "SandboxAutoResumeConfig": ".sandbox_auto_resume_config",
    "SandboxDetail": ".sandbox_detail",
    "SandboxEgressProxyConfigType0": ".sandbox_egress_proxy_config_type_0",
    "SandboxIam": ".sandbox_iam",
    "SandboxIamToken": ".sandbox_iam_token",
    "SandboxIamTokens": ".sandbox_iam_tokens",
    "SandboxLifecycle": ".sandbox_lifecycle",
    "SandboxNetworkConfig": ".sandbox_network_config",
    "SandboxNetworkConfigRules": ".sandbox_network_config_rules",
    "SandboxNetworkRule": ".sandbox_network_rule",
    "SandboxNetworkTransform": ".sandbox_network_transform",
    "SandboxNetworkTransformHeaders": ".sandbox_network_transform_headers",
    "SandboxOnTimeout": ".sandbox_on_timeout",
    "SandboxPauseRequest": ".sandbox_pause_request",
    "SandboxRefreshRequest": ".sandbox_refresh_request",
    "SandboxState": ".sandbox_state",
    "SandboxTimeoutRequest": ".sandbox_timeout_request",
    "SandboxVolumeMount": ".sandbox_volume_mount",
}

__all__ = (
    "ConnectSandbox",
    "Error",
    "ListedSandbox",
    "McpType0",
    "NewSandbox",
    "OrderDirection",
    "ResumedSandbox",
    "Sandbox",
    "SandboxAutoResumeConfig",
    "SandboxDetail",
    "SandboxEgressProxyConfigType0",
    "SandboxIam",
    "SandboxIamToken",
    "SandboxIamTokens",
    "SandboxLifecycle",
    "SandboxNetworkConfig",
    "SandboxNetworkConfigRules",
    "SandboxNetworkRule",
    "SandboxNetworkTransform",
    "SandboxNetworkTransformHeaders",
    "SandboxOnTimeout",
    "SandboxPauseRequest",
    "SandboxRefreshRequest",
    "SandboxState",
    "SandboxTimeoutRequest",
    "SandboxVolumeMount",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])
