"""Contains all the data models used in inputs/outputs"""

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
