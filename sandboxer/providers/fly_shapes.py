"""Fly Machines' shapes mapped onto ours, without I/O: config, machine records and configs, exec answers.

The async adapter (`_async/fly.py`) and its generated sync twin share everything here.
"""

from __future__ import annotations

import logging
import math
import os
import re
from datetime import UTC, datetime, timedelta
from typing import Any

import attrs

from ..config import ProviderConfig
from ..errors import BadConfigError, InvalidRequestError, NotFoundError, ProviderError
from ..types import CreateSandboxRequest, SandboxInfo, SandboxStatus
from . import managed
from .timestamps import parse_iso

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
# Fly's guest sizes by cpu_kind: (CPU counts, MB per CPU at least, at most, memory step). Docs
# machines/guides-examples/machine-sizing.html.markerb:18,57 ("Memory limits are 2gb * shared CPU size
# or 8gb * performance CPU size. Minimum memory is 256m * shared CPU size or 2048m * performance CPU
# size"; "a multiple of 256 for shared sizes, and 2048 for performance sizes"); CPU counts: flyctl
# internal/machine/update.go:16-19, fly-go machine_types.go:549-574 (presets: performance up to 16x).
GUEST_SIZES = {
    "shared": ((1, 2, 4, 6, 8), 256, 2048, 256),
    "performance": ((1, 2, 4, 6, 8, 10, 12, 14, 16), 2048, 8192, 2048),
}
SANDBOX_APP_INFIX = "-sbx-"  # extra['app_per_sandbox']: each sandbox's app is <app>-sbx-<nonce>
ID_SEPARATOR = ":"  # a sandbox of its own app is "<app>:<machine id>" (names and ids hold no ':')
WATCHDOG_FILE = "/run/sandboxer-deadline"

log = logging.getLogger("sandboxer.fly")

EXPIRES_KEY = "sandboxer_expires_at"
NONCE_KEY = "sandboxer_create"  # finds the machine of a create whose answer was lost
TEMPLATE_KEY = "sandboxer_template"
# The machine's main process when the image's own command is not kept: a watchdog that ends at the
# deadline in WATCHDOG_FILE (seconds since the epoch, by the machine's clock), then the machine stops
# (and auto_destroy removes it). Its argument, when given, is the lifetime asked for at create, from
# boot; set_timeout rewrites the file through exec (SET_DEADLINE). With no deadline it idles. Its pid
# in WATCHDOG_FILE.pid says that it runs.
WATCHDOG = r"""
f=$0
mkdir -p "${f%/*}" && echo "$$" > "$f.pid"
[ -n "$1" ] && [ ! -e "$f" ] && echo "$(( $(date +%s) + $1 ))" > "$f"
while :; do
  d=$(cat "$f" 2>/dev/null)
  case $d in ''|*[!0-9]*) ;; *) [ "$(date +%s)" -ge "$d" ] && exit 0 ;; esac
  sleep 1
done
"""
# set_timeout's exec: the new deadline ($2) for the watchdog; exit 3 when no watchdog runs (a machine
# that kept its image's command).
SET_DEADLINE = r"""
f=$1
kill -0 "$(cat "$f.pid" 2>/dev/null)" 2>/dev/null || exit 3
echo "$2" > "$f.new" && mv -f "$f.new" "$f"
"""
NO_WATCHDOG = 3

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
    cpu_kind: str
    app_per_sandbox: bool
    org: str
    image: str
    keep_image_command: bool
    pace_requests: bool
    request_timeout: float
    start_timeout: float
    chunk: int

    @property
    def authorization(self) -> str:
        # Tokens from `fly tokens create` already carry their scheme ("FlyV1 fm2_..."); older ones are bearer.
        return self.token if self.token.startswith("FlyV1 ") else f"Bearer {self.token}"


