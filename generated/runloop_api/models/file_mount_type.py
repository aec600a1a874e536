from enum import StrEnum


class FileMountType(StrEnum):
    FILE_MOUNT = "file_mount"

    def __str__(self) -> str:
        return str(self.value)
