"""Listing sandboxes by their metadata means the same on every provider."""

from __future__ import annotations

from sandboxer import CreateSandboxRequest, ListSandboxesFilter

# What a URL or a vendor's query syntax could mangle: '+' read as a space, '&' and '=' splitting
# pairs, '%' read as an escape, a letter outside ASCII, spaces.
VALUE = "a+b & c=d 100% ü"


async def test_metadata_filter_matches_keys_and_values_exactly(client):
    made = {}
    for name, value in (("exact", VALUE), ("spaced", "a b & c=d 100% ü"), ("longer", VALUE + " more")):
        sb, _ = await client.create_sandbox(CreateSandboxRequest(metadata={"contract": value, "n": name}))
        made[name] = sb
    ours = {sb.id: name for name, sb in made.items()}

    async def listed(metadata_filter):
        found = await client.list_sandboxes(ListSandboxesFilter(metadata_filter=metadata_filter))
        return sorted(ours[i.id] for i in found if i.id in ours)

    try:
        assert await listed({"contract": VALUE}) == ["exact"]
        assert await listed({"contract": VALUE, "n": "exact"}) == ["exact"]  # every pair must match
        assert await listed({"contract": VALUE, "n": "spaced"}) == []
        assert await listed({"Contract": VALUE}) == []  # keys exactly too
        assert await listed({"contract": "a+b"}) == []  # a value is matched whole
        found = await client.list_sandboxes(ListSandboxesFilter(metadata_filter={"n": "exact"}))
        [info] = [i for i in found if i.id in ours]
        assert info.metadata == {"contract": VALUE, "n": "exact"}
    finally:
        for sb in made.values():
            await sb.kill()


async def test_a_string_filter_keeps_the_seeds_meaning_a_substring_of_any_value(client):
    # The seed (hyperterse-sandboxer 0.1.0) took a string: sandboxes with a metadata value containing it.
    made = {}
    for name, metadata in (("first", {"contract": "seed-a+b & c"}), ("second", {"other": "x seed-a+b & c=d"})):
        sb, _ = await client.create_sandbox(CreateSandboxRequest(metadata={**metadata, "n": name}))
        made[name] = sb
    ours = {sb.id: name for name, sb in made.items()}

    async def listed(metadata_filter, limit=None):
        found = await client.list_sandboxes(ListSandboxesFilter(metadata_filter=metadata_filter, limit=limit))
        return sorted(ours[i.id] for i in found if i.id in ours)

    try:
        assert await listed("seed-a+b & c") == ["first", "second"]
        assert await listed("c=d") == ["second"]
        assert await listed("contract") == []  # keys are not searched
        assert await listed("no such text anywhere") == []
        assert await listed("") == ["first", "second"]  # an empty string filters nothing, as in the seed
        assert len(await listed("seed-a+b", limit=1)) == 1  # the limit counts matches, not all
    finally:
        for sb in made.values():
            await sb.kill()
