"""Contains all the data models used in inputs/outputs"""

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
from .devbox_create_parameters_secrets_type_0 import DevboxCreateParametersSecretsType0
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
