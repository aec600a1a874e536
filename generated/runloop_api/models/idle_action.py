from enum import StrEnum


class IdleAction(StrEnum):
    SHUTDOWN = "shutdown"
    SUSPEND = "suspend"

    def __str__(self) -> str:
        return str(self.value)
