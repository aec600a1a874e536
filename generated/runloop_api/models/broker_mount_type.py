from enum import StrEnum


class BrokerMountType(StrEnum):
    BROKER_MOUNT = "broker_mount"

    def __str__(self) -> str:
        return str(self.value)
