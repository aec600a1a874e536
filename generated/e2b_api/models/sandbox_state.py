from enum import StrEnum


class SandboxState(StrEnum):
    PAUSED = "paused"
    RUNNING = "running"

    def __str__(self) -> str:
        return str(self.value)
