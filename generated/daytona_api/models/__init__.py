"""Contains all the data models used in inputs/outputs.

Each model is imported on first use (PEP 562): importing this package costs nothing, and an adapter
pays only for the models it touches. Type checkers see every name through the TYPE_CHECKING imports.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_MODULES = {
    "ApiError": ".api_error",
    "BuildInfo": ".build_info",
    "CreateBuildInfo": ".create_build_info",
    "CreateSandbox": ".create_sandbox",
    "CreateSandboxEnv": ".create_sandbox_env",
    "CreateSandboxLabels": ".create_sandbox_labels",
    "CreateSandboxSecretsItem": ".create_sandbox_secrets_item",
    "GpuType": ".gpu_type",
    "ListSandboxesResponse": ".list_sandboxes_response",
    "PortPreviewUrl": ".port_preview_url",
    "Sandbox": ".sandbox",
    "SandboxBackupState": ".sandbox_backup_state",
    "SandboxClass": ".sandbox_class",
    "SandboxDesiredState": ".sandbox_desired_state",
    "SandboxEnv": ".sandbox_env",
    "SandboxLabels": ".sandbox_labels",
    "SandboxListItem": ".sandbox_list_item",
    "SandboxListItemBackupState": ".sandbox_list_item_backup_state",
    "SandboxListItemLabels": ".sandbox_list_item_labels",
    "SandboxListSortDirection": ".sandbox_list_sort_direction",
    "SandboxListSortField": ".sandbox_list_sort_field",
    "SandboxSandboxClass": ".sandbox_sandbox_class",
    "SandboxState": ".sandbox_state",
    "SandboxVolume": ".sandbox_volume",
    "ToolboxProxyUrl": ".toolbox_proxy_url",
}

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
