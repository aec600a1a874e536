"""Live-only local behaviour: what needs a second party (the docker CLI) beside our client."""

from __future__ import annotations

import subprocess

import pytest

from sandboxer import ListSandboxesFilter, NotFoundError, Sandboxer
from tests.conftest import TEST_IMAGE


@pytest.fixture
def foreign_container(docker_live):
    container = subprocess.run(
        ["docker", "run", "-d", "--label", "sandboxer.meta.suite=foreign", TEST_IMAGE, "sleep", "120"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    yield container
    subprocess.run(["docker", "rm", "-f", container], capture_output=True)


def test_containers_without_our_label_are_not_ours(foreign_container):
    with Sandboxer("local", {"image": TEST_IMAGE}) as client:
        with pytest.raises(NotFoundError):
            client.attach_sandbox(foreign_container)
        with pytest.raises(NotFoundError):
            client.kill_sandbox(foreign_container)
        assert client.list_sandboxes(ListSandboxesFilter(metadata_filter={"suite": "foreign"})) == []
    running = subprocess.run(
        ["docker", "inspect", "-f", "{{.State.Running}}", foreign_container],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert running == "true"


def test_unknown_container_is_not_found(docker_live):
    with Sandboxer("local", {"image": TEST_IMAGE}) as client:
        with pytest.raises(NotFoundError):
            client.attach_sandbox("0" * 64)
