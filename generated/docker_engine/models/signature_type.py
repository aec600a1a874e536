from enum import StrEnum


class SignatureType(StrEnum):
    BUNDLE_V0_3 = "bundle-v0.3"
    SIMPLESIGNING_V1 = "simplesigning-v1"

    def __str__(self) -> str:
        return str(self.value)
