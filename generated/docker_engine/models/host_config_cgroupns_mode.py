from enum import StrEnum


class HostConfigCgroupnsMode(StrEnum):
    HOST = "host"
    PRIVATE = "private"

    def __str__(self) -> str:
        return str(self.value)
