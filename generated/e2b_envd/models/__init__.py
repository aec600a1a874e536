"""Contains all the data models used in inputs/outputs.

Each model is imported on first use (PEP 562): importing this package costs nothing, and an adapter
pays only for the models it touches. Type checkers see every name through the TYPE_CHECKING imports.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .entry_info import EntryInfo
    from .entry_info_metadata import EntryInfoMetadata
    from .entry_info_type import EntryInfoType
    from .error import Error
    from .post_files_files_body import PostFilesFilesBody

_MODULES = {
    "EntryInfo": ".entry_info",
    "EntryInfoMetadata": ".entry_info_metadata",
    "EntryInfoType": ".entry_info_type",
    "Error": ".error",
    "PostFilesFilesBody": ".post_files_files_body",
}

__all__ = (
    "EntryInfo",
    "EntryInfoMetadata",
    "EntryInfoType",
    "Error",
    "PostFilesFilesBody",
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
