from enum import StrEnum


class SandboxState(StrEnum):
    ARCHIVED = "archived"
    ARCHIVING = "archiving"
    BUILDING_SNAPSHOT = "building_snapshot"
    BUILD_FAILED = "build_failed"
    CREATING = "creating"
    DESTROYED = "destroyed"
    DESTROYING = "destroying"
    ERROR = "error"
    FORKING = "forking"
    PAUSED = "paused"
    PAUSING = "pausing"
    PENDING_BUILD = "pending_build"
    PULLING_SNAPSHOT = "pulling_snapshot"
    RESIZING = "resizing"
    RESTORING = "restoring"
    RESUMING = "resuming"
    SNAPSHOTTING = "snapshotting"
    STARTED = "started"
    STARTING = "starting"
    STOPPED = "stopped"
    STOPPING = "stopping"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
