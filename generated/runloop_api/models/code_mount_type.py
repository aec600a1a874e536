from enum import StrEnum


class CodeMountType(StrEnum):
    CODE_MOUNT = "code_mount"

    def __str__(self) -> str:
        return str(self.value)
