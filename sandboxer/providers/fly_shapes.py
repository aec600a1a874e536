"""Fly Machines' shapes mapped onto ours, without I/O: config, machine records and configs, exec answers.

The async adapter (`_async/fly.py`) and its generated sync twin share everything here.
"""

from __future__ import annotations

import math
import os
from datetime import UTC, datetime, timedelta
from typing import Any

import attrs
from dateutil.parser import isoparse

from ..config import ProviderConfig
from ..errors import BadConfigError, InvalidRequestError, ProviderError
from ..types import CreateSandboxRequest, SandboxInfo, SandboxStatus
from . import managed

NAME = "fly-machines"
DEFAULT_BASE_URL = "https://api.machines.dev"
# coreutils, util-linux (setsid, su) and a shell: what the adapter's scripts use.
DEFAULT_IMAGE = "debian:bookworm-slim"
DEFAULT_REQUEST_TIMEOUT = 60.0
DEFAULT_START_TIMEOUT = 300.0
DEFAULT_CHUNK = 512 * 1024  # raw bytes of a file per exec (base64 in stdin/stdout: 4/3 of it)
WAIT_SLICE = 15  # seconds one exec waits for a command, by the machine's clock
EXEC_TIMEOUT = 25  # exec's own `timeout`: exec answers 408 past ~30 s whatever it is given
WAIT_MAX = 60  # the most Machines_wait takes in `timeout`
SHARED_CPUS = (1, 2, 4, 6, 8)  # the CPU counts of Fly's shared sizes (see _guest)
_MB_PER_CPU = (256, 2048)  # a shared size's memory per CPU, at least and at most
_MB_STEP = 256

EXPIRES_KEY = "sandboxer_expires_at"
NONCE_KEY = "sandboxer_create"  # finds the machine of a create whose answer was lost
TEMPLATE_KEY = "sandboxer_template"
# The machine's main process when the image's own command is not kept: it idles, or ends after the
# sandbox's lifetime (then auto_destroy removes the machine).
IDLE = ["/bin/sh", "-c", "while :; do sleep 3600; done"]

_STATUSES = {
    "created": SandboxStatus.STARTING,
    "creating": SandboxStatus.STARTING,
    "starting": SandboxStatus.STARTING,
    "restarting": SandboxStatus.STARTING,
    "updating": SandboxStatus.STARTING,
    "replacing": SandboxStatus.STARTING,
    "started": SandboxStatus.RUNNING,
    "suspending": SandboxStatus.PAUSED,
    "suspended": SandboxStatus.PAUSED,
    "stopping": SandboxStatus.STOPPED,
    "stopped": SandboxStatus.STOPPED,
    "destroying": SandboxStatus.STOPPED,
    "destroyed": SandboxStatus.STOPPED,
    "replaced": SandboxStatus.STOPPED,
    "migrated": SandboxStatus.STOPPED,
    "failed": SandboxStatus.ERROR,
    "launch_failed": SandboxStatus.ERROR,
}
GONE = frozenset({"destroying", "destroyed", "replaced", "migrated"})


@attrs.frozen
class FlySettings:
    token: str = attrs.field(repr=False)
    base_url: str
    app: str
    region: str | None
    hostname: str
    image: str
    keep_image_command: bool
    request_timeout: float
    start_timeout: float
    chunk: int

    @property
    def authorization(self) -> str:
        # Tokens from `fly tokens create` already carry their scheme ("FlyV1 fm2_..."); older ones are bearer.
        return self.token if self.token.startswith("FlyV1 ") else f"Bearer {self.token}"


