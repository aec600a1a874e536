from enum import StrEnum


class SandboxState(StrEnum):
    RUNNING = "RUNNING"
    STANDBY = "STANDBY"

    def __str__(self) -> str:
        return str(self.value)
