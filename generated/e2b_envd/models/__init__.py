"""Contains all the data models used in inputs/outputs"""

from .entry_info import EntryInfo
from .entry_info_metadata import EntryInfoMetadata
from .entry_info_type import EntryInfoType
from .error import Error
from .post_files_files_body import PostFilesFilesBody

__all__ = (
    "EntryInfo",
    "EntryInfoMetadata",
    "EntryInfoType",
    "Error",
    "PostFilesFilesBody",
)
