from enum import StrEnum


class MountType(StrEnum):
    BIND = "bind"
    CLUSTER = "cluster"
    IMAGE = "image"
    NPIPE = "npipe"
    TMPFS = "tmpfs"
    VOLUME = "volume"

    def __str__(self) -> str:
        return str(self.value)
