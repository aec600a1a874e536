from enum import StrEnum


class DevboxViewStatus(StrEnum):
    FAILURE = "failure"
    INITIALIZING = "initializing"
    PROVISIONING = "provisioning"
    RESUMING = "resuming"
    RUNNING = "running"
    SHUTDOWN = "shutdown"
    SUSPENDED = "suspended"
    SUSPENDING = "suspending"

    def __str__(self) -> str:
        return str(self.value)
