from enum import StrEnum


class Status(StrEnum):
    BUILDING = "BUILDING"
    BUILT = "BUILT"
    DEACTIVATED = "DEACTIVATED"
    DEACTIVATING = "DEACTIVATING"
    DELETING = "DELETING"
    DEPLOYED = "DEPLOYED"
    DEPLOYING = "DEPLOYING"
    FAILED = "FAILED"
    TERMINATED = "TERMINATED"
    UPLOADING = "UPLOADING"

    def __str__(self) -> str:
        return str(self.value)
