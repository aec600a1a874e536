"""Contains all the data models used in inputs/outputs"""

from .check_status import CheckStatus
from .create_machine_request import CreateMachineRequest
from .error_response import ErrorResponse
from .error_response_details import ErrorResponseDetails
from .fly_container_config import FlyContainerConfig
from .fly_container_config_env import FlyContainerConfigEnv
from .fly_container_dependency import FlyContainerDependency
from .fly_container_dependency_condition import FlyContainerDependencyCondition
from .fly_container_healthcheck import FlyContainerHealthcheck
from .fly_container_healthcheck_kind import FlyContainerHealthcheckKind
from .fly_container_healthcheck_scheme import FlyContainerHealthcheckScheme
from .fly_dns_config import FlyDNSConfig
from .fly_dns_forward_rule import FlyDnsForwardRule
from .fly_dns_option import FlyDnsOption
from .fly_env_from import FlyEnvFrom
from .fly_env_from_field_ref import FlyEnvFromFieldRef
from .fly_exec_healthcheck import FlyExecHealthcheck
from .fly_file import FlyFile
from .fly_http_healthcheck import FlyHTTPHealthcheck
from .fly_http_options import FlyHTTPOptions
from .fly_http_response_options import FlyHTTPResponseOptions
from .fly_http_response_options_headers import FlyHTTPResponseOptionsHeaders
from .fly_http_response_options_headers_additional_property import (
    FlyHTTPResponseOptionsHeadersAdditionalProperty,
)
from .fly_machine_cache_drive import FlyMachineCacheDrive
from .fly_machine_check import FlyMachineCheck
from .fly_machine_check_kind import FlyMachineCheckKind
from .fly_machine_config import FlyMachineConfig
from .fly_machine_config_checks import FlyMachineConfigChecks
from .fly_machine_config_env import FlyMachineConfigEnv
from .fly_machine_config_metadata import FlyMachineConfigMetadata
from .fly_machine_guest import FlyMachineGuest
from .fly_machine_guest_persist_rootfs import FlyMachineGuestPersistRootfs
from .fly_machine_http_header import FlyMachineHTTPHeader
from .fly_machine_init import FlyMachineInit
from .fly_machine_metrics import FlyMachineMetrics
from .fly_machine_mount import FlyMachineMount
from .fly_machine_port import FlyMachinePort
from .fly_machine_process import FlyMachineProcess
from .fly_machine_process_env import FlyMachineProcessEnv
from .fly_machine_restart import FlyMachineRestart
from .fly_machine_restart_policy import FlyMachineRestartPolicy
from .fly_machine_rootfs import FlyMachineRootfs
from .fly_machine_rootfs_persist import FlyMachineRootfsPersist
from .fly_machine_secret import FlyMachineSecret
from .fly_machine_service import FlyMachineService
from .fly_machine_service_autostop import FlyMachineServiceAutostop
from .fly_machine_service_check import FlyMachineServiceCheck
from .fly_machine_service_concurrency import FlyMachineServiceConcurrency
from .fly_machine_spot import FlyMachineSpot
from .fly_proxy_proto_options import FlyProxyProtoOptions
from .fly_replay_cache import FlyReplayCache
from .fly_replay_cache_type import FlyReplayCacheType
from .fly_static import FlyStatic
from .fly_stop_config import FlyStopConfig
from .fly_stop_config_signal import FlyStopConfigSignal
from .fly_tcp_healthcheck import FlyTCPHealthcheck
from .fly_tls_options import FlyTLSOptions
from .fly_unhealthy_policy import FlyUnhealthyPolicy
from .flydv_1_exec_response import Flydv1ExecResponse
from .image_ref import ImageRef
from .image_ref_labels import ImageRefLabels
from .listen_socket import ListenSocket
from .machine import Machine
from .machine_event import MachineEvent
from .machine_event_request import MachineEventRequest
from .machine_exec_request import MachineExecRequest
from .machine_host_status import MachineHostStatus
from .machines_wait_state import MachinesWaitState
from .main_status_code import MainStatusCode
from .process_stat import ProcessStat
from .signal_request import SignalRequest
from .signal_request_signal import SignalRequestSignal
from .stop_request import StopRequest
from .stop_request_signal import StopRequestSignal
from .stripped_lease import StrippedLease
from .update_metadata_request import UpdateMetadataRequest
from .update_metadata_request_metadata import UpdateMetadataRequestMetadata
from .wait_machine_response import WaitMachineResponse

__all__ = (
    "CheckStatus",
    "CreateMachineRequest",
    "ErrorResponse",
    "ErrorResponseDetails",
    "FlyContainerConfig",
    "FlyContainerConfigEnv",
    "FlyContainerDependency",
    "FlyContainerDependencyCondition",
    "FlyContainerHealthcheck",
    "FlyContainerHealthcheckKind",
    "FlyContainerHealthcheckScheme",
    "FlyDNSConfig",
    "FlyDnsForwardRule",
    "FlyDnsOption",
    "FlyEnvFrom",
    "FlyEnvFromFieldRef",
    "FlyExecHealthcheck",
    "FlyFile",
    "FlyHTTPHealthcheck",
    "FlyHTTPOptions",
    "FlyHTTPResponseOptions",
    "FlyHTTPResponseOptionsHeaders",
    "FlyHTTPResponseOptionsHeadersAdditionalProperty",
    "FlyMachineCacheDrive",
    "FlyMachineCheck",
    "FlyMachineCheckKind",
    "FlyMachineConfig",
    "FlyMachineConfigChecks",
    "FlyMachineConfigEnv",
    "FlyMachineConfigMetadata",
    "FlyMachineGuest",
    "FlyMachineGuestPersistRootfs",
    "FlyMachineHTTPHeader",
    "FlyMachineInit",
    "FlyMachineMetrics",
    "FlyMachineMount",
    "FlyMachinePort",
    "FlyMachineProcess",
    "FlyMachineProcessEnv",
    "FlyMachineRestart",
    "FlyMachineRestartPolicy",
    "FlyMachineRootfs",
    "FlyMachineRootfsPersist",
    "FlyMachineSecret",
    "FlyMachineService",
    "FlyMachineServiceAutostop",
    "FlyMachineServiceCheck",
    "FlyMachineServiceConcurrency",
    "FlyMachineSpot",
    "FlyProxyProtoOptions",
    "FlyReplayCache",
    "FlyReplayCacheType",
    "FlyStatic",
    "FlyStopConfig",
    "FlyStopConfigSignal",
    "FlyTCPHealthcheck",
    "FlyTLSOptions",
    "FlyUnhealthyPolicy",
    "Flydv1ExecResponse",
    "ImageRef",
    "ImageRefLabels",
    "ListenSocket",
    "Machine",
    "MachineEvent",
    "MachineEventRequest",
    "MachineExecRequest",
    "MachineHostStatus",
    "MachinesWaitState",
    "MainStatusCode",
    "ProcessStat",
    "SignalRequest",
    "SignalRequestSignal",
    "StopRequest",
    "StopRequestSignal",
    "StrippedLease",
    "UpdateMetadataRequest",
    "UpdateMetadataRequestMetadata",
    "WaitMachineResponse",
)
