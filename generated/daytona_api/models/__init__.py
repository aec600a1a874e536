"""Contains all the data models used in inputs/outputs"""

from .build_info import BuildInfo
from .create_build_info import CreateBuildInfo
from .create_sandbox import CreateSandbox
from .create_sandbox_env import CreateSandboxEnv
from .create_sandbox_labels import CreateSandboxLabels
from .create_sandbox_response_400 import CreateSandboxResponse400
from .create_sandbox_response_401 import CreateSandboxResponse401
from .create_sandbox_response_404 import CreateSandboxResponse404
from .create_sandbox_response_409 import CreateSandboxResponse409
from .create_sandbox_response_429 import CreateSandboxResponse429
from .create_sandbox_response_500 import CreateSandboxResponse500
from .create_sandbox_secrets_item import CreateSandboxSecretsItem
from .delete_sandbox_response_400 import DeleteSandboxResponse400
from .delete_sandbox_response_401 import DeleteSandboxResponse401
from .delete_sandbox_response_404 import DeleteSandboxResponse404
from .delete_sandbox_response_409 import DeleteSandboxResponse409
from .delete_sandbox_response_429 import DeleteSandboxResponse429
from .delete_sandbox_response_500 import DeleteSandboxResponse500
from .get_port_preview_url_response_400 import GetPortPreviewUrlResponse400
from .get_port_preview_url_response_401 import GetPortPreviewUrlResponse401
from .get_port_preview_url_response_404 import GetPortPreviewUrlResponse404
from .get_port_preview_url_response_409 import GetPortPreviewUrlResponse409
from .get_port_preview_url_response_429 import GetPortPreviewUrlResponse429
from .get_port_preview_url_response_500 import GetPortPreviewUrlResponse500
from .get_sandbox_response_400 import GetSandboxResponse400
from .get_sandbox_response_401 import GetSandboxResponse401
from .get_sandbox_response_404 import GetSandboxResponse404
from .get_sandbox_response_409 import GetSandboxResponse409
from .get_sandbox_response_429 import GetSandboxResponse429
from .get_sandbox_response_500 import GetSandboxResponse500
from .get_toolbox_proxy_url_response_400 import GetToolboxProxyUrlResponse400
from .get_toolbox_proxy_url_response_401 import GetToolboxProxyUrlResponse401
from .get_toolbox_proxy_url_response_404 import GetToolboxProxyUrlResponse404
from .get_toolbox_proxy_url_response_409 import GetToolboxProxyUrlResponse409
from .get_toolbox_proxy_url_response_429 import GetToolboxProxyUrlResponse429
from .get_toolbox_proxy_url_response_500 import GetToolboxProxyUrlResponse500
from .gpu_type import GpuType
from .list_sandboxes_response import ListSandboxesResponse
from .list_sandboxes_response_400 import ListSandboxesResponse400
from .list_sandboxes_response_401 import ListSandboxesResponse401
from .list_sandboxes_response_404 import ListSandboxesResponse404
from .list_sandboxes_response_409 import ListSandboxesResponse409
from .list_sandboxes_response_429 import ListSandboxesResponse429
from .list_sandboxes_response_500 import ListSandboxesResponse500
from .pause_sandbox_response_400 import PauseSandboxResponse400
from .pause_sandbox_response_401 import PauseSandboxResponse401
from .pause_sandbox_response_404 import PauseSandboxResponse404
from .pause_sandbox_response_409 import PauseSandboxResponse409
from .pause_sandbox_response_429 import PauseSandboxResponse429
from .pause_sandbox_response_500 import PauseSandboxResponse500
from .port_preview_url import PortPreviewUrl
from .sandbox import Sandbox
from .sandbox_backup_state import SandboxBackupState
from .sandbox_class import SandboxClass
from .sandbox_desired_state import SandboxDesiredState
from .sandbox_env import SandboxEnv
from .sandbox_labels import SandboxLabels
from .sandbox_list_item import SandboxListItem
from .sandbox_list_item_backup_state import SandboxListItemBackupState
from .sandbox_list_item_labels import SandboxListItemLabels
from .sandbox_list_sort_direction import SandboxListSortDirection
from .sandbox_list_sort_field import SandboxListSortField
from .sandbox_sandbox_class import SandboxSandboxClass
from .sandbox_state import SandboxState
from .sandbox_volume import SandboxVolume
from .set_autostop_interval_response_400 import SetAutostopIntervalResponse400
from .set_autostop_interval_response_401 import SetAutostopIntervalResponse401
from .set_autostop_interval_response_404 import SetAutostopIntervalResponse404
from .set_autostop_interval_response_409 import SetAutostopIntervalResponse409
from .set_autostop_interval_response_429 import SetAutostopIntervalResponse429
from .set_autostop_interval_response_500 import SetAutostopIntervalResponse500
from .start_sandbox_response_400 import StartSandboxResponse400
from .start_sandbox_response_401 import StartSandboxResponse401
from .start_sandbox_response_404 import StartSandboxResponse404
from .start_sandbox_response_409 import StartSandboxResponse409
from .start_sandbox_response_429 import StartSandboxResponse429
from .start_sandbox_response_500 import StartSandboxResponse500
from .stop_sandbox_response_400 import StopSandboxResponse400
from .stop_sandbox_response_401 import StopSandboxResponse401
from .stop_sandbox_response_404 import StopSandboxResponse404
from .stop_sandbox_response_409 import StopSandboxResponse409
from .stop_sandbox_response_429 import StopSandboxResponse429
from .stop_sandbox_response_500 import StopSandboxResponse500
from .toolbox_proxy_url import ToolboxProxyUrl

