"""Files mean the same on every provider: what is missing, what is in the way, links, relative paths."""

from __future__ import annotations

import io

import pytest

from sandboxer import ConflictError, InvalidRequestError, NotFoundError, RunCommandRequest


async def test_remove_of_a_missing_path_is_not_found(sandbox):
    await sandbox.write_file("/tmp/contract/here.txt", b"x")
    with pytest.raises(NotFoundError):
        await sandbox.remove("/tmp/contract/not-here.txt")
    await sandbox.remove("/tmp/contract/here.txt")
    with pytest.raises(NotFoundError):
        await sandbox.remove("/tmp/contract/here.txt")  # removed once: gone
    assert await sandbox.exists("/tmp/contract")  # its directory stays


async def test_make_dir_of_a_directory_succeeds_of_a_file_conflicts(sandbox):
    await sandbox.make_dir("/tmp/contract/dir/sub")
    await sandbox.make_dir("/tmp/contract/dir/sub")  # there already: fine, like mkdir -p
    await sandbox.make_dir("/tmp/contract/dir")
    assert (await sandbox.stat("/tmp/contract/dir/sub")).is_dir
    await sandbox.write_file("/tmp/contract/file", b"a file")
    with pytest.raises(ConflictError):
        await sandbox.make_dir("/tmp/contract/file")
    assert await sandbox.read_file("/tmp/contract/file") == b"a file"  # left as it was


async def test_rename_onto_a_file_replaces_it(sandbox):
    await sandbox.write_file("/tmp/contract/new.txt", b"new")
    await sandbox.write_file("/tmp/contract/old.txt", b"old, longer")
    await sandbox.rename("/tmp/contract/new.txt", "/tmp/contract/old.txt")
    assert await sandbox.read_file("/tmp/contract/old.txt") == b"new"
    assert not await sandbox.exists("/tmp/contract/new.txt")
    with pytest.raises(NotFoundError):
        await sandbox.rename("/tmp/contract/new.txt", "/tmp/contract/other.txt")


async def test_rename_onto_a_directory_conflicts_and_keeps_the_source(sandbox):
    await sandbox.write_file("/tmp/contract/source.txt", b"source")
    await sandbox.make_dir("/tmp/contract/target")
    with pytest.raises(ConflictError):
        await sandbox.rename("/tmp/contract/source.txt", "/tmp/contract/target")
    assert await sandbox.read_file("/tmp/contract/source.txt") == b"source"
    assert await sandbox.list_directory("/tmp/contract/target") == []  # nothing moved into it
    await sandbox.make_dir("/tmp/contract/dir")
    with pytest.raises(ConflictError):
        await sandbox.rename("/tmp/contract/dir", "/tmp/contract/target")  # an empty one too
    assert (await sandbox.stat("/tmp/contract/dir")).is_dir


async def test_a_path_under_a_regular_file_does_not_exist(sandbox):
    await sandbox.write_file("/tmp/contract/plain.txt", b"plain")
    assert not await sandbox.exists("/tmp/contract/plain.txt/inside")
    with pytest.raises(NotFoundError):
        await sandbox.stat("/tmp/contract/plain.txt/inside")
    with pytest.raises(NotFoundError):
        await sandbox.read_file("/tmp/contract/plain.txt/inside")


async def test_stat_follows_a_symlink(sandbox):
    await sandbox.write_file("/tmp/contract/target.bin", b"0123456789abcdef", mode=0o640)
    await sandbox.make_dir("/tmp/contract/folder")
    made = await sandbox.run_command(
        RunCommandRequest("ln -s target.bin /tmp/contract/link && ln -s folder /tmp/contract/dirlink && ln -s nowhere /tmp/contract/dangling")
    )
    assert made.exit_code == 0, made.stderr
    link = await sandbox.stat("/tmp/contract/link")
    assert (link.name, link.is_dir, link.size, link.mode) == ("link", False, 16, 0o640)  # not the link's 10
    assert link.path == "/tmp/contract/link"
    assert (await sandbox.stat("/tmp/contract/dirlink")).is_dir
    assert await sandbox.read_file("/tmp/contract/link") == b"0123456789abcdef"
    # A link to nothing leads nowhere: absent, as os.path.exists and os.stat say
    assert not await sandbox.exists("/tmp/contract/dangling")
    with pytest.raises(NotFoundError):
        await sandbox.stat("/tmp/contract/dangling")


