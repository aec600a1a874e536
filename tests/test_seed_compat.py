"""Code written for the seed (hyperterse-sandboxer 0.1.0, ../shared/reference-python-api.md) runs
unchanged: its names, its string metadata filter, its limit, its errors raised with a message alone."""

from __future__ import annotations

import pickle

import pytest

import sandboxer
from sandboxer import (
    InvalidRequestError,
    ListSandboxesFilter,
    NotFoundError,
    NotSupportedError,
    QuotaExceededError,
    RateLimitError,
    Sandboxer,
    SandboxInfo,
    SandboxStatus,
    UnauthorizedError,
    register_provider,
)

# The seed's sandboxer.__all__, name for name.
SEED_NAMES = (
    "Sandboxer AsyncSandboxer Provider Sandbox AsyncProvider AsyncSandbox ProviderConfig ProviderName "
    "SandboxStatus SandboxInfo CommandResult FileInfo ProcessInfo PTYInfo WatchEventType WatchEvent "
    "CreateSandboxRequest RunCommandRequest StartCommandRequest CreatePTYRequest ListSandboxesFilter "
    "SandboxerError NotFoundError UnauthorizedError RateLimitError QuotaExceededError NotSupportedError "
    "BadConfigError ProviderError register_provider VERSION"
).split()


@pytest.mark.parametrize("name", SEED_NAMES)
def test_every_name_the_seed_exported_is_there(name):
    from sandboxer import __all__

    assert name in __all__
    assert getattr(sandboxer, name) is not None


def test_the_string_filter_and_the_limit_as_the_seed_took_them():
    assert ListSandboxesFilter(metadata_filter="team-a").metadata_filter == "team-a"
    assert ListSandboxesFilter(metadata_filter={"team": "a"}).metadata_filter == {"team": "a"}
    assert ListSandboxesFilter(limit=0).limit is None  # the seed: 0 or less is no limit
    assert ListSandboxesFilter(limit=-3).limit is None
    with pytest.raises(InvalidRequestError):
        ListSandboxesFilter(metadata_filter=["team"])
    with pytest.raises(InvalidRequestError):
        ListSandboxesFilter(metadata_filter="a\x00b")


@pytest.mark.parametrize("cls", [NotFoundError, UnauthorizedError, RateLimitError, QuotaExceededError])
def test_errors_take_a_message_alone_as_the_seeds_did(cls):
    error = cls("sandbox sb-1 not found")
    assert str(error) == "sandbox sb-1 not found"
    assert (error.message, error.provider, error.status_code) == ("sandbox sb-1 not found", None, None)
    assert str(pickle.loads(pickle.dumps(error))) == "sandbox sb-1 not found"
    assert str(cls("e2b", "gone", 404)) == "provider e2b: gone"  # ours, as before


def test_not_supported_takes_a_message_alone_too():
    assert str(NotSupportedError("pause is not available")) == "pause is not available"
    assert str(NotSupportedError("e2b", "pause")) == "provider e2b: pause is not supported"


class _SeedStyleSandbox:
    id = "seed-1"


class _SeedStyleProvider:
    """A provider written for the seed: it raises the seed's errors with a message alone."""

    def __init__(self, config):
        self.config = config

    def list_sandboxes(self, filter=None):
        return [
            SandboxInfo(id="seed-1", provider="seedish", status=SandboxStatus.RUNNING, started_at=_NOW),
        ]

    def attach_sandbox(self, sandbox_id):
        raise NotFoundError(f"sandbox {sandbox_id} not found")

    def close(self):
        pass


_NOW = __import__("datetime").datetime(2026, 1, 1)


def test_a_provider_written_for_the_seed_works_through_the_client():
    register_provider("seedish", _SeedStyleProvider, replace=True)
    client = Sandboxer("seedish", {"api_key": "k"})
    with pytest.raises(NotFoundError, match="sandbox nope not found"):
        client.attach_sandbox("nope")
    assert [i.id for i in client.list_sandboxes(ListSandboxesFilter(limit=0))] == ["seed-1"]
    client.close()
