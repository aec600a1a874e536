from enum import StrEnum


class SignatureTimestampType(StrEnum):
    TIMESTAMPAUTHORITY = "TimestampAuthority"
    TLOG = "Tlog"

    def __str__(self) -> str:
        return str(self.value)
