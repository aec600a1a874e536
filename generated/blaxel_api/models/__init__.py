"""Contains all the data models used in inputs/outputs.

Each model is imported on first use (PEP 562): importing this package costs nothing, and an adapter
pays only for the models it touches. Type checkers see every name through the TYPE_CHECKING imports.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    from .preview_token import PreviewToken
    from .preview_token_metadata import PreviewTokenMetadata
    from .preview_token_spec import PreviewTokenSpec
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

_MODULES = {
    "CoreEvent": ".core_event",
    "EgressConfig": ".egress_config",
    "EgressPolicy": ".egress_policy",
    "Env": ".env",
    "Error": ".error",
    "ExpirationPolicy": ".expiration_policy",
    "ExpirationPolicyAction": ".expiration_policy_action",
    "ExpirationPolicyType": ".expiration_policy_type",
    "FirewallConfig": ".firewall_config",
    "ListSandboxesAnchor": ".list_sandboxes_anchor",
    "ListSandboxesSort": ".list_sandboxes_sort",
    "Metadata": ".metadata",
    "MetadataLabels": ".metadata_labels",
    "OwnerFields": ".owner_fields",
    "PaginationMeta": ".pagination_meta",
    "Port": ".port",
    "PortProtocol": ".port_protocol",
    "Preview": ".preview",
    "PreviewMetadata": ".preview_metadata",
    "PreviewSpec": ".preview_spec",
    "PreviewSpecRequestHeaders": ".preview_spec_request_headers",
    "PreviewSpecResponseHeaders": ".preview_spec_response_headers",
    "PreviewToken": ".preview_token",
    "PreviewTokenMetadata": ".preview_token_metadata",
    "PreviewTokenSpec": ".preview_token_spec",
    "ProxyConfig": ".proxy_config",
    "ProxyTarget": ".proxy_target",
    "ProxyTargetBody": ".proxy_target_body",
    "ProxyTargetHeaders": ".proxy_target_headers",
    "ProxyTargetSecrets": ".proxy_target_secrets",
    "Sandbox": ".sandbox",
    "SandboxError": ".sandbox_error",
    "SandboxErrorDetails": ".sandbox_error_details",
    "SandboxInfrastructureError": ".sandbox_infrastructure_error",
    "SandboxLifecycle": ".sandbox_lifecycle",
    "SandboxList": ".sandbox_list",
    "SandboxNetwork": ".sandbox_network",
    "SandboxRuntime": ".sandbox_runtime",
    "SandboxRuntimeExtraArgs": ".sandbox_runtime_extra_args",
    "SandboxSpec": ".sandbox_spec",
    "SandboxState": ".sandbox_state",
    "Status": ".status",
    "TimeFields": ".time_fields",
    "VolumeAttachment": ".volume_attachment",
    "VolumeAttachmentType": ".volume_attachment_type",
}

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
    "PreviewToken",
    "PreviewTokenMetadata",
    "PreviewTokenSpec",
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
