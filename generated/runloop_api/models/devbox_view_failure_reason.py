from enum import StrEnum


class DevboxViewFailureReason(StrEnum):
    EXECUTION_FAILED = "execution_failed"
    HEALTH_CHECK_FAILED = "health_check_failed"
    OUT_OF_DISK = "out_of_disk"
    OUT_OF_MEMORY = "out_of_memory"

    def __str__(self) -> str:
        return str(self.value)
