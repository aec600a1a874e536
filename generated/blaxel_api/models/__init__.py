"""Contains all the data models used in inputs/outputs"""

from .core_event import CoreEvent
from .egress_config import EgressConfig
from .egress_policy import EgressPolicy
from .env import Env
from .error import Error
from .expiration_policy import ExpirationPolicy
from .expiration_policy_action import ExpirationPolicyAction
from .expiration_policy_type import ExpirationPolicyType
from .firewall_config import FirewallConfig
from .list_sandboxes_anchor import ListSandboxesAnchor
from .list_sandboxes_sort import ListSandboxesSort
from .metadata import Metadata
from .metadata_labels import MetadataLabels
from .owner_fields import OwnerFields
from .pagination_meta import PaginationMeta
from .port import Port
from .port_protocol import PortProtocol
from .preview import Preview
from .preview_metadata import PreviewMetadata
from .preview_spec import PreviewSpec
from .preview_spec_request_headers import PreviewSpecRequestHeaders
from .preview_spec_response_headers import PreviewSpecResponseHeaders
from .proxy_config import ProxyConfig
from .proxy_target import ProxyTarget
from .proxy_target_body import ProxyTargetBody
from .proxy_target_headers import ProxyTargetHeaders
from .proxy_target_secrets import ProxyTargetSecrets
from .sandbox import Sandbox
from .sandbox_error import SandboxError
from .sandbox_error_details import SandboxErrorDetails
from .sandbox_infrastructure_error import SandboxInfrastructureError
from .sandbox_lifecycle import SandboxLifecycle
from .sandbox_list import SandboxList
from .sandbox_network import SandboxNetwork
from .sandbox_runtime import SandboxRuntime
from .sandbox_runtime_extra_args import SandboxRuntimeExtraArgs
from .sandbox_spec import SandboxSpec
from .sandbox_state import SandboxState
from .status import Status
from .time_fields import TimeFields
from .volume_attachment import VolumeAttachment
from .volume_attachment_type import VolumeAttachmentType

__all__ = (
    "CoreEvent",
    "EgressConfig",
    "EgressPolicy",
    "Env",
    "Error",
    "ExpirationPolicy",
    "ExpirationPolicyAction",
    "ExpirationPolicyType",
    "FirewallConfig",
    "ListSandboxesAnchor",
    "ListSandboxesSort",
    "Metadata",
    "MetadataLabels",
    "OwnerFields",
    "PaginationMeta",
    "Port",
    "PortProtocol",
    "Preview",
    "PreviewMetadata",
    "PreviewSpec",
    "PreviewSpecRequestHeaders",
    "PreviewSpecResponseHeaders",
    "ProxyConfig",
    "ProxyTarget",
    "ProxyTargetBody",
    "ProxyTargetHeaders",
    "ProxyTargetSecrets",
    "Sandbox",
    "SandboxError",
    "SandboxErrorDetails",
    "SandboxInfrastructureError",
    "SandboxLifecycle",
    "SandboxList",
    "SandboxNetwork",
    "SandboxRuntime",
    "SandboxRuntimeExtraArgs",
    "SandboxSpec",
    "SandboxState",
    "Status",
    "TimeFields",
    "VolumeAttachment",
    "VolumeAttachmentType",
)
