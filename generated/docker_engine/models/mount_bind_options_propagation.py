from enum import StrEnum


class MountBindOptionsPropagation(StrEnum):
    PRIVATE = "private"
    RPRIVATE = "rprivate"
    RSHARED = "rshared"
    RSLAVE = "rslave"
    SHARED = "shared"
    SLAVE = "slave"

    def __str__(self) -> str:
        return str(self.value)
