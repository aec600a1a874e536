from enum import StrEnum


class IPAssignmentType(StrEnum):
    EGRESS_PAIR = "egress_pair"
    EGRESS_V4 = "egress_v4"
    EGRESS_V6 = "egress_v6"
    PRIVATE_V6 = "private_v6"
    SHARED_V4 = "shared_v4"
    V4 = "v4"
    V6 = "v6"

    def __str__(self) -> str:
        return str(self.value)
