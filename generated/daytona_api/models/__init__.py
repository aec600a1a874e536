"""Contains all the data models used in inputs/outputs"""

from .api_error import ApiError
from .build_info import BuildInfo
from .create_build_info import CreateBuildInfo
from .create_sandbox import CreateSandbox
from .create_sandbox_env import CreateSandboxEnv
from .create_sandbox_labels import CreateSandboxLabels
from .create_sandbox_secrets_item import CreateSandboxSecretsItem
from .gpu_type import GpuType
from .list_sandboxes_response import ListSandboxesResponse
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
from .toolbox_proxy_url import ToolboxProxyUrl

__all__ = (
    "ApiError",
    "BuildInfo",
    "CreateBuildInfo",
    "CreateSandbox",
    "CreateSandboxEnv",
    "CreateSandboxLabels",
    "CreateSandboxSecretsItem",
    "GpuType",
    "ListSandboxesResponse",
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
    "ToolboxProxyUrl",
)
