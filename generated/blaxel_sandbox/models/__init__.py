"""Contains all the data models used in inputs/outputs"""

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
