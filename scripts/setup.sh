#!/usr/bin/env bash
# Make this machine ready for sandboxer's demo and tests (idempotent; root or sudo):
# Docker engine (Debian's docker.io) running with gVisor's runsc registered, the busybox test image
# built from busybox-static (Docker Hub is not needed), and a .venv with sandboxer installed editable
# with its dev extras.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

SUDO=""
[[ $(id -u) -eq 0 ]] || SUDO="sudo"
IMAGE=${SANDBOXER_TEST_IMAGE:-sandboxer-test:busybox}

if ! command -v dockerd >/dev/null || [[ ! -x /bin/busybox ]] || ! command -v docker-init >/dev/null; then
    echo "setup: installing docker.io and busybox-static" >&2
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq docker.io busybox-static >/dev/null
fi

# gVisor (Debian's runsc) registered with the engine as runtime "runsc", for sandboxes created with
# extra["runtime"]="runsc" and the tests that run under it (SANDBOXER_SETUP_GVISOR=0 skips this).
# Registered with --network=none: gVisor's own networking fails on VMs like CI's, so its sandboxes
# have no network (the tests create them with extra["network"]="none" too).
if [[ ${SANDBOXER_SETUP_GVISOR:-1} != 0 ]]; then
    if ! command -v runsc >/dev/null; then
        echo "setup: installing runsc (gVisor)" >&2
        $SUDO apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq runsc >/dev/null
    fi
    if ! grep -q '"runsc"' /etc/docker/daemon.json 2>/dev/null; then
        echo "setup: registering runsc in /etc/docker/daemon.json with --network=none (gVisor's own" \
            "networking fails on VMs like CI's: create its sandboxes with extra network='none')" >&2
        $SUDO mkdir -p /etc/docker
        # Merged into an existing daemon.json, never replacing the user's settings.
        $SUDO python3 -c '
import json, os, sys
path = "/etc/docker/daemon.json"
config = json.load(open(path)) if os.path.exists(path) and os.path.getsize(path) else {}
config.setdefault("runtimes", {})["runsc"] = {"path": sys.argv[1], "runtimeArgs": ["--network=none"]}
json.dump(config, open(path, "w"), indent=2)
' "$(command -v runsc)"
        # A running engine reloads its runtimes on SIGHUP; one started below reads the file.
        if pid=$(pidof dockerd); then $SUDO kill -HUP $pid; sleep 1; fi
    fi
fi

if ! $SUDO docker info >/dev/null 2>&1; then
    echo "setup: starting dockerd" >&2
    $SUDO sh -c 'nohup dockerd >/tmp/sandboxer-dockerd.log 2>&1 &'
    for _ in $(seq 1 60); do $SUDO docker info >/dev/null 2>&1 && break; sleep 0.5; done
    $SUDO docker info >/dev/null 2>&1 || { echo "setup: dockerd did not start (see /tmp/sandboxer-dockerd.log)" >&2; exit 1; }
fi

if ! $SUDO docker image inspect "$IMAGE" >/dev/null 2>&1; then
    echo "setup: building $IMAGE from busybox-static" >&2
    rootfs=$(mktemp -d)
    mkdir -p "$rootfs/bin" "$rootfs/etc" "$rootfs/root" "$rootfs/tmp"
    chmod 1777 "$rootfs/tmp"
    cp /bin/busybox "$rootfs/bin/busybox"
    for applet in $(/bin/busybox --list); do
        [[ $applet == busybox ]] || ln -s busybox "$rootfs/bin/$applet"
    done
    printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/sh\n' >"$rootfs/etc/passwd"
    printf 'root:x:0:\nnobody:x:65534:\n' >"$rootfs/etc/group"
    tar -C "$rootfs" -c . | $SUDO docker import \
        -c 'ENV PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin' - "$IMAGE" >/dev/null
    rm -rf "$rootfs"
fi

if [[ ! -x .venv/bin/python ]]; then
    echo "setup: creating .venv" >&2
    python3 -m venv .venv
fi
# Installed again whenever pyproject.toml changed since the last install (a new dependency).
stamp=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [[ "$(cat .venv/.sandboxer-deps 2>/dev/null)" != "$stamp" ]] \
    || ! .venv/bin/python -c "import sandboxer, pytest, vcr, hatchling" 2>/dev/null; then
    echo "setup: installing sandboxer[dev] into .venv" >&2
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e '.[dev]'
    echo "$stamp" > .venv/.sandboxer-deps
fi