__all__ = (
    "BuildInfo",
    "CreateBuildInfo",
    "CreateSandbox",
    "CreateSandboxEnv",
    "CreateSandboxLabels",
    "CreateSandboxResponse400",
    "CreateSandboxResponse401",
    "CreateSandboxResponse404",
    "CreateSandboxResponse409",
    "CreateSandboxResponse429",
    "CreateSandboxResponse500",
    "CreateSandboxSecretsItem",
    "DeleteSandboxResponse400",
    "DeleteSandboxResponse401",
    "DeleteSandboxResponse404",
    "DeleteSandboxResponse409",
    "DeleteSandboxResponse429",
    "DeleteSandboxResponse500",
    "GetPortPreviewUrlResponse400",
    "GetPortPreviewUrlResponse401",
    "GetPortPreviewUrlResponse404",
    "GetPortPreviewUrlResponse409",
    "GetPortPreviewUrlResponse429",
    "GetPortPreviewUrlResponse500",
    "GetSandboxResponse400",
    "GetSandboxResponse401",
    "GetSandboxResponse404",
    "GetSandboxResponse409",
    "GetSandboxResponse429",
    "GetSandboxResponse500",
    "GetToolboxProxyUrlResponse400",
    "GetToolboxProxyUrlResponse401",
    "GetToolboxProxyUrlResponse404",
    "GetToolboxProxyUrlResponse409",
    "GetToolboxProxyUrlResponse429",
    "GetToolboxProxyUrlResponse500",
    "GpuType",
    "ListSandboxesResponse",
    "ListSandboxesResponse400",
    "ListSandboxesResponse401",
    "ListSandboxesResponse404",
    "ListSandboxesResponse409",
    "ListSandboxesResponse429",
    "ListSandboxesResponse500",
    "PauseSandboxResponse400",
    "PauseSandboxResponse401",
    "PauseSandboxResponse404",
    "PauseSandboxResponse409",
    "PauseSandboxResponse429",
    "PauseSandboxResponse500",
    "PortPreviewUrl",
    "Sandbox",
    "SandboxBackupState",
    "SandboxClass",
    "SandboxDesiredState",
    "SandboxEnv",
    "SandboxLabels",
    "SandboxListItem",
    "SandboxListItemBackupState",
    "SandboxListItemLabels",
    "SandboxListSortDirection",
    "SandboxListSortField",
    "SandboxSandboxClass",
    "SandboxState",
    "SandboxVolume",
    "SetAutostopIntervalResponse400",
    "SetAutostopIntervalResponse401",
    "SetAutostopIntervalResponse404",
    "SetAutostopIntervalResponse409",
    "SetAutostopIntervalResponse429",
    "SetAutostopIntervalResponse500",
    "StartSandboxResponse400",
    "StartSandboxResponse401",
    "StartSandboxResponse404",
    "StartSandboxResponse409",
    "StartSandboxResponse429",
    "StartSandboxResponse500",
    "StopSandboxResponse400",
    "StopSandboxResponse401",
    "StopSandboxResponse404",
    "StopSandboxResponse409",
    "StopSandboxResponse429",
    "StopSandboxResponse500",
    "ToolboxProxyUrl",
)
