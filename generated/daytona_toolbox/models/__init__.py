"""Contains all the data models used in inputs/outputs.

Each model is imported on first use (PEP 562): importing this package costs nothing, and an adapter
pays only for the models it touches. Type checkers see every name through the TYPE_CHECKING imports.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .command import Command
    from .create_session_request import CreateSessionRequest
    from .daemon_error_code import DaemonErrorCode
    from .error_response import ErrorResponse
    from .file_info import FileInfo
    from .gin_h import GinH
    from .gin_h_additional_property import GinHAdditionalProperty
    from .pty_create_request import PtyCreateRequest
    from .pty_create_request_envs import PtyCreateRequestEnvs
    from .pty_create_response import PtyCreateResponse
    from .pty_list_response import PtyListResponse
    from .pty_resize_request import PtyResizeRequest
    from .pty_session_info import PtySessionInfo
    from .pty_session_info_envs import PtySessionInfoEnvs
    from .session_command_logs_response import SessionCommandLogsResponse
    from .session_execute_request import SessionExecuteRequest
    from .session_execute_response import SessionExecuteResponse
    from .session_send_input_request import SessionSendInputRequest
    from .upload_file_request import UploadFileRequest
    from .upload_files_response_200 import UploadFilesResponse200
    from .upload_files_response_200_files_item import UploadFilesResponse200FilesItem
    from .upload_files_response_400 import UploadFilesResponse400
    from .upload_files_response_400_files_item import UploadFilesResponse400FilesItem
    from .uploaded_file import UploadedFile

_MODULES = {
    "Command": ".command",
    "CreateSessionRequest": ".create_session_request",
    "DaemonErrorCode": ".daemon_error_code",
    "ErrorResponse": ".error_response",
    "FileInfo": ".file_info",
    "GinH": ".gin_h",
    "GinHAdditionalProperty": ".gin_h_additional_property",
    "PtyCreateRequest": ".pty_create_request",
    "PtyCreateRequestEnvs": ".pty_create_request_envs",
    "PtyCreateResponse": ".pty_create_response",
    "PtyListResponse": ".pty_list_response",
    "PtyResizeRequest": ".pty_resize_request",
    "PtySessionInfo": ".pty_session_info",
    "PtySessionInfoEnvs": ".pty_session_info_envs",
    "SessionCommandLogsResponse": ".session_command_logs_response",
    "SessionExecuteRequest": ".session_execute_request",
    "SessionExecuteResponse": ".session_execute_response",
    "SessionSendInputRequest": ".session_send_input_request",
    "UploadFileRequest": ".upload_file_request",
    "UploadFilesResponse200": ".upload_files_response_200",
    "UploadFilesResponse200FilesItem": ".upload_files_response_200_files_item",
    "UploadFilesResponse400": ".upload_files_response_400",
    "UploadFilesResponse400FilesItem": ".upload_files_response_400_files_item",
    "UploadedFile": ".uploaded_file",
}

__all__ = (
    "Command",
    "CreateSessionRequest",
    "DaemonErrorCode",
    "ErrorResponse",
    "FileInfo",
    "GinH",
    "GinHAdditionalProperty",
    "PtyCreateRequest",
    "PtyCreateRequestEnvs",
    "PtyCreateResponse",
    "PtyListResponse",
    "PtyResizeRequest",
    "PtySessionInfo",
    "PtySessionInfoEnvs",
    "SessionCommandLogsResponse",
    "SessionExecuteRequest",
    "SessionExecuteResponse",
    "SessionSendInputRequest",
    "UploadFileRequest",
    "UploadFilesResponse200",
    "UploadFilesResponse200FilesItem",
    "UploadFilesResponse400",
    "UploadFilesResponse400FilesItem",
    "UploadedFile",
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