def settings(config: ProviderConfig) -> FlySettings:
    token = config.api_key or os.environ.get("FLY_API_TOKEN")
    if not token:
        raise BadConfigError("Fly Machines needs a token: pass api_key or set FLY_API_TOKEN")
    # SANDBOXER_FLY_APP before FLY_APP_NAME: Fly sets FLY_APP_NAME in every machine (docs
    # machines/runtime-environment.html.md:16-25), so a program deployed on Fly would otherwise make
    # its sandboxes in its own app, beside its own secrets.
    app = config.extra.get("app") or os.environ.get("SANDBOXER_FLY_APP") or os.environ.get("FLY_APP_NAME")
    if not app or not isinstance(app, str):
        raise BadConfigError("Fly Machines needs an app: extra['app'], SANDBOXER_FLY_APP or FLY_APP_NAME")
    chunk = config.positive_extra("file_chunk_bytes", DEFAULT_CHUNK)
    return FlySettings(
        token=token,
        base_url=(config.base_url or DEFAULT_BASE_URL).rstrip("/").removesuffix("/v1"),
        app=app,
        region=config.extra.get("region") or os.environ.get("FLY_REGION") or None,
        hostname=str(config.extra.get("hostname") or f"{app}.fly.dev"),
        image=str(config.extra.get("image") or DEFAULT_IMAGE),
        keep_image_command=bool(config.extra.get("keep_image_command", False)),
        request_timeout=config.request_seconds(DEFAULT_REQUEST_TIMEOUT),
        start_timeout=config.positive_extra("start_timeout_seconds", DEFAULT_START_TIMEOUT),
        chunk=max(int(chunk) // 3 * 3, 3),  # whole base64 quanta: chunks concatenate cleanly
    )


def _guest(cpus: float | None, memory_mb: int | None) -> dict[str, Any] | None:
    """The smallest shared size with at least the CPUs and memory asked for (rounded up, never below).

    Fly's shared sizes: 1, 2, 4, 6 or 8 CPUs, each with 256 to 2048 MB, in steps of 256 MB (docs
    machines/guides-examples/machine-sizing.html.markerb:18,57; flyctl internal/machine/update.go:16-19;
    fly-go machine_types.go:549-555). More memory than 2048 MB takes more CPUs; more than shared CPUs
    offer is refused here, before anything is made.
    """
    if cpus is None and memory_mb is None:
        return None
    memory = max(math.ceil((memory_mb or 0) / _MB_STEP), 1) * _MB_STEP
    wanted = max(cpus or 1, math.ceil(memory / _MB_PER_CPU[1]))
    fitting = [n for n in SHARED_CPUS if n >= wanted]
    if not fitting:
        raise InvalidRequestError(
            f"Fly's shared machines have at most {SHARED_CPUS[-1]} CPUs and "
            f"{SHARED_CPUS[-1] * _MB_PER_CPU[1]} MB: cpus={cpus}, memory_mb={memory_mb} is more"
        )
    return {"cpu_kind": "shared", "cpus": fitting[0], "memory_mb": max(memory, fitting[0] * _MB_PER_CPU[0])}


def _service(port: int) -> dict[str, Any]:
    """Port P of the machine, public on the app's hostname: HTTP on 80, TLS + HTTP on any other."""
    handlers = ["http"] if port == 80 else ["tls", "http"]
    return {
        "protocol": "tcp",
        "internal_port": port,
        "autostop": "off",  # the proxy must not stop a sandbox it sees idle
        "ports": [{"port": port, "handlers": handlers}],
    }


def machine_body(req: CreateSandboxRequest, conf: FlySettings, now: datetime, nonce: str) -> dict[str, Any]:
    """The CreateMachineRequest for a sandbox."""
    metadata = managed.marked(req.metadata)  # list, attach and kill see only machines with it
    metadata[NONCE_KEY] = nonce
    config: dict[str, Any] = {
        "image": req.template or conf.image,
        "env": dict(req.envs),
        "metadata": metadata,
    }
    if req.template is not None:
        metadata[TEMPLATE_KEY] = req.template
    guest = _guest(req.cpus, req.memory_mb)
    if guest:
        config["guest"] = guest
    if req.ports:
        config["services"] = [_service(p) for p in req.ports]
    if req.timeout_seconds is not None:
        if conf.keep_image_command:
            raise InvalidRequestError(
                "timeout_seconds on Fly Machines ends the machine's main process; with "
                "keep_image_command the image's own command runs instead"
            )
        seconds = max(math.ceil(req.timeout_seconds), 1)
        config["init"] = {"exec": ["/bin/sh", "-c", f"sleep {seconds}"]}
        # The lifetime is the main process's: when it ends the machine stops, and is destroyed
        # unless auto_destroy=False was asked for. It must not be restarted.
        config["restart"] = {"policy": "no"}
        config["auto_destroy"] = req.auto_destroy is not False
        metadata[EXPIRES_KEY] = (now + timedelta(seconds=seconds)).strftime("%Y-%m-%dT%H:%M:%SZ")
    else:
        if not conf.keep_image_command:
            config["init"] = {"exec": IDLE}
        if req.auto_destroy is not None:
            config["auto_destroy"] = req.auto_destroy
    body: dict[str, Any] = {"config": config}
    if conf.region:
        body["region"] = conf.region
    return body


def is_ours(record: Any) -> bool:
    config = record.get("config") if isinstance(record, dict) else None
    return managed.is_marked((config or {}).get("metadata") if isinstance(config, dict) else None)


def _time(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = isoparse(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def machine_info(record: Any) -> SandboxInfo:
    if not isinstance(record, dict) or not isinstance(record.get("id"), str):
        raise ProviderError(NAME, f"malformed machine record: {record!r:.200}")
    config = record.get("config") if isinstance(record.get("config"), dict) else {}
    raw = config.get("metadata") if isinstance(config.get("metadata"), dict) else {}
    metadata = managed.unmarked(raw)
    expires = _time(metadata.pop(EXPIRES_KEY, None))
    metadata.pop(NONCE_KEY, None)
    template = metadata.pop(TEMPLATE_KEY, None) or config.get("image")
    guest = config.get("guest") if isinstance(config.get("guest"), dict) else {}
    return SandboxInfo(
        id=record["id"],
        provider=NAME,
        template=template,
        status=_STATUSES.get(str(record.get("state")), SandboxStatus.ERROR),
        started_at=_time(record.get("created_at")) or datetime.now(UTC),
        expires_at=expires,
        metadata=metadata,
        managed=managed.is_marked(raw),
        cpus=guest.get("cpus") if isinstance(guest.get("cpus"), int) else None,
        memory_mb=guest.get("memory_mb") if isinstance(guest.get("memory_mb"), int) else None,
    )


def port_url(record: Any, hostname: str, port: int) -> str:
    """The public URL of a port declared at create (a service of the machine's config)."""
    config = record.get("config") if isinstance(record, dict) else None
    for service in (config or {}).get("services") or []:
        if not isinstance(service, dict) or service.get("internal_port") != port:
            continue
        for public in service.get("ports") or []:
            external = public.get("port") if isinstance(public, dict) else None
            if not isinstance(external, int):
                continue
            tls = "tls" in (public.get("handlers") or [])
            scheme = "https" if tls else "http"
            default = 443 if tls else 80
            return f"{scheme}://{hostname}" + ("" if external == default else f":{external}")
    raise InvalidRequestError(
        f"port_url: port {port} is not public on this machine; declare it in CreateSandboxRequest.ports"
    )


@attrs.frozen
class ExecAnswer:
    stdout: str
    stderr: str
    exit_code: int


def _integer(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def exec_answer(answer: Any) -> ExecAnswer:
    """An ExecResponse (FLY-spec flydv1.ExecResponse: exit_code, exit_signal, stdout, stderr; none
    required). A missing exit_code is 0, as fly-go (`exit_code,omitempty`, machine_types.go:1198-1202)
    and flyctl read it. A command ended by signal N reports 128 + N, as a shell would, however the
    answer says it (exit_signal N with exit_code -1, 0 or none: undocumented)."""
    if not isinstance(answer, dict):
        raise ProviderError(NAME, f"malformed exec answer: {answer!r:.200}")
    code, signal = answer.get("exit_code"), answer.get("exit_signal")
    if code is None:
        code = 0
    if not _integer(code) or not (signal is None or _integer(signal)):
        raise ProviderError(NAME, f"malformed exec answer: {answer!r:.200}")
    if signal is not None and signal > 0 and code <= 0:
        code = 128 + signal
    return ExecAnswer(str(answer.get("stdout") or ""), str(answer.get("stderr") or ""), code)
