"""Local sandboxes are safe by default (issue 20), on the real engine: a process limit, no privilege
escalation, trimmed capabilities, memory that is really limited and said so when it runs out, an
optional network, gVisor on request; each default can be changed and a refused setting is named.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import struct
import subprocess
import threading
import time
import tracemalloc

import pytest

from sandboxer import CreateSandboxRequest, RunCommandRequest, Sandboxer, StartCommandRequest
from sandboxer.errors import BadConfigError, InvalidRequestError, NotSupportedError
from sandboxer.providers.docker_security import DEFAULT_PIDS_LIMIT, ContainerSecurity
from tests.conftest import GVISOR_RUNTIME, TEST_IMAGE, need_gvisor

pytestmark = pytest.mark.usefixtures("docker_live")

# Linux capability bits (linux/capability.h), as /proc/self/status prints them in CapEff.
CAPABILITY_BITS = {
    "CHOWN": 0,
    "DAC_OVERRIDE": 1,
    "FOWNER": 3,
    "KILL": 5,
    "SETGID": 6,
    "SETUID": 7,
    "SETPCAP": 8,
    "NET_RAW": 13,
    "SYS_CHROOT": 18,
    "MKNOD": 27,
    "AUDIT_WRITE": 29,
    "SETFCAP": 31,
}


def euid_program() -> bytes:
    """A static x86-64 ELF that exits with its effective uid (& 0xff): 0 when a setuid-root bit
    raised it, 254 for nobody. Built here: the busybox image has no compiler, and busybox itself
    drops setuid privileges, so it cannot show an escalation."""
    code = bytes.fromhex("b86b0000000f0589c7b83c0000000f05")  # exit(geteuid())
    base, ehsize, phsize = 0x400000, 64, 56
    ident = b"\x7fELF" + bytes([2, 1, 1, 0]) + bytes(8)
    header = ident + struct.pack(
        "<HHIQQQIHHHHHH", 2, 0x3E, 1, base + ehsize + phsize, ehsize, 0, 0, ehsize, phsize, 1, 0, 0, 0
    )
    size = ehsize + phsize + len(code)
    segment = struct.pack("<IIQQQQQQ", 1, 5, 0, base, base, size, size, 0x1000)
    return header + segment + code


@pytest.fixture
def make_sandbox():
    """Sandboxes with the given provider settings, killed after the test."""
    made = []

    def make(extra: dict | None = None, **request):
        client = Sandboxer("local", {"image": TEST_IMAGE, **(extra or {})})
        sandbox, info = client.create_sandbox(CreateSandboxRequest(**request))
        made.append((client, sandbox))
        return sandbox

    yield make
    for client, sandbox in made:
        sandbox.kill()
        client.close()


def run(sandbox, cmd: str, **kwargs):
    return sandbox.run_command(RunCommandRequest(cmd=cmd, **kwargs))


def effective_capabilities(sandbox) -> set[str]:
    status = run(sandbox, "grep CapEff /proc/self/status").stdout
    bits = int(status.split()[1], 16)
    return {name for name, bit in CAPABILITY_BITS.items() if bits >> bit & 1}


def our_containers() -> set[str]:
    with Sandboxer("local", {}) as client:
        return {info.id for info in client.list_sandboxes()}


def test_defaults_limit_processes_and_privileges(make_sandbox):
    sandbox = make_sandbox()
    assert run(
        sandbox, "cat /sys/fs/cgroup/pids/pids.max 2>/dev/null || cat /sys/fs/cgroup/pids.max"
    ).stdout.strip() == str(DEFAULT_PIDS_LIMIT)
    assert "NoNewPrivs:\t1" in run(sandbox, "cat /proc/self/status").stdout
    caps = effective_capabilities(sandbox)
    assert caps.isdisjoint({"NET_RAW", "MKNOD", "AUDIT_WRITE", "SETFCAP", "SYS_CHROOT", "SETPCAP"})
    assert {"CHOWN", "DAC_OVERRIDE", "FOWNER", "KILL", "SETGID", "SETUID"} <= caps


def _host_answers_within(seconds: float) -> float:
    """How long the host takes to start a process (and the engine to answer), checked to be short."""
    started = time.monotonic()
    subprocess.run(["true"], check=True, timeout=seconds)
    with Sandboxer("local", {}) as client:
        client.list_sandboxes()
    took = time.monotonic() - started
    assert took < seconds, f"the host took {took:.1f}s to start a process and list sandboxes"
    return took


def test_a_fork_bomb_is_bounded_and_the_sandbox_survives(make_sandbox):
    sandbox = make_sandbox({"pids_limit": 64})
    outcome: list[object] = []

    def bomb() -> None:
        # The classic bomb, bounded by the command's timeout (our watchdog ends its whole tree).
        try:
            # exec: the sleep needs no fork of its own, so a full process table cannot end it early.
            outcome.append(run(sandbox, "b(){ b | b & }; b; exec sleep 60", timeout_seconds=6))
        except Exception as exc:  # CommandTimeoutError: what a bounded bomb should end with
            outcome.append(exc)

    started = time.monotonic()
    bombing = threading.Thread(target=bomb)
    bombing.start()
    time.sleep(2)  # the bomb at its limit: the host and the engine still answer at once
    _host_answers_within(5)
    bombing.join(timeout=60)
    assert not bombing.is_alive() and time.monotonic() - started < 30
    assert type(outcome[0]).__name__ == "CommandTimeoutError", f"the bomb ended by itself: {outcome[0]}"
    assert run(sandbox, "echo alive").stdout == "alive\n"
    with Sandboxer("local", {}) as client:  # the engine answers
        assert client.list_sandboxes() is not None
    # The limit held: never more than 64 tasks (the bomb's leftovers are gone or few).
    assert (
        int(
            run(
                sandbox, "cat /sys/fs/cgroup/pids/pids.current 2>/dev/null || cat /sys/fs/cgroup/pids.current"
            ).stdout
        )
        <= 64
    )


def test_pids_limit_none_lifts_it(make_sandbox):
    sandbox = make_sandbox({"pids_limit": None})
    assert (
        run(
            sandbox, "cat /sys/fs/cgroup/pids/pids.max 2>/dev/null || cat /sys/fs/cgroup/pids.max"
        ).stdout.strip()
        == "max"
    )


def test_raw_sockets_are_refused_unless_asked_for(make_sandbox):
    result = run(make_sandbox(), "ping -c 1 -W 1 127.0.0.1")
    assert result.exit_code != 0 and "permission denied" in result.stderr.lower()
    opened = make_sandbox({"cap_add": ["NET_RAW"]})
    assert "NET_RAW" in effective_capabilities(opened)
    assert run(opened, "ping -c 1 -W 1 127.0.0.1").exit_code == 0


def test_cap_drop_replaces_the_default_list(make_sandbox):
    assert "NET_RAW" in effective_capabilities(make_sandbox({"cap_drop": []}))
    assert effective_capabilities(make_sandbox({"cap_drop": ["ALL"]})) == set()


@pytest.mark.skipif(platform.machine() != "x86_64", reason="the setuid probe is an x86-64 program")
@pytest.mark.parametrize("no_new_privileges, euid", [(True, 254), (False, 0)])
def test_a_setuid_root_binary_does_not_gain_root(make_sandbox, no_new_privileges, euid):
    sandbox = make_sandbox({"no_new_privileges": no_new_privileges})
    sandbox.write_file("/opt/probe/euid", euid_program(), mode=0o4755)  # setuid, owned by root
    assert run(sandbox, "ls -ln /opt/probe/euid").stdout.startswith("-rwsr-xr-x")
    # As nobody: the setuid bit would make it root; no-new-privileges keeps it nobody (254).
    assert run(sandbox, "/opt/probe/euid", user="nobody").exit_code == euid


def test_users_and_owned_files_still_work(make_sandbox):
    sandbox = make_sandbox()
    assert run(sandbox, "id -u", user="nobody").stdout == "65534\n"
    sandbox.write_file("/srv/secret", b"s", mode=0o600, user="nobody")
    assert run(sandbox, "ls -ln /srv/secret").stdout.split()[:4] == ["-rw-------", "1", "65534", "65534"]
    assert run(sandbox, "cat /srv/secret", user="nobody").stdout == "s"
    assert run(sandbox, "chown nobody /srv && mkdir /srv/made && chown -R nobody /srv/made").exit_code == 0


OOM = 'x=$(head -c 100000000 /dev/zero | tr "\\0" a); echo ${#x}'


def test_running_out_of_memory_is_said(make_sandbox):
    sandbox = make_sandbox(memory_mb=32)
    result = run(sandbox, OOM)
    assert result.exit_code == 137
    assert "ran out of memory" in (result.error or "")
    _, handle = sandbox.start_command(StartCommandRequest(cmd=OOM))
    assert "ran out of memory" in (sandbox.wait_for_handle(handle).error or "")
    # The sandbox itself lives on (the command, not the keep-alive, was the OOM killer's choice)
    # and a later kill is a kill, not memory.
    assert sandbox.is_running()
    assert run(sandbox, "kill -9 $$").error == "killed by SIGKILL"
    # No swap past the limit: memory plus swap is the limit itself.
    limits = run(
        sandbox,
        "cat /sys/fs/cgroup/memory/memory.limit_in_bytes /sys/fs/cgroup/memory/memory.memsw.limit_in_bytes 2>/dev/null || cat /sys/fs/cgroup/memory.max /sys/fs/cgroup/memory.swap.max",
    )
    assert limits.stdout.split() in (["33554432", "33554432"], ["33554432", "0"])


def test_no_network(make_sandbox):
    sandbox = make_sandbox({"network": "none"})
    assert run(sandbox, "cat /proc/net/dev").stdout.count(":") == 1  # lo only
    with pytest.raises(NotSupportedError):
        sandbox.port_url(8080)
    before = our_containers()
    with pytest.raises(InvalidRequestError, match="no network"):
        make_sandbox({"network": "none"}, ports=[8080])
    assert our_containers() == before


def test_a_named_network():
    name = f"sandboxer-test-{os.getpid()}"
    subprocess.run(["docker", "network", "create", name], check=True, capture_output=True)
    try:
        with Sandboxer("local", {"image": TEST_IMAGE, "network": name}) as client:
            sandbox, _ = client.create_sandbox(CreateSandboxRequest())
            with sandbox:  # killed before its network is removed
                inspected = json.loads(
                    subprocess.run(["docker", "inspect", sandbox.id], check=True, capture_output=True).stdout
                )[0]
                assert inspected["HostConfig"]["NetworkMode"] == name
                assert list(inspected["NetworkSettings"]["Networks"]) == [name]
                assert run(sandbox, "cat /proc/net/dev").stdout.count(":") == 2  # lo and its eth0
    finally:
        subprocess.run(["docker", "network", "rm", name], capture_output=True)


@pytest.mark.parametrize(
    "extra, request_fields, named",
    [
        ({"runtime": "no-such-runtime"}, {}, "runtime='no-such-runtime'"),
        ({"network": "no-such-network"}, {}, "network='no-such-network'"),
        ({}, {"memory_mb": 1}, "memory_mb=1"),
    ],
)
def test_a_refused_setting_is_named_and_leaves_nothing(make_sandbox, extra, request_fields, named):
    before = our_containers()
    with pytest.raises(InvalidRequestError, match="refused the sandbox's settings") as raised:
        make_sandbox(extra, **request_fields)
    assert named in str(raised.value)
    assert our_containers() == before


@pytest.mark.parametrize(
    "extra",
    [
        {"pids_limit": 0},
        {"pids_limit": "many"},
        {"cap_add": "NET_RAW"},
        {"cap_drop": [""]},
        {"network": ""},
        {"runtime": 3},
        {"no_new_privileges": "yes"},
    ],
)
def test_bad_settings_are_refused_when_the_client_is_made(extra):
    with pytest.raises(BadConfigError):
        ContainerSecurity.from_extra(extra)


def test_gvisor_runs_the_sandbox_and_moves_files_through_exec(make_sandbox):
    need_gvisor()
    sandbox = make_sandbox({"runtime": GVISOR_RUNTIME, "network": "none"})
    assert "gVisor" in run(sandbox, "dmesg").stdout  # gVisor's own kernel log
    data = bytes(range(256)) * 4096  # 1 MiB, every byte value
    sandbox.write_file("/root/data.bin", data, mode=0o640, user="nobody")
    assert run(sandbox, "ls -ln /root/data.bin; wc -c < /root/data.bin").stdout.split()[:4] == [
        "-rw-r-----",
        "1",
        "65534",
        "65534",
    ]
    assert sandbox.read_file("/root/data.bin") == data
    assert sandbox.stat("/root/data.bin").size == len(data)
    sandbox.write_file("/tmp/in-memory", b"x")  # gVisor's own /tmp, which the engine cannot see
    assert run(sandbox, "cat /tmp/in-memory").stdout == "x"


def test_gvisor_moves_big_files_in_bounded_memory(make_sandbox, tmp_path):
    need_gvisor()
    sandbox = make_sandbox({"runtime": GVISOR_RUNTIME, "network": "none"})
    assert "gVisor" in run(sandbox, "dmesg").stdout  # under gVisor: the archive endpoints see nothing
    size = 48 * 1024 * 1024
    block = hashlib.sha256(b"gvisor").digest() * 32768  # 1 MiB
    source, target = tmp_path / "up.bin", tmp_path / "down.bin"
    with open(source, "wb") as out:
        for _ in range(size // len(block)):
            out.write(block)
    tracemalloc.start()
    try:
        sandbox.upload("/root/big.bin", str(source))
        sandbox.download("/root/big.bin", str(target))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 16 * 1024 * 1024, f"peak {peak / 2**20:.1f} MiB for a {size // 2**20} MiB file"
    assert target.read_bytes() == source.read_bytes()
    inside = run(sandbox, "sha256sum /root/big.bin").stdout.split()[0]
    assert inside == hashlib.sha256(source.read_bytes()).hexdigest()
