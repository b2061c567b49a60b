"""Mutated backup files: never a traceback, always a clean error, nothing restored.

The fixture backups are real ones (`create_backup` of real stores with
attached files) whose `key.age` is sealed at scrypt 2^10 (`cheap_age`), so
each example opens the key with its passphrase in about a millisecond and
walks the whole path a user's backup takes: inspect, unseal, decrypt, check.
A mutation that still verifies must restore exactly what one of the original
backups does (a splice can be whole another backup), never a mixture.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casefiles import vault
from casefiles.backup import archive
from casefiles.backup.keys import BackupKey
from casefiles.domain.errors import UserError
from tests.backup.helpers import outer_members, payload_chunk_starts
from tests.conftest import ROOT
from tests.factories import demo_document, example_document, store_with
from tests.hardening.cheap_age import cheap_backup_key

pytestmark = pytest.mark.slow

PASSPHRASE = "backup passphrase for the fuzz"
CHUNK = 64 * 1024


@dataclass
class Backups:
    raw: dict[str, bytes]
    #: What restoring each original gives: relative path -> SHA-256.
    restored: dict[str, dict[str, str]]
    work: Path


def _tree(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name != "casefiles.log"
    }


def _make(root: Path, name: str, doc: dict[str, Any], key: BackupKey, files: int) -> Path:
    data = root / f"store-{name}"
    with store_with(data, doc) as store:
        ref = doc["cases"][0]["reference"]
        for i in range(files):
            src = root / f"{name}-{i}.bin"
            src.write_bytes(os.urandom(70_000 + 40_000 * i))  # past a 64 KiB chunk
            vault.add_evidence(store, ref, src, title=f"file {i}")
        target = root / f"{name}.cfbackup"
        archive.create_backup(store, target, key)
    return target


@pytest.fixture(scope="module")
def backups(tmp_path_factory: pytest.TempPathFactory) -> Backups:
    root = tmp_path_factory.mktemp("fuzz-backups")
    key_a = cheap_backup_key(PASSPHRASE)
    key_b = cheap_backup_key(PASSPHRASE)  # same passphrase, another key
    paths = {
        "a": _make(root, "a", demo_document(), key_a, 2),
        "a2": _make(root, "a2", demo_document(), key_a, 1),  # same key as a
        "b": _make(root, "b", example_document(), key_b, 1),
    }
    restored = {}
    for name, path in paths.items():
        dest = root / f"restored-{name}"
        archive.restore_backup(path, dest, passphrase=PASSPHRASE)
        restored[name] = _tree(dest)
    work = root / "work"
    work.mkdir()
    return Backups({n: p.read_bytes() for n, p in paths.items()}, restored, work)


def _regions(data: bytes) -> list[tuple[int, int]]:
    """Spans worth aiming at: each outer member, each payload chunk's first bytes."""
    members = outer_members(data)
    spans = [(off, max(size, 1)) for off, size in members.values()]
    spans += [(max(off - 512, 0), 512) for off, _ in members.values()]  # tar headers
    p_off, p_size = members["payload.tar.age"]
    payload = data[p_off : p_off + p_size]
    spans += [(p_off + s, 32) for s in payload_chunk_starts(payload)]
    return spans


class Mutated(bytes):
    """The mutated file; its repr stays short when hypothesis reports a failing example."""

    how: str = ""

    def __repr__(self) -> str:
        return f"<{self.how}: {len(self)} bytes>"


@st.composite
def mutations(draw: st.DrawFn, raw: dict[str, bytes]) -> tuple[str, str, Mutated]:
    name = draw(st.sampled_from(sorted(raw)))
    data = raw[name]
    kind = draw(st.sampled_from(["flip", "aimed flip", "truncate", "cut", "append", "splice"]))
    out = bytearray(data)
    if kind == "flip":
        for _ in range(draw(st.integers(1, 4))):
            out[draw(st.integers(0, len(out) - 1))] ^= draw(st.integers(1, 255))
    elif kind == "aimed flip":
        start, size = draw(st.sampled_from(_regions(data)))
        out[min(start + draw(st.integers(0, size - 1)), len(out) - 1)] ^= draw(st.integers(1, 255))
    elif kind == "truncate":
        del out[draw(st.integers(0, len(out) - 1)) :]
    elif kind == "cut":  # at a 64 KiB boundary of the file, or of the payload's chunks
        p_off, p_size = outer_members(data)["payload.tar.age"]
        chunk_cuts = [p_off + s for s in payload_chunk_starts(data[p_off : p_off + p_size])]
        file_cuts = list(range(CHUNK, len(data), CHUNK))
        cut = draw(st.sampled_from(chunk_cuts + file_cuts)) + draw(st.sampled_from([-1, 0, 1]))
        del out[cut:]
    elif kind == "append":
        out += draw(
            st.one_of(
                st.binary(min_size=1, max_size=2048), st.sampled_from([bytes(512), bytes(1024)])
            )
        )
    else:  # splice two backups: the head of one, the tail of another
        other = raw[draw(st.sampled_from(sorted(set(raw) - {name})))]
        i = draw(st.integers(1, len(data) - 1))
        j = i if draw(st.booleans()) else draw(st.integers(1, len(other) - 1))
        out = bytearray(data[:i] + other[j:])
    mutated = Mutated(out)
    mutated.how = f"{kind} of backup {name}"
    return name, kind, mutated


