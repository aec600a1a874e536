from enum import StrEnum


class GpuType(StrEnum):
    H100 = "H100"
    H200 = "H200"
    RTX_4090 = "RTX-4090"
    RTX_5090 = "RTX-5090"
    RTX_PRO_6000 = "RTX-PRO-6000"

    def __str__(self) -> str:
        return str(self.value)