async def test_relative_paths_name_the_same_file_everywhere(sandbox):
    # Relative to the sandbox's working directory: the one a command without cwd starts in.
    await sandbox.make_dir("contract-rel")
    await sandbox.write_file("contract-rel/a.txt", b"relative")
    assert await sandbox.read_file("contract-rel/a.txt") == b"relative"
    assert (await sandbox.run_command(RunCommandRequest("cat contract-rel/a.txt"))).stdout == "relative"
    assert [(e.name, e.size) for e in await sandbox.list_directory("contract-rel")] == [("a.txt", 8)]
    info = await sandbox.stat("contract-rel/a.txt")
    assert (info.name, info.size, info.is_dir) == ("a.txt", 8, False)
    assert info.path.endswith("contract-rel/a.txt")
    await sandbox.rename("contract-rel/a.txt", "contract-rel/b.txt")
    assert await sandbox.exists("contract-rel/b.txt")
    assert not await sandbox.exists("contract-rel/a.txt")
    await sandbox.remove("contract-rel")
    assert not await sandbox.exists("contract-rel")
    assert (await sandbox.run_command(RunCommandRequest("ls contract-rel"))).exit_code != 0


async def test_binary_content_round_trips_exactly(sandbox):
    content = bytes(range(256)) * 64
    await sandbox.write_file("/tmp/contract/deep/er/blob.bin", content)  # parents made
    assert await sandbox.read_file("/tmp/contract/deep/er/blob.bin") == content
    [entry] = await sandbox.list_directory("/tmp/contract/deep/er")
    assert (entry.name, entry.path, entry.size, entry.is_dir) == (
        "blob.bin", "/tmp/contract/deep/er/blob.bin", len(content), False
    )
    await sandbox.write_file("/tmp/contract/deep/er/blob.bin", b"shorter")  # replaced whole
    assert await sandbox.read_file("/tmp/contract/deep/er/blob.bin") == b"shorter"


async def test_write_file_sets_the_mode_asked_for(sandbox):
    await sandbox.write_file("/tmp/contract/secret.txt", b"s", mode=0o600)
    assert (await sandbox.stat("/tmp/contract/secret.txt")).mode == 0o600


async def test_listing_names_kinds_and_sizes_and_refuses_what_is_no_directory(sandbox):
    await sandbox.make_dir("/tmp/contract/listing/sub")
    await sandbox.write_file("/tmp/contract/listing/five.txt", b"12345")
    listing = await sandbox.list_directory("/tmp/contract/listing")
    assert [(e.name, e.is_dir) for e in listing] == [("five.txt", False), ("sub", True)]
    assert listing[0].size == 5
    assert await sandbox.list_directory("/tmp/contract/listing/sub") == []
    with pytest.raises(NotFoundError):
        await sandbox.list_directory("/tmp/contract/listing/missing")
    with pytest.raises(InvalidRequestError):
        await sandbox.list_directory("/tmp/contract/listing/five.txt")


async def test_reading_what_is_not_a_file(sandbox):
    await sandbox.make_dir("/tmp/contract/a-dir")
    with pytest.raises(InvalidRequestError):
        await sandbox.read_file("/tmp/contract/a-dir")
    with pytest.raises(NotFoundError):
        await sandbox.read_file("/tmp/contract/missing.txt")


async def test_upload_and_download_through_file_objects(sandbox, tmp_path):
    await sandbox.upload("/tmp/contract/up.bin", io.BytesIO(b"\x00uploaded\xff"))
    sink = io.BytesIO()
    await sandbox.download("/tmp/contract/up.bin", sink)
    assert sink.getvalue() == b"\x00uploaded\xff"
    local = tmp_path / "down.bin"
    await sandbox.download("/tmp/contract/up.bin", str(local))
    assert local.read_bytes() == b"\x00uploaded\xff"
    with pytest.raises(NotFoundError):
        await sandbox.download("/tmp/contract/missing.bin", str(tmp_path / "never.bin"))
    assert not (tmp_path / "never.bin").exists()  # nothing half-written left behind
