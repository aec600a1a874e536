"""Contains all the data models used in inputs/outputs.

Each model is imported on first use (PEP 562): importing this package costs nothing, and an adapter
pays only for the models it touches. Type checkers see every name through the TYPE_CHECKING imports.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import App
    from .app_organization_info import AppOrganizationInfo
    from .assign_ip_request import AssignIPRequest
    from .assign_ip_response import AssignIPResponse
    from .check_status import CheckStatus
    from .create_app_request import CreateAppRequest
    from .create_app_response import CreateAppResponse
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
    from .ip_assignment_network import IPAssignmentNetwork
    from .ip_assignment_type import IPAssignmentType
    from .ip_pair import IPPair
    from .list_apps_response import ListAppsResponse
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

_MODULES = {
    "App": ".app",
    "AppOrganizationInfo": ".app_organization_info",
    "AssignIPRequest": ".assign_ip_request",
    "AssignIPResponse": ".assign_ip_response",
    "CheckStatus": ".check_status",
    "CreateAppRequest": ".create_app_request",
    "CreateAppResponse": ".create_app_response",
    "CreateMachineRequest": ".create_machine_request",
    "ErrorResponse": ".error_response",
    "ErrorResponseDetails": ".error_response_details",
    "FlyContainerConfig": ".fly_container_config",
    "FlyContainerConfigEnv": ".fly_container_config_env",
    "FlyContainerDependency": ".fly_container_dependency",
    "FlyContainerDependencyCondition": ".fly_container_dependency_condition",
    "FlyContainerHealthcheck": ".fly_container_healthcheck",
    "FlyContainerHealthcheckKind": ".fly_container_healthcheck_kind",
    "FlyContainerHealthcheckScheme": ".fly_container_healthcheck_scheme",
    "FlyDNSConfig": ".fly_dns_config",
    "FlyDnsForwardRule": ".fly_dns_forward_rule",
    "FlyDnsOption": ".fly_dns_option",
    "FlyEnvFrom": ".fly_env_from",
    "FlyEnvFromFieldRef": ".fly_env_from_field_ref",
    "FlyExecHealthcheck": ".fly_exec_healthcheck",
    "FlyFile": ".fly_file",
    "FlyHTTPHealthcheck": ".fly_http_healthcheck",
    "FlyHTTPOptions": ".fly_http_options",
    "FlyHTTPResponseOptions": ".fly_http_response_options",
    "FlyHTTPResponseOptionsHeaders": ".fly_http_response_options_headers",
    "FlyHTTPResponseOptionsHeadersAdditionalProperty": ".fly_http_response_options_headers_additional_property",
    "FlyMachineCacheDrive": ".fly_machine_cache_drive",
    "FlyMachineCheck": ".fly_machine_check",
    "FlyMachineCheckKind": ".fly_machine_check_kind",
    "FlyMachineConfig": ".fly_machine_config",
    "FlyMachineConfigChecks": ".fly_machine_config_checks",
    "FlyMachineConfigEnv": ".fly_machine_config_env",
    "FlyMachineConfigMetadata": ".fly_machine_config_metadata",
    "FlyMachineGuest": ".fly_machine_guest",
    "FlyMachineGuestPersistRootfs": ".fly_machine_guest_persist_rootfs",
    "FlyMachineHTTPHeader": ".fly_machine_http_header",
    "FlyMachineInit": ".fly_machine_init",
    "FlyMachineMetrics": ".fly_machine_metrics",
    "FlyMachineMount": ".fly_machine_mount",
    "FlyMachinePort": ".fly_machine_port",
    "FlyMachineProcess": ".fly_machine_process",
    "FlyMachineProcessEnv": ".fly_machine_process_env",
    "FlyMachineRestart": ".fly_machine_restart",
    "FlyMachineRestartPolicy": ".fly_machine_restart_policy",
    "FlyMachineRootfs": ".fly_machine_rootfs",
    "FlyMachineRootfsPersist": ".fly_machine_rootfs_persist",
    "FlyMachineSecret": ".fly_machine_secret",
    "FlyMachineService": ".fly_machine_service",
    "FlyMachineServiceAutostop": ".fly_machine_service_autostop",
    "FlyMachineServiceCheck": ".fly_machine_service_check",
    "FlyMachineServiceConcurrency": ".fly_machine_service_concurrency",
    "FlyMachineSpot": ".fly_machine_spot",
    "FlyProxyProtoOptions": ".fly_proxy_proto_options",
    "FlyReplayCache": ".fly_replay_cache",
    "FlyReplayCacheType": ".fly_replay_cache_type",
    "FlyStatic": ".fly_static",
    "FlyStopConfig": ".fly_stop_config",
    "FlyStopConfigSignal": ".fly_stop_config_signal",
    "FlyTCPHealthcheck": ".fly_tcp_healthcheck",
    "FlyTLSOptions": ".fly_tls_options",
    "FlyUnhealthyPolicy": ".fly_unhealthy_policy",
    "Flydv1ExecResponse": ".flydv_1_exec_response",
    "ImageRef": ".image_ref",
    "ImageRefLabels": ".image_ref_labels",
    "IPAssignmentNetwork": ".ip_assignment_network",
    "IPAssignmentType": ".ip_assignment_type",
    "IPPair": ".ip_pair",
    "ListAppsResponse": ".list_apps_response",
    "ListenSocket": ".listen_socket",
    "Machine": ".machine",
    "MachineEvent": ".machine_event",
    "MachineEventRequest": ".machine_event_request",
    "MachineExecRequest": ".machine_exec_request",
    "MachineHostStatus": ".machine_host_status",
    "MachinesWaitState": ".machines_wait_state",
    "MainStatusCode": ".main_status_code",
    "ProcessStat": ".process_stat",
    "SignalRequest": ".signal_request",
    "SignalRequestSignal": ".signal_request_signal",
    "StopRequest": ".stop_request",
    "StopRequestSignal": ".stop_request_signal",
    "StrippedLease": ".stripped_lease",
    "UpdateMetadataRequest": ".update_metadata_request",
    "UpdateMetadataRequestMetadata": ".update_metadata_request_metadata",
    "WaitMachineResponse": ".wait_machine_response",
}

__all__ = (
    "App",
    "AppOrganizationInfo",
    "AssignIPRequest",
    "AssignIPResponse",
    "CheckStatus",
    "CreateAppRequest",
    "CreateAppResponse",
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
    "IPAssignmentNetwork",
    "IPAssignmentType",
    "IPPair",
    "ImageRef",
    "ImageRefLabels",
    "ListAppsResponse",
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
