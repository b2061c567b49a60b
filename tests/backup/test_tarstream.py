"""The payload parser gives the same result however the bytes are split."""

from __future__ import annotations

import hashlib
import random

import pytest

from casefiles.backup.errors import BackupDamaged
from casefiles.backup.tarstream import TarSink
from tests.backup.helpers import payload_tar


class Collect:
    def __init__(self) -> None:
        self.members: dict[str, bytes] = {}

    def open(self, name: str, size: int) -> Collect.Out:
        return Collect.Out(self, name)

    class Out:
        def __init__(self, owner: Collect, name: str) -> None:
            self.owner, self.name, self.data = owner, name, bytearray()

        def write(self, data: memoryview) -> None:
            self.data += data

        def close(self) -> None:
            self.owner.members[self.name] = bytes(self.data)


def feed(data: bytes, sizes: list[int]) -> dict[str, bytes]:
    out = Collect()
    sink = TarSink(out.open, "test")
    pos = 0
    for size in sizes:
        sink.write(data[pos : pos + size])
        pos += size
    sink.write(data[pos:])
    sink.finish()
    return out.members


def test_any_split_gives_the_same_members() -> None:
    entries = [
        ("store.header", b"h" * 10),
        ("vault/" + "x" * 200 + "/blob", bytes(range(256)) * 40),
        ("vault/empty", b""),
        ("vault/exact", b"e" * 512),
    ]
    data = payload_tar(entries, manifest=None)
    rng = random.Random(6)
    for _ in range(20):
        sizes = [rng.choice([1, 7, 511, 512, 513, 8192]) for _ in range(40)]
        assert feed(data, sizes) == dict(entries)


@pytest.mark.parametrize(
    ("mutate", "match"),
    [
        (lambda d: d[: -1024 * 11], "ends before"),
        (lambda d: d + b"\0" * 20000, "after its end"),
        (lambda d: d[:700] + b"x" + d[701:], "padding"),
    ],
)
def test_malformed_streams(mutate: object, match: str) -> None:
    data = payload_tar([("vault/a", b"a" * 100)], manifest=None)
    bad = mutate(data)  # type: ignore[operator]
    with pytest.raises(BackupDamaged, match=match):
        feed(bad, [])
    assert hashlib.sha256(data).digest()
