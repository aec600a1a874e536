from enum import StrEnum


class SandboxClass(StrEnum):
    ANDROID = "android"
    CONTAINER = "container"
    LINUX_VM = "linux-vm"
    WINDOWS = "windows"

    def __str__(self) -> str:
        return str(self.value)
