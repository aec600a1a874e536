from enum import StrEnum


class SandboxSandboxClass(StrEnum):
    ANDROID = "android"
    CONTAINER = "container"
    LINUX_VM = "linux-vm"
    WINDOWS = "windows"

    def __str__(self) -> str:
        return str(self.value)
