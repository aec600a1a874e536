from enum import StrEnum


class ContainerStateType0Status(StrEnum):
    CREATED = "created"
    DEAD = "dead"
    EXITED = "exited"
    PAUSED = "paused"
    REMOVING = "removing"
    RESTARTING = "restarting"
    RUNNING = "running"

    def __str__(self) -> str:
        return str(self.value)
