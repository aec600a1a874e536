from enum import StrEnum


class HostConfigIsolation(StrEnum):
    DEFAULT = "default"
    HYPERV = "hyperv"
    PROCESS = "process"
    VALUE_3 = ""

    def __str__(self) -> str:
        return str(self.value)
