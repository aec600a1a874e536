from enum import StrEnum


class SandboxBackupState(StrEnum):
    COMPLETED = "Completed"
    ERROR = "Error"
    INPROGRESS = "InProgress"
    NONE = "None"
    PENDING = "Pending"

    def __str__(self) -> str:
        return str(self.value)
