"""Where the Docker engine is: DOCKER_HOST (unix:// or tcp://), config.base_url, or the default socket."""

from __future__ import annotations

import os
from urllib.parse import urlsplit

import attrs

from ..config import ProviderConfig
from ..errors import BadConfigError

DEFAULT_HOST = "unix:///var/run/docker.sock"
# The newest Engine API version our spec describes; we speak min(this, the engine's version).
SPEC_API_VERSION = (1, 56)


@attrs.frozen
class EngineAddress:
    base: str  # origin our requests go to ("http://docker" over a socket)
    socket_path: str | None
    described: str  # named in connection errors
    published_host: str  # where published container ports are reached


def engine_address(config: ProviderConfig) -> EngineAddress:
    host = config.base_url or os.environ.get("DOCKER_HOST") or DEFAULT_HOST
    parts = urlsplit(host)
    if parts.scheme == "unix":
        path = parts.path or parts.netloc
        if not path:
            raise BadConfigError(f"DOCKER_HOST {host!r} names no socket path")
        return EngineAddress("http://docker", path, f"the Docker engine at unix://{path}", "127.0.0.1")
    if parts.scheme in ("tcp", "http", "https"):
        if not parts.hostname:
            raise BadConfigError(f"Docker host {host!r} names no host")
        scheme = "https" if parts.scheme == "https" else "http"
        port = parts.port or (2376 if scheme == "https" else 2375)
        return EngineAddress(
            f"{scheme}://{parts.hostname}:{port}", None, f"the Docker engine at {host}", parts.hostname
        )
    raise BadConfigError(f"unsupported Docker host {host!r}: use unix:///path or tcp://host:port")


def negotiate(server_version: str | None) -> str:
    """The API version to speak: the engine's, capped at the one our spec describes."""
    try:
        major, minor = (int(x) for x in (server_version or "").split(".")[:2])
    except ValueError:
        major, minor = SPEC_API_VERSION
    major, minor = min((major, minor), SPEC_API_VERSION)
    return f"{major}.{minor}"
