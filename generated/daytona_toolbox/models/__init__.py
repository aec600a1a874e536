"""Contains all the data models used in inputs/outputs"""

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
from .uploaded_file import UploadedFile

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
    "UploadedFile",
)
