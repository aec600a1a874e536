"""Leaks: `Sandboxer.cleanup` kills only what this library made, and a `with sandbox:` block that
raises still ends its sandbox. The facade against a stub provider, and live on local Docker."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime, timedelta

import pytest

from sandboxer import (
    AsyncSandboxer,
    CreateSandboxRequest,
    InvalidRequestError,
    NotFoundError,
    ProviderError,
    RunCommandRequest,
    Sandboxer,
    SandboxInfo,
    SandboxStatus,
)
from sandboxer._async.base import AsyncProviderBase, AsyncSandboxBase
from sandboxer.registry import register_provider
from tests.conftest import TEST_IMAGE

NOW = datetime.now(UTC)


def _info(sandbox_id: str, *, managed: bool, age_s: float, **metadata: str) -> SandboxInfo:
    return SandboxInfo(
        id=sandbox_id,
        provider="stub-cleanup",
        status=SandboxStatus.RUNNING,
        started_at=NOW - timedelta(seconds=age_s),
        metadata=metadata,
        managed=managed,
    )


class _StubProvider(AsyncProviderBase):
    """An account with our sandboxes and others', of various ages; kills are recorded."""

    name = "stub-cleanup"

    def __init__(self, _config) -> None:
        self.infos = [
            _info("ours-old", managed=True, age_s=7200, team="a"),
            _info("ours-new", managed=True, age_s=10, team="a"),
            _info("ours-other-team", managed=True, age_s=7200, team="b"),
            _info("theirs-old", managed=False, age_s=7200, team="a"),
            _info("ours-gone", managed=True, age_s=9000, team="a"),
            _info("ours-stuck", managed=True, age_s=9000, team="c"),
        ]
        self.killed: list[str] = []

    async def list_sandboxes(self, filter=None):
        wanted = (filter.metadata_filter if filter else None) or {}
        return [i for i in self.infos if all(i.metadata.get(k) == v for k, v in wanted.items())]

    async def kill_sandbox(self, sandbox_id: str) -> None:
        if sandbox_id == "ours-gone":
            raise NotFoundError("stub-cleanup", "already gone")
        if sandbox_id == "ours-stuck":
            raise ProviderError("stub-cleanup", "cannot kill now", 500)
        self.killed.append(sandbox_id)


@pytest.fixture
def stub():
    made = []

    def factory(config):
        made.append(_StubProvider(config))
        return made[-1]

    register_provider("stub-cleanup", factory, factory, replace=True)
    return made


async def test_cleanup_is_a_dry_run_by_default_and_never_touches_others(stub):
    async with AsyncSandboxer("stub-cleanup") as client:
        chosen = await client.cleanup(metadata_filter={"team": "a"})
        assert sorted(i.id for i in chosen) == ["ours-gone", "ours-new", "ours-old"]
        assert stub[0].killed == []  # a dry run kills nothing
        old = await client.cleanup(metadata_filter={"team": "a"}, older_than=timedelta(hours=1))
        assert sorted(i.id for i in old) == ["ours-gone", "ours-old"]
        killed = await client.cleanup({"team": "a"}, older_than=3600, dry_run=False)
        assert sorted(i.id for i in killed) == ["ours-gone", "ours-old"]  # gone already counts
        assert stub[0].killed == ["ours-old"]
        assert "theirs-old" not in stub[0].killed


async def test_cleanup_kills_the_rest_when_one_fails_then_says_so(stub):
    async with AsyncSandboxer("stub-cleanup") as client:
        with pytest.raises(ProviderError) as caught:
            await client.cleanup(older_than=3600, dry_run=False)
    assert sorted(stub[0].killed) == ["ours-old", "ours-other-team"]
    assert any("killed 3 of 4" in note for note in caught.value.__notes__)


async def test_cleanup_refuses_a_bad_age(stub):
    async with AsyncSandboxer("stub-cleanup") as client:
        for bad in (-1, "1h", True):
            with pytest.raises(InvalidRequestError):
                await client.cleanup(older_than=bad)


class _Sandbox(AsyncSandboxBase):
    provider_name = "stub-cleanup"

    def __init__(self, fail: bool) -> None:
        self.fail, self.kills = fail, 0

    @property
    def id(self) -> str:
        return "sb-1"

    async def kill(self) -> None:
        self.kills += 1
        if self.fail:
            raise ProviderError("stub-cleanup", "the API is down", 503)


async def test_a_block_that_raises_kills_its_sandbox_and_keeps_its_exception():
    sandbox = _Sandbox(fail=False)
    with pytest.raises(KeyError):
        async with sandbox:
            raise KeyError("the block's own error")
    assert sandbox.kills == 1
    failing = _Sandbox(fail=True)
    with pytest.raises(KeyError) as caught:
        async with failing:
            raise KeyError("the block's own error")
    assert failing.kills == 1
    assert any("sb-1 could not be killed" in note for note in caught.value.__notes__)
    with pytest.raises(ProviderError):  # no exception of its own: the kill's failure is raised
        async with _Sandbox(fail=True):
            pass


# --- live, on local Docker ------------------------------------------------------------------


@pytest.fixture
def foreign(docker_live):
    """A container of the same engine that this library did not make (same metadata label)."""
    container = subprocess.run(
        ["docker", "run", "-d", "--label", "sandboxer.meta.suite=cleanup", TEST_IMAGE, "sleep", "120"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    yield container
    subprocess.run(["docker", "rm", "-f", container], capture_output=True)


def _running(container: str) -> bool:
    answer = subprocess.run(
        ["docker", "inspect", "-f", "{{.State.Running}}", container], capture_output=True, text=True
    )
    return answer.stdout.strip() == "true"


def test_live_cleanup_and_with_block_on_local_docker(foreign):
    with Sandboxer("local", {"image": TEST_IMAGE}) as client:
        made = [
            client.create_sandbox(CreateSandboxRequest(metadata={"suite": "cleanup"}))[0] for _ in range(2)
        ]
        try:
            assert all(sb.info().managed for sb in made)
            chosen = client.cleanup(metadata_filter={"suite": "cleanup"})
            assert sorted(i.id for i in chosen) == sorted(sb.id for sb in made)
            assert all(_running(sb.id) for sb in made)  # dry run
            assert client.cleanup(metadata_filter={"suite": "cleanup"}, older_than=3600) == []
            killed = client.cleanup(metadata_filter={"suite": "cleanup"}, dry_run=False)
            assert sorted(i.id for i in killed) == sorted(sb.id for sb in made)
            assert not any(sb.is_running() for sb in made)
            assert _running(foreign)  # not ours: untouched
        finally:
            for sb in made:
                try:
                    sb.kill()
                except NotFoundError:
                    pass
        sb, _ = client.create_sandbox(CreateSandboxRequest(metadata={"suite": "with-block"}))
        with pytest.raises(RuntimeError):
            with sb:
                sb.run_command(RunCommandRequest("true"))
                raise RuntimeError("inside the block")
        assert not sb.is_running()
