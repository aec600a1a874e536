from enum import StrEnum


class SandboxListItemBackupState(StrEnum):
    COMPLETED = "Completed"
    ERROR = "Error"
    INPROGRESS = "InProgress"
    NONE = "None"
    PENDING = "Pending"

    def __str__(self) -> str:
        return str(self.value)
