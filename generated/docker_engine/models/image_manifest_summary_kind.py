from enum import StrEnum


class ImageManifestSummaryKind(StrEnum):
    ATTESTATION = "attestation"
    IMAGE = "image"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
