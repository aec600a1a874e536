from enum import StrEnum


class HostConfigLogConfigType(StrEnum):
    AWSLOGS = "awslogs"
    ETWLOGS = "etwlogs"
    FLUENTD = "fluentd"
    GELF = "gelf"
    JOURNALD = "journald"
    JSON_FILE = "json-file"
    LOCAL = "local"
    NONE = "none"
    SPLUNK = "splunk"
    SYSLOG = "syslog"

    def __str__(self) -> str:
        return str(self.value)
