from enum import StrEnum


class MainStatusCode(StrEnum):
    INSUFFICIENT_CAPACITY = "insufficient_capacity"
    NAME_TAKEN = "name_taken"
    UNKNOWN = "unknown"
    VOLUME_PLACEMENT_CAPACITY = "volume_placement_capacity"

    def __str__(self) -> str:
        return str(self.value)