def _app(config: ProviderConfig) -> str:
    """extra['app'], then SANDBOXER_FLY_APP, and only then FLY_APP_NAME: Fly sets FLY_APP_NAME in every
    machine (docs machines/runtime-environment.html.md:16-25), so a program deployed on Fly would
    make its sandboxes in its own app, beside its own secrets: said in a warning."""
    app = config.extra.get("app") or os.environ.get("SANDBOXER_FLY_APP")
    if not app and os.environ.get("FLY_APP_NAME"):
        app = os.environ["FLY_APP_NAME"]
        log.warning(
            "Fly Machines: the app is FLY_APP_NAME (%s), which Fly sets in every machine: on Fly, that is "
            "this program's own app; set extra['app'] or SANDBOXER_FLY_APP to keep sandboxes apart",
            app,
        )
    if not app or not isinstance(app, str):
        raise BadConfigError("Fly Machines needs an app: extra['app'], SANDBOXER_FLY_APP or FLY_APP_NAME")
    return app


def settings(config: ProviderConfig) -> FlySettings:
    # Stripped: a token read from a file keeps its newline, which httpx refuses in a header.
    token = (config.api_key or os.environ.get("FLY_API_TOKEN") or "").strip()
    if not token:
        raise BadConfigError("Fly Machines needs a token: pass api_key or set FLY_API_TOKEN")
    app = _app(config)
    cpu_kind = config.extra.get("cpu_kind") or "shared"
    if cpu_kind not in GUEST_SIZES:
        raise BadConfigError(f"extra['cpu_kind'] must be one of {sorted(GUEST_SIZES)}, not {cpu_kind!r}")
    chunk = config.positive_extra("file_chunk_bytes", DEFAULT_CHUNK)
    return FlySettings(
        token=token,
        base_url=(config.base_url or DEFAULT_BASE_URL).rstrip("/").removesuffix("/v1"),
        app=app,
        region=config.extra.get("region") or os.environ.get("FLY_REGION") or None,
        cpu_kind=cpu_kind,
        app_per_sandbox=config.flag_extra("app_per_sandbox", False),
        org=str(config.extra.get("org") or os.environ.get("FLY_ORG") or "personal"),
        image=str(config.extra.get("image") or DEFAULT_IMAGE),
        keep_image_command=config.flag_extra("keep_image_command", False),
        # Fly's rate limits kept from the first request (fly_transport); False: from the first 429.
        pace_requests=config.flag_extra("pace_requests", True),
        request_timeout=config.request_seconds(DEFAULT_REQUEST_TIMEOUT),
        start_timeout=config.positive_extra("start_timeout_seconds", DEFAULT_START_TIMEOUT),
        chunk=max(int(chunk) // 3 * 3, 3),  # whole base64 quanta: chunks concatenate cleanly
    )


def guest(cpus: float | None, memory_mb: int | None, kind: str = "shared") -> dict[str, Any] | None:
    """The smallest size of `kind` holding at least the CPUs and memory asked for, or
    InvalidRequestError before anything is made when none does (GUEST_SIZES: Fly answers 422)."""
    if cpus is None and memory_mb is None:
        return None
    counts, least, most, step = GUEST_SIZES[kind]
    memory = max(math.ceil((memory_mb or 0) / step), 1) * step
    for count in counts:
        if count >= (cpus or 1) and count * most >= memory:
            return {"cpu_kind": kind, "cpus": count, "memory_mb": max(memory, count * least)}
    raise InvalidRequestError(
        f"Fly's {kind} machines have at most {counts[-1]} CPUs and {counts[-1] * most} MB: "
        f"cpus={cpus}, memory_mb={memory_mb} is more (extra['cpu_kind'] chooses shared or performance)"
    )


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
    size = guest(req.cpus, req.memory_mb, conf.cpu_kind)
    if size:
        config["guest"] = size
    if req.ports:
        # Public on the app's hostname; in a shared app balanced over every machine serving the port,
        # so only a sandbox of its own app has a port_url.
        config["services"] = [_service(p) for p in req.ports]
    lifetime = None
    if req.timeout_seconds is not None:
        if conf.keep_image_command:
            raise InvalidRequestError(
                "timeout_seconds on Fly Machines ends the machine's main process; with "
                "keep_image_command the image's own command runs instead"
            )
        lifetime = max(math.ceil(req.timeout_seconds), 1)
        metadata[EXPIRES_KEY] = expires_text(now + timedelta(seconds=lifetime))
    if not conf.keep_image_command:
        config["init"] = {"exec": watchdog(lifetime)}
        # The lifetime is the watchdog's: when it ends the machine stops, and is destroyed unless
        # auto_destroy=False was asked for. It must not be restarted.
        config["restart"] = {"policy": "no"}
        config["auto_destroy"] = req.auto_destroy is not False
    elif req.auto_destroy is not None:
        config["auto_destroy"] = req.auto_destroy
    # The app's secrets stay out of a sandbox ("Machines in a single app also share app-level secrets",
    # docs blueprints/per-user-dev-environments.html.md:64; fly-go LaunchMachineInput.SkipSecrets).
    body: dict[str, Any] = {"config": config, "skip_secrets": True}
    if conf.region:
        body["region"] = conf.region
    return body


def expires_text(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def watchdog(seconds: int | None) -> list[str]:
    """The main process: WATCHDOG, ending `seconds` after boot (none: it idles until set_timeout)."""
    return ["/bin/sh", "-c", WATCHDOG, WATCHDOG_FILE, "" if seconds is None else str(seconds)]


def sandbox_app_name(app: str, nonce: str) -> str:
    """A sandbox's own app: lowercase letters, digits and dashes, as Fly's app names are."""
    return f"{app}{SANDBOX_APP_INFIX}{re.sub(r'[^a-z0-9]', '', nonce.lower())[:20]}"


def is_sandbox_app(conf: FlySettings, name: Any) -> bool:
    return isinstance(name, str) and name.startswith(conf.app + SANDBOX_APP_INFIX)


def sandbox_id(app: str | None, machine_id: str) -> str:
    return machine_id if app is None else f"{app}{ID_SEPARATOR}{machine_id}"


def split_id(conf: FlySettings, sandbox_id: str) -> tuple[str, str]:
    """(app, machine id) of a sandbox id: "<app>:<machine>" for a sandbox of its own app."""
    app, separator, machine = sandbox_id.rpartition(ID_SEPARATOR)
    if not separator:
        return conf.app, sandbox_id
    if not is_sandbox_app(conf, app) or not machine:
        raise NotFoundError(NAME, f"no sandbox {sandbox_id!r} (not in an app of {conf.app!r})")
    return app, machine


def is_ours(record: Any) -> bool:
    config = record.get("config") if isinstance(record, dict) else None
    return managed.is_marked((config or {}).get("metadata") if isinstance(config, dict) else None)


def _time(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = parse_iso(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _object(value: Any) -> dict[str, Any]:
    """A JSON object field as a dict: empty when the answer has none there (or not an object)."""
    return value if isinstance(value, dict) else {}


def machine_info(record: Any, app: str | None = None) -> SandboxInfo:
    """A machine as a sandbox; `app`: the sandbox's own app (its id then names it)."""
    if not isinstance(record, dict) or not isinstance(record.get("id"), str):
        raise ProviderError(NAME, f"malformed machine record: {record!r:.200}")
    config = _object(record.get("config"))
    raw = _object(config.get("metadata"))
    metadata = managed.unmarked(raw)
    expires = _time(metadata.pop(EXPIRES_KEY, None))
    metadata.pop(NONCE_KEY, None)
    template = metadata.pop(TEMPLATE_KEY, None) or config.get("image")
    size = _object(config.get("guest"))
    return SandboxInfo(
        id=sandbox_id(app, record["id"]),
        provider=NAME,
        template=template,
        status=_STATUSES.get(str(record.get("state")), SandboxStatus.ERROR),
        started_at=_time(record.get("created_at")) or datetime.now(UTC),
        expires_at=expires,
        metadata=metadata,
        managed=managed.is_marked(raw),
        cpus=size.get("cpus") if isinstance(size.get("cpus"), int) else None,
        memory_mb=size.get("memory_mb") if isinstance(size.get("memory_mb"), int) else None,
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
