"""Contains all the data models used in inputs/outputs.

Each model is imported on first use (PEP 562): importing this package costs nothing, and an adapter
pays only for the models it touches. Type checkers see every name through the TYPE_CHECKING imports.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .agent_mount import AgentMount
    from .agent_mount_type import AgentMountType
    from .architecture import Architecture
    from .broker_mount import BrokerMount
    from .broker_mount_protocol import BrokerMountProtocol
    from .broker_mount_type import BrokerMountType
    from .code_mount import CodeMount
    from .code_mount_parameters import CodeMountParameters
    from .code_mount_type import CodeMountType
    from .devbox_async_execution_detail_view import DevboxAsyncExecutionDetailView
    from .devbox_capabilities import DevboxCapabilities
    from .devbox_create_execution_parameters import DevboxCreateExecutionParameters
    from .devbox_create_parameters import DevboxCreateParameters
    from .devbox_create_parameters_environment_variables_type_0 import (
        DevboxCreateParametersEnvironmentVariablesType0,
    )
    from .devbox_create_parameters_file_mounts_type_0 import (
        DevboxCreateParametersFileMountsType0,
    )
    from .devbox_create_parameters_gateways_type_0 import (
        DevboxCreateParametersGatewaysType0,
    )
    from .devbox_create_parameters_mcp_type_0 import DevboxCreateParametersMcpType0
    from .devbox_create_parameters_metadata_type_0 import (
        DevboxCreateParametersMetadataType0,
    )
    from .devbox_create_parameters_secrets_type_0 import (
        DevboxCreateParametersSecretsType0,
    )
    from .devbox_download_file_parameters import DevboxDownloadFileParameters
    from .devbox_execution_status import DevboxExecutionStatus
    from .devbox_kill_execution_request import DevboxKillExecutionRequest
    from .devbox_list_view import DevboxListView
    from .devbox_send_std_in_request import DevboxSendStdInRequest
    from .devbox_send_std_in_result import DevboxSendStdInResult
    from .devbox_start_execution_parameters import DevboxStartExecutionParameters
    from .devbox_state_transition import DevboxStateTransition
    from .devbox_view import DevboxView
    from .devbox_view_failure_reason import DevboxViewFailureReason
    from .devbox_view_gateway_specs_type_0 import DevboxViewGatewaySpecsType0
    from .devbox_view_mcp_specs_type_0 import DevboxViewMcpSpecsType0
    from .devbox_view_metadata import DevboxViewMetadata
    from .devbox_view_shutdown_reason import DevboxViewShutdownReason
    from .devbox_view_status import DevboxViewStatus
    from .devbox_wait_for_command_request import DevboxWaitForCommandRequest
    from .devbox_wait_for_status_request import DevboxWaitForStatusRequest
    from .empty_record import EmptyRecord
    from .exec_update_chunk_view import ExecUpdateChunkView
    from .file_mount import FileMount
    from .file_mount_type import FileMountType
    from .file_upload import FileUpload
    from .gateway_spec import GatewaySpec
    from .gateway_spec_view import GatewaySpecView
    from .idle_action import IdleAction
    from .idle_configuration_parameters import IdleConfigurationParameters
    from .initiator_type import InitiatorType
    from .launch_parameters import LaunchParameters
    from .lifecycle_configuration_parameters import LifecycleConfigurationParameters
    from .mcp_spec import McpSpec
    from .mcp_spec_view import McpSpecView
    from .number import Number
    from .object_mount import ObjectMount
    from .object_mount_type import ObjectMountType
    from .pty_connect_view import PtyConnectView
    from .pty_control_action import PtyControlAction
    from .pty_control_parameters import PtyControlParameters
    from .pty_control_result_view import PtyControlResultView
    from .pty_tunnel_view import PtyTunnelView
    from .resource_size import ResourceSize
    from .resume_triggers import ResumeTriggers
    from .signal_type import SignalType
    from .tunnel_auth_mode import TunnelAuthMode
    from .tunnel_auth_mode_view import TunnelAuthModeView
    from .tunnel_config import TunnelConfig
    from .tunnel_view import TunnelView
    from .user_parameters import UserParameters

_MODULES = {
    "AgentMount": ".agent_mount",
    "AgentMountType": ".agent_mount_type",
    "Architecture": ".architecture",
    "BrokerMount": ".broker_mount",
    "BrokerMountProtocol": ".broker_mount_protocol",
    "BrokerMountType": ".broker_mount_type",
    "CodeMount": ".code_mount",
    "CodeMountParameters": ".code_mount_parameters",
    "CodeMountType": ".code_mount_type",
    "DevboxAsyncExecutionDetailView": ".devbox_async_execution_detail_view",
    "DevboxCapabilities": ".devbox_capabilities",
    "DevboxCreateExecutionParameters": ".devbox_create_execution_parameters",
    "DevboxCreateParameters": ".devbox_create_parameters",
    "DevboxCreateParametersEnvironmentVariablesType0": ".devbox_create_parameters_environment_variables_type_0",
    "DevboxCreateParametersFileMountsType0": ".devbox_create_parameters_file_mounts_type_0",
    "DevboxCreateParametersGatewaysType0": ".devbox_create_parameters_gateways_type_0",
    "DevboxCreateParametersMcpType0": ".devbox_create_parameters_mcp_type_0",
    "DevboxCreateParametersMetadataType0": ".devbox_create_parameters_metadata_type_0",
    "DevboxCreateParametersSecretsType0": ".devbox_create_parameters_secrets_type_0",
    "DevboxDownloadFileParameters": ".devbox_download_file_parameters",
    "DevboxExecutionStatus": ".devbox_execution_status",
    "DevboxKillExecutionRequest": ".devbox_kill_execution_request",
    "DevboxListView": ".devbox_list_view",
    "DevboxSendStdInRequest": ".devbox_send_std_in_request",
    "DevboxSendStdInResult": ".devbox_send_std_in_result",
    "DevboxStartExecutionParameters": ".devbox_start_execution_parameters",
    "DevboxStateTransition": ".devbox_state_transition",
    "DevboxView": ".devbox_view",
    "DevboxViewFailureReason": ".devbox_view_failure_reason",
    "DevboxViewGatewaySpecsType0": ".devbox_view_gateway_specs_type_0",
    "DevboxViewMcpSpecsType0": ".devbox_view_mcp_specs_type_0",
    "DevboxViewMetadata": ".devbox_view_metadata",
    "DevboxViewShutdownReason": ".devbox_view_shutdown_reason",
    "DevboxViewStatus": ".devbox_view_status",
    "DevboxWaitForCommandRequest": ".devbox_wait_for_command_request",
    "DevboxWaitForStatusRequest": ".devbox_wait_for_status_request",
    "EmptyRecord": ".empty_record",
    "ExecUpdateChunkView": ".exec_update_chunk_view",
    "FileMount": ".file_mount",
    "FileMountType": ".file_mount_type",
    "FileUpload": ".file_upload",
    "GatewaySpec": ".gateway_spec",
    "GatewaySpecView": ".gateway_spec_view",
    "IdleAction": ".idle_action",
    "IdleConfigurationParameters": ".idle_configuration_parameters",
    "InitiatorType": ".initiator_type",
    "LaunchParameters": ".launch_parameters",
    "LifecycleConfigurationParameters": ".lifecycle_configuration_parameters",
    "McpSpec": ".mcp_spec",
    "McpSpecView": ".mcp_spec_view",
    "Number": ".number",
    "ObjectMount": ".object_mount",
    "ObjectMountType": ".object_mount_type",
    "PtyConnectView": ".pty_connect_view",
    "PtyControlAction": ".pty_control_action",
    "PtyControlParameters": ".pty_control_parameters",
    "PtyControlResultView": ".pty_control_result_view",
    "PtyTunnelView": ".pty_tunnel_view",
    "ResourceSize": ".resource_size",
    "ResumeTriggers": ".resume_triggers",
    "SignalType": ".signal_type",
    "TunnelAuthMode": ".tunnel_auth_mode",
    "TunnelAuthModeView": ".tunnel_auth_mode_view",
    "TunnelConfig": ".tunnel_config",
    "TunnelView": ".tunnel_view",
    "UserParameters": ".user_parameters",
}

__all__ = (
    "AgentMount",
    "AgentMountType",
    "Architecture",
    "BrokerMount",
    "BrokerMountProtocol",
    "BrokerMountType",
    "CodeMount",
    "CodeMountParameters",
    "CodeMountType",
    "DevboxAsyncExecutionDetailView",
    "DevboxCapabilities",
    "DevboxCreateExecutionParameters",
    "DevboxCreateParameters",
    "DevboxCreateParametersEnvironmentVariablesType0",
    "DevboxCreateParametersFileMountsType0",
    "DevboxCreateParametersGatewaysType0",
    "DevboxCreateParametersMcpType0",
    "DevboxCreateParametersMetadataType0",
    "DevboxCreateParametersSecretsType0",
    "DevboxDownloadFileParameters",
    "DevboxExecutionStatus",
    "DevboxKillExecutionRequest",
    "DevboxListView",
    "DevboxSendStdInRequest",
    "DevboxSendStdInResult",
    "DevboxStartExecutionParameters",
    "DevboxStateTransition",
    "DevboxView",
    "DevboxViewFailureReason",
    "DevboxViewGatewaySpecsType0",
    "DevboxViewMcpSpecsType0",
    "DevboxViewMetadata",
    "DevboxViewShutdownReason",
    "DevboxViewStatus",
    "DevboxWaitForCommandRequest",
    "DevboxWaitForStatusRequest",
    "EmptyRecord",
    "ExecUpdateChunkView",
    "FileMount",
    "FileMountType",
    "FileUpload",
    "GatewaySpec",
    "GatewaySpecView",
    "IdleAction",
    "IdleConfigurationParameters",
    "InitiatorType",
    "LaunchParameters",
    "LifecycleConfigurationParameters",
    "McpSpec",
    "McpSpecView",
    "Number",
    "ObjectMount",
    "ObjectMountType",
    "PtyConnectView",
    "PtyControlAction",
    "PtyControlParameters",
    "PtyControlResultView",
    "PtyTunnelView",
    "ResourceSize",
    "ResumeTriggers",
    "SignalType",
    "TunnelAuthMode",
    "TunnelAuthModeView",
    "TunnelConfig",
    "TunnelView",
    "UserParameters",
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
