"""Contains all the data models used in inputs/outputs.

Each model is imported on first use (PEP 562): importing this package costs nothing, and an adapter
pays only for the models it touches. Type checkers see every name through the TYPE_CHECKING imports.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .directory import Directory
    from .error_response import ErrorResponse
    from .file import File
    from .file_request import FileRequest
    from .file_with_content import FileWithContent
    from .multipart_complete_request import MultipartCompleteRequest
    from .multipart_initiate_request import MultipartInitiateRequest
    from .multipart_initiate_response import MultipartInitiateResponse
    from .multipart_part_info import MultipartPartInfo
    from .multipart_upload_part_response import MultipartUploadPartResponse
    from .process_logs import ProcessLogs
    from .process_request import ProcessRequest
    from .process_request_env import ProcessRequestEnv
    from .process_response import ProcessResponse
    from .process_response_status import ProcessResponseStatus
    from .put_filesystem_multipart_upload_id_part_body import (
        PutFilesystemMultipartUploadIdPartBody,
    )
    from .subdirectory import Subdirectory
    from .success_response import SuccessResponse

_MODULES = {
    "Directory": ".directory",
    "ErrorResponse": ".error_response",
    "File": ".file",
    "FileRequest": ".file_request",
    "FileWithContent": ".file_with_content",
    "MultipartCompleteRequest": ".multipart_complete_request",
    "MultipartInitiateRequest": ".multipart_initiate_request",
    "MultipartInitiateResponse": ".multipart_initiate_response",
    "MultipartPartInfo": ".multipart_part_info",
    "MultipartUploadPartResponse": ".multipart_upload_part_response",
    "ProcessLogs": ".process_logs",
    "ProcessRequest": ".process_request",
    "ProcessRequestEnv": ".process_request_env",
    "ProcessResponse": ".process_response",
    "ProcessResponseStatus": ".process_response_status",
    "PutFilesystemMultipartUploadIdPartBody": ".put_filesystem_multipart_upload_id_part_body",
    "Subdirectory": ".subdirectory",
    "SuccessResponse": ".success_response",
}

__all__ = (
    "Directory",
    "ErrorResponse",
    "File",
    "FileRequest",
    "FileWithContent",
    "MultipartCompleteRequest",
    "MultipartInitiateRequest",
    "MultipartInitiateResponse",
    "MultipartPartInfo",
    "MultipartUploadPartResponse",
    "ProcessLogs",
    "ProcessRequest",
    "ProcessRequestEnv",
    "ProcessResponse",
    "ProcessResponseStatus",
    "PutFilesystemMultipartUploadIdPartBody",
    "Subdirectory",
    "SuccessResponse",
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
