from enum import StrEnum


class ObjectMountType(StrEnum):
    OBJECT_MOUNT = "object_mount"

    def __str__(self) -> str:
        return str(self.value)
