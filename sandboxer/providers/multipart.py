"""A multipart/form-data body with one file part, framed around content that is streamed."""

from __future__ import annotations

import uuid


def _escaped(name: str) -> str:
    return name.replace("\\", "\\\\").replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


class MultipartFile:
    """A multipart/form-data body with one part named `file`, framed around streamed content."""

    def __init__(self, filename: str, fields: dict[str, str] | None = None) -> None:
        """`fields`: text parts sent before the file (a form that names the path, say)."""
        self.boundary = uuid.uuid4().hex
        name = _escaped(filename)
        before = "".join(
            f'--{self.boundary}\r\nContent-Disposition: form-data; name="{_escaped(key)}"\r\n\r\n{value}\r\n'
            for key, value in (fields or {}).items()
        )
        self.head = (
            f"{before}--{self.boundary}\r\n"
            f'Content-Disposition: form-data; name="file"; filename="{name}"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n"
        ).encode()
        self.tail = f"\r\n--{self.boundary}--\r\n".encode()

    @property
    def content_type(self) -> str:
        return f"multipart/form-data; boundary={self.boundary}"
