from enum import StrEnum


class SandboxListSortField(StrEnum):
    CPU = "cpu"
    CREATEDAT = "createdAt"
    DISKGIB = "diskGib"
    LASTACTIVITYAT = "lastActivityAt"
    MEMORYGIB = "memoryGib"
    NAME = "name"

    def __str__(self) -> str:
        return str(self.value)
