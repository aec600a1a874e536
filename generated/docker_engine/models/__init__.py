"""Contains all the data models used in inputs/outputs.

Each model is imported on first use (PEP 562): importing this package costs nothing, and an adapter
pays only for the models it touches. Type checkers see every name through the TYPE_CHECKING imports.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .build_identity import BuildIdentity
    from .container_config import ContainerConfig
    from .container_config_exposed_ports_type_0 import ContainerConfigExposedPortsType0
    from .container_config_exposed_ports_type_0_additional_property import (
        ContainerConfigExposedPortsType0AdditionalProperty,
    )
    from .container_config_labels_type_0 import ContainerConfigLabelsType0
    from .container_config_volumes_type_0 import ContainerConfigVolumesType0
    from .container_config_volumes_type_0_additional_property import (
        ContainerConfigVolumesType0AdditionalProperty,
    )
    from .container_create_body import ContainerCreateBody
    from .container_create_response import ContainerCreateResponse
    from .container_inspect_response import ContainerInspectResponse
    from .container_state_type_0 import ContainerStateType0
    from .container_state_type_0_status import ContainerStateType0Status
    from .container_summary import ContainerSummary
    from .container_summary_health import ContainerSummaryHealth
    from .container_summary_health_status import ContainerSummaryHealthStatus
    from .container_summary_host_config import ContainerSummaryHostConfig
    from .container_summary_host_config_annotations_type_0 import (
        ContainerSummaryHostConfigAnnotationsType0,
    )
    from .container_summary_labels_type_0 import ContainerSummaryLabelsType0
    from .container_summary_network_settings import ContainerSummaryNetworkSettings
    from .container_summary_network_settings_networks_type_0 import (
        ContainerSummaryNetworkSettingsNetworksType0,
    )
    from .container_summary_state import ContainerSummaryState
    from .device_mapping import DeviceMapping
    from .device_request import DeviceRequest
    from .device_request_options_type_0 import DeviceRequestOptionsType0
    from .driver_data import DriverData
    from .driver_data_data_type_0 import DriverDataDataType0
    from .endpoint_ipam_config_type_0 import EndpointIPAMConfigType0
    from .endpoint_settings import EndpointSettings
    from .endpoint_settings_driver_opts_type_0 import EndpointSettingsDriverOptsType0
    from .error_response import ErrorResponse
    from .event_actor import EventActor
    from .event_actor_attributes_type_0 import EventActorAttributesType0
    from .exec_config import ExecConfig
    from .exec_inspect_response import ExecInspectResponse
    from .exec_start_config import ExecStartConfig
    from .health_config import HealthConfig
    from .health_type_0 import HealthType0
    from .health_type_0_status import HealthType0Status
    from .healthcheck_result_type_0 import HealthcheckResultType0
    from .host_config import HostConfig
    from .host_config_annotations_type_0 import HostConfigAnnotationsType0
    from .host_config_cgroupns_mode import HostConfigCgroupnsMode
    from .host_config_isolation import HostConfigIsolation
    from .host_config_log_config import HostConfigLogConfig
    from .host_config_log_config_config_type_0 import HostConfigLogConfigConfigType0
    from .host_config_log_config_type import HostConfigLogConfigType
    from .host_config_storage_opt_type_0 import HostConfigStorageOptType0
    from .host_config_sysctls_type_0 import HostConfigSysctlsType0
    from .host_config_tmpfs_type_0 import HostConfigTmpfsType0
    from .id_response import IDResponse
    from .identity import Identity
    from .image_config import ImageConfig
    from .image_config_exposed_ports_type_0 import ImageConfigExposedPortsType0
    from .image_config_exposed_ports_type_0_additional_property import (
        ImageConfigExposedPortsType0AdditionalProperty,
    )
    from .image_config_labels_type_0 import ImageConfigLabelsType0
    from .image_config_volumes_type_0 import ImageConfigVolumesType0
    from .image_config_volumes_type_0_additional_property import (
        ImageConfigVolumesType0AdditionalProperty,
    )
    from .image_inspect import ImageInspect
    from .image_inspect_metadata import ImageInspectMetadata
    from .image_inspect_root_fs import ImageInspectRootFS
    from .image_manifest_summary import ImageManifestSummary
    from .image_manifest_summary_attestation_data_type_0 import (
        ImageManifestSummaryAttestationDataType0,
    )
    from .image_manifest_summary_image_data_type_0 import (
        ImageManifestSummaryImageDataType0,
    )
    from .image_manifest_summary_image_data_type_0_size import (
        ImageManifestSummaryImageDataType0Size,
    )
    from .image_manifest_summary_kind import ImageManifestSummaryKind
    from .image_manifest_summary_size import ImageManifestSummarySize
    from .known_signer_identity import KnownSignerIdentity
    from .mount import Mount
    from .mount_bind_options import MountBindOptions
    from .mount_bind_options_propagation import MountBindOptionsPropagation
    from .mount_image_options import MountImageOptions
    from .mount_point import MountPoint
    from .mount_tmpfs_options import MountTmpfsOptions
    from .mount_type import MountType
    from .mount_volume_options import MountVolumeOptions
    from .mount_volume_options_driver_config import MountVolumeOptionsDriverConfig
    from .mount_volume_options_driver_config_options_type_0 import (
        MountVolumeOptionsDriverConfigOptionsType0,
    )
    from .mount_volume_options_labels_type_0 import MountVolumeOptionsLabelsType0
    from .network_settings import NetworkSettings
    from .network_settings_networks_type_0 import NetworkSettingsNetworksType0
    from .networking_config import NetworkingConfig
    from .networking_config_endpoints_config_type_0 import (
        NetworkingConfigEndpointsConfigType0,
    )
    from .oci_descriptor import OCIDescriptor
    from .oci_descriptor_annotations_type_0 import OCIDescriptorAnnotationsType0
    from .oci_platform_type_0 import OCIPlatformType0
    from .port_binding import PortBinding
    from .port_map_type_0 import PortMapType0
    from .port_summary import PortSummary
    from .port_summary_type import PortSummaryType
    from .process_config import ProcessConfig
    from .pull_identity import PullIdentity
    from .resources import Resources
    from .resources_blkio_weight_device_type_0_item import (
        ResourcesBlkioWeightDeviceType0Item,
    )
    from .resources_ulimits_type_0_item import ResourcesUlimitsType0Item
    from .restart_policy import RestartPolicy
    from .restart_policy_name import RestartPolicyName
    from .root_fs_storage import RootFSStorage
    from .root_fs_storage_snapshot import RootFSStorageSnapshot
    from .signature_identity import SignatureIdentity
    from .signature_timestamp import SignatureTimestamp
    from .signature_timestamp_type import SignatureTimestampType
    from .signature_type import SignatureType
    from .signer_identity import SignerIdentity
    from .storage import Storage
    from .system_events_response import SystemEventsResponse
    from .system_events_response_scope import SystemEventsResponseScope
    from .system_events_response_type import SystemEventsResponseType
    from .system_version import SystemVersion
    from .system_version_components_type_0_item import SystemVersionComponentsType0Item
    from .system_version_components_type_0_item_details_type_0 import (
        SystemVersionComponentsType0ItemDetailsType0,
    )
    from .system_version_platform import SystemVersionPlatform
    from .throttle_device import ThrottleDevice

_MODULES = {
    "BuildIdentity": ".build_identity",
    "ContainerConfig": ".container_config",
    "ContainerConfigExposedPortsType0": ".container_config_exposed_ports_type_0",
    "ContainerConfigExposedPortsType0AdditionalProperty": ".container_config_exposed_ports_type_0_additional_property",
    "ContainerConfigLabelsType0": ".container_config_labels_type_0",
    "ContainerConfigVolumesType0": ".container_config_volumes_type_0",
    "ContainerConfigVolumesType0AdditionalProperty": ".container_config_volumes_type_0_additional_property",
    "ContainerCreateBody": ".container_create_body",
    "ContainerCreateResponse": ".container_create_response",
    "ContainerInspectResponse": ".container_inspect_response",
    "ContainerStateType0": ".container_state_type_0",
    "ContainerStateType0Status": ".container_state_type_0_status",
    "ContainerSummary": ".container_summary",
    "ContainerSummaryHealth": ".container_summary_health",
    "ContainerSummaryHealthStatus": ".container_summary_health_status",
    "ContainerSummaryHostConfig": ".container_summary_host_config",
    "ContainerSummaryHostConfigAnnotationsType0": ".container_summary_host_config_annotations_type_0",
    "ContainerSummaryLabelsType0": ".container_summary_labels_type_0",
    "ContainerSummaryNetworkSettings": ".container_summary_network_settings",
    "ContainerSummaryNetworkSettingsNetworksType0": ".container_summary_network_settings_networks_type_0",
    "ContainerSummaryState": ".container_summary_state",
    "DeviceMapping": ".device_mapping",
    "DeviceRequest": ".device_request",
    "DeviceRequestOptionsType0": ".device_request_options_type_0",
    "DriverData": ".driver_data",
    "DriverDataDataType0": ".driver_data_data_type_0",
    "EndpointIPAMConfigType0": ".endpoint_ipam_config_type_0",
    "EndpointSettings": ".endpoint_settings",
    "EndpointSettingsDriverOptsType0": ".endpoint_settings_driver_opts_type_0",
    "ErrorResponse": ".error_response",
    "EventActor": ".event_actor",
    "EventActorAttributesType0": ".event_actor_attributes_type_0",
    "ExecConfig": ".exec_config",
    "ExecInspectResponse": ".exec_inspect_response",
    "ExecStartConfig": ".exec_start_config",
    "HealthConfig": ".health_config",
    "HealthType0": ".health_type_0",
    "HealthType0Status": ".health_type_0_status",
    "HealthcheckResultType0": ".healthcheck_result_type_0",
    "HostConfig": ".host_config",
    "HostConfigAnnotationsType0": ".host_config_annotations_type_0",
    "HostConfigCgroupnsMode": ".host_config_cgroupns_mode",
    "HostConfigIsolation": ".host_config_isolation",
    "HostConfigLogConfig": ".host_config_log_config",
    "HostConfigLogConfigConfigType0": ".host_config_log_config_config_type_0",
    "HostConfigLogConfigType": ".host_config_log_config_type",
    "HostConfigStorageOptType0": ".host_config_storage_opt_type_0",
    "HostConfigSysctlsType0": ".host_config_sysctls_type_0",
    "HostConfigTmpfsType0": ".host_config_tmpfs_type_0",
    "IDResponse": ".id_response",
    "Identity": ".identity",
    "ImageConfig": ".image_config",
    "ImageConfigExposedPortsType0": ".image_config_exposed_ports_type_0",
    "ImageConfigExposedPortsType0AdditionalProperty": ".image_config_exposed_ports_type_0_additional_property",
    "ImageConfigLabelsType0": ".image_config_labels_type_0",
    "ImageConfigVolumesType0": ".image_config_volumes_type_0",
    "ImageConfigVolumesType0AdditionalProperty": ".image_config_volumes_type_0_additional_property",
    "ImageInspect": ".image_inspect",
    "ImageInspectMetadata": ".image_inspect_metadata",
    "ImageInspectRootFS": ".image_inspect_root_fs",
    "ImageManifestSummary": ".image_manifest_summary",
    "ImageManifestSummaryAttestationDataType0": ".image_manifest_summary_attestation_data_type_0",
    "ImageManifestSummaryImageDataType0": ".image_manifest_summary_image_data_type_0",
    "ImageManifestSummaryImageDataType0Size": ".image_manifest_summary_image_data_type_0_size",
    "ImageManifestSummaryKind": ".image_manifest_summary_kind",
    "ImageManifestSummarySize": ".image_manifest_summary_size",
    "KnownSignerIdentity": ".known_signer_identity",
    "Mount": ".mount",
    "MountBindOptions": ".mount_bind_options",
    "MountBindOptionsPropagation": ".mount_bind_options_propagation",
    "MountImageOptions": ".mount_image_options",
    "MountPoint": ".mount_point",
    "MountTmpfsOptions": ".mount_tmpfs_options",
    "MountType": ".mount_type",
    "MountVolumeOptions": ".mount_volume_options",
    "MountVolumeOptionsDriverConfig": ".mount_volume_options_driver_config",
    "MountVolumeOptionsDriverConfigOptionsType0": ".mount_volume_options_driver_config_options_type_0",
    "MountVolumeOptionsLabelsType0": ".mount_volume_options_labels_type_0",
    "NetworkSettings": ".network_settings",
    "NetworkSettingsNetworksType0": ".network_settings_networks_type_0",
    "NetworkingConfig": ".networking_config",
    "NetworkingConfigEndpointsConfigType0": ".networking_config_endpoints_config_type_0",
    "OCIDescriptor": ".oci_descriptor",
    "OCIDescriptorAnnotationsType0": ".oci_descriptor_annotations_type_0",
    "OCIPlatformType0": ".oci_platform_type_0",
    "PortBinding": ".port_binding",
    "PortMapType0": ".port_map_type_0",
    "PortSummary": ".port_summary",
    "PortSummaryType": ".port_summary_type",
    "ProcessConfig": ".process_config",
    "PullIdentity": ".pull_identity",
    "Resources": ".resources",
    "ResourcesBlkioWeightDeviceType0Item": ".resources_blkio_weight_device_type_0_item",
    "ResourcesUlimitsType0Item": ".resources_ulimits_type_0_item",
    "RestartPolicy": ".restart_policy",
    "RestartPolicyName": ".restart_policy_name",
    "RootFSStorage": ".root_fs_storage",
    "RootFSStorageSnapshot": ".root_fs_storage_snapshot",
    "SignatureIdentity": ".signature_identity",
    "SignatureTimestamp": ".signature_timestamp",
    "SignatureTimestampType": ".signature_timestamp_type",
    "SignatureType": ".signature_type",
    "SignerIdentity": ".signer_identity",
    "Storage": ".storage",
    "SystemEventsResponse": ".system_events_response",
    "SystemEventsResponseScope": ".system_events_response_scope",
    "SystemEventsResponseType": ".system_events_response_type",
    "SystemVersion": ".system_version",
    "SystemVersionComponentsType0Item": ".system_version_components_type_0_item",
    "SystemVersionComponentsType0ItemDetailsType0": ".system_version_components_type_0_item_details_type_0",
    "SystemVersionPlatform": ".system_version_platform",
    "ThrottleDevice": ".throttle_device",
}

__all__ = (
    "BuildIdentity",
    "ContainerConfig",
    "ContainerConfigExposedPortsType0",
    "ContainerConfigExposedPortsType0AdditionalProperty",
    "ContainerConfigLabelsType0",
    "ContainerConfigVolumesType0",
    "ContainerConfigVolumesType0AdditionalProperty",
    "ContainerCreateBody",
    "ContainerCreateResponse",
    "ContainerInspectResponse",
    "ContainerStateType0",
    "ContainerStateType0Status",
    "ContainerSummary",
    "ContainerSummaryHealth",
    "ContainerSummaryHealthStatus",
    "ContainerSummaryHostConfig",
    "ContainerSummaryHostConfigAnnotationsType0",
    "ContainerSummaryLabelsType0",
    "ContainerSummaryNetworkSettings",
    "ContainerSummaryNetworkSettingsNetworksType0",
    "ContainerSummaryState",
    "DeviceMapping",
    "DeviceRequest",
    "DeviceRequestOptionsType0",
    "DriverData",
    "DriverDataDataType0",
    "EndpointIPAMConfigType0",
    "EndpointSettings",
    "EndpointSettingsDriverOptsType0",
    "ErrorResponse",
    "EventActor",
    "EventActorAttributesType0",
    "ExecConfig",
    "ExecInspectResponse",
    "ExecStartConfig",
    "HealthConfig",
    "HealthType0",
    "HealthType0Status",
    "HealthcheckResultType0",
    "HostConfig",
    "HostConfigAnnotationsType0",
    "HostConfigCgroupnsMode",
    "HostConfigIsolation",
    "HostConfigLogConfig",
    "HostConfigLogConfigConfigType0",
    "HostConfigLogConfigType",
    "HostConfigStorageOptType0",
    "HostConfigSysctlsType0",
    "HostConfigTmpfsType0",
    "IDResponse",
    "Identity",
    "ImageConfig",
    "ImageConfigExposedPortsType0",
    "ImageConfigExposedPortsType0AdditionalProperty",
    "ImageConfigLabelsType0",
    "ImageConfigVolumesType0",
    "ImageConfigVolumesType0AdditionalProperty",
    "ImageInspect",
    "ImageInspectMetadata",
    "ImageInspectRootFS",
    "ImageManifestSummary",
    "ImageManifestSummaryAttestationDataType0",
    "ImageManifestSummaryImageDataType0",
    "ImageManifestSummaryImageDataType0Size",
    "ImageManifestSummaryKind",
    "ImageManifestSummarySize",
    "KnownSignerIdentity",
    "Mount",
    "MountBindOptions",
    "MountBindOptionsPropagation",
    "MountImageOptions",
    "MountPoint",
    "MountTmpfsOptions",
    "MountType",
    "MountVolumeOptions",
    "MountVolumeOptionsDriverConfig",
    "MountVolumeOptionsDriverConfigOptionsType0",
    "MountVolumeOptionsLabelsType0",
    "NetworkSettings",
    "NetworkSettingsNetworksType0",
    "NetworkingConfig",
    "NetworkingConfigEndpointsConfigType0",
    "OCIDescriptor",
    "OCIDescriptorAnnotationsType0",
    "OCIPlatformType0",
    "PortBinding",
    "PortMapType0",
    "PortSummary",
    "PortSummaryType",
    "ProcessConfig",
    "PullIdentity",
    "Resources",
    "ResourcesBlkioWeightDeviceType0Item",
    "ResourcesUlimitsType0Item",
    "RestartPolicy",
    "RestartPolicyName",
    "RootFSStorage",
    "RootFSStorageSnapshot",
    "SignatureIdentity",
    "SignatureTimestamp",
    "SignatureTimestampType",
    "SignatureType",
    "SignerIdentity",
    "Storage",
    "SystemEventsResponse",
    "SystemEventsResponseScope",
    "SystemEventsResponseType",
    "SystemVersion",
    "SystemVersionComponentsType0Item",
    "SystemVersionComponentsType0ItemDetailsType0",
    "SystemVersionPlatform",
    "ThrottleDevice",
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
