from enum import StrEnum


class SandboxDesiredState(StrEnum):
    ARCHIVED = "archived"
    DESTROYED = "destroyed"
    PAUSED = "paused"
    RESIZED = "resized"
    STARTED = "started"
    STOPPED = "stopped"

    def __str__(self) -> str:
        return str(self.value)
