"""A multipart/form-data body with one file part, framed around content that is streamed."""

from __future__ import annotations

import uuid


class MultipartFile:
    """A multipart/form-data body with one part named `file`, framed around streamed content."""

    def __init__(self, filename: str) -> None:
        self.boundary = uuid.uuid4().hex
        name = filename.replace("\\", "\\\\").replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")
        self.head = (
            f"--{self.boundary}\r\n"
            f'Content-Disposition: form-data; name="file"; filename="{name}"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n"
        ).encode()
        self.tail = f"\r\n--{self.boundary}--\r\n".encode()

    @property
    def content_type(self) -> str:
        return f"multipart/form-data; boundary={self.boundary}"