COUNTS: dict[str, int] = {}


def _leftovers(parent: Path, dest: Path) -> list[str]:
    return [p.name for p in parent.iterdir() if p.name.startswith(f".{dest.name}.restore-")]


def test_mutated_backups_give_a_clean_error_or_the_original(backups: Backups) -> None:
    work = backups.work
    path = work / "mutated.cfbackup"

    @settings(
        max_examples=2400,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(case=mutations(backups.raw), restore=st.integers(0, 3))
    def check(case: tuple[str, str, Mutated], restore: int) -> None:
        _name, kind, data = case
        path.write_bytes(data)
        try:
            archive.inspect_backup(path)
            archive.verify_backup(path, passphrase=PASSPHRASE)
        except UserError:
            verdict = "refused"
        else:
            verdict = "verified"
        if data in backups.raw.values():
            verdict = "unchanged"  # e.g. a splice that is whole another backup
        COUNTS[verdict] = COUNTS.get(verdict, 0) + 1
        if verdict == "verified" or restore == 0:  # restore a quarter of them, and every pass
            dest = work / "dest"
            shutil.rmtree(dest, ignore_errors=True)
            try:
                archive.restore_backup(path, dest, passphrase=PASSPHRASE)
            except UserError:
                assert verdict == "refused", f"{kind}: verified, then refused to restore"
                assert not dest.exists(), f"{kind}: a refused restore left {dest}"
            else:
                # Only a change that touched nothing that matters may pass (or a splice
                # that is whole another backup): it restores exactly what one original does.
                assert _tree(dest) in backups.restored.values(), f"{kind}: a mixture restored"
                shutil.rmtree(dest)
            assert _leftovers(work, dest) == []

    check()
    # At least 2,000 changed files.  What verifies after a change is the rare byte no reader
    # looks at (the last byte of a tar header's checksum field): it restored the original,
    # as checked above.
    changed = sum(COUNTS.values()) - COUNTS.get("unchanged", 0)
    assert changed >= 2_000, COUNTS
    assert COUNTS.get("refused", 0) >= 0.98 * changed, COUNTS


# -- the real CLI on mutated files -----------------------------------------------------------


def _cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEFILES_")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "tests" / "support"), str(ROOT)])
    env["HOME"] = str(home)
    env["CASEFILES_BACKUP_PASSPHRASE"] = PASSPHRASE
    return subprocess.run(
        [sys.executable, "-m", "casefiles", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def _cli_cases(raw: dict[str, bytes]) -> list[tuple[str, bytes]]:
    a, b = raw["a"], raw["b"]
    members = outer_members(a)
    key_off, _ = members["key.age"]
    p_off, p_size = members["payload.tar.age"]
    chunks = payload_chunk_starts(a[p_off : p_off + p_size])

    def flip(data: bytes, at: int) -> bytes:
        out = bytearray(data)
        out[at] ^= 0x40
        return bytes(out)

    return [
        ("flip in the key", flip(a, key_off + 40)),
        ("flip in the payload header", flip(a, p_off + 30)),
        ("flip in the second chunk", flip(a, p_off + chunks[1] + 100)),
        ("flip in the last byte", flip(a, len(a) - 1) if a[-1] else flip(a, p_off + p_size - 1)),
        ("cut at a chunk boundary", a[: p_off + chunks[1]]),
        ("cut at 64 KiB", a[:CHUNK]),
        ("cut to nothing", b""),
        ("appended bytes", a + os.urandom(700)),
        ("spliced with another backup", a[: p_off + chunks[1]] + b[p_off + chunks[1] :]),
        ("another backup's payload", a[:p_off] + b[outer_members(b)["payload.tar.age"][0] :]),
        ("a text file", b"just some notes\n" * 10),
        ("tar header only", a[:512]),
    ]


def test_the_cli_refuses_mutated_backups_in_one_line(backups: Backups, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    cases = _cli_cases(backups.raw)
    assert len(cases) >= 12
    for i, (what, data) in enumerate(cases):
        path = tmp_path / f"mutated-{i}.cfbackup"
        path.write_bytes(data)
        command = ["backup", "verify", str(path)]
        if i % 2:
            dest = tmp_path / f"restored-{i}"
            command = ["backup", "restore", str(path), "--to", str(dest)]
        run = _cli(*command, home=home)
        lines = run.stderr.strip().splitlines()
        assert run.returncode in (1, 2), (what, run.returncode, run.stderr)
        assert len(lines) == 1 and lines[0].startswith("casefiles: "), (what, run.stderr)
        assert "Traceback" not in run.stderr and "internal error" not in run.stderr, what
        if i % 2:
            assert not dest.exists(), what
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == [], what
