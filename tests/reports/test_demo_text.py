"""The demo case file's own text reads as a lawyer writes it: no internal record keys."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from tests.factories import demo_document

#: A record's internal key ("m3", "r4", "h2", "e1", "ev3", "k1", "c2"), standing alone.
#: Reference numbers ("1-0342/2026", "No. 04-11/2287", "NP-0471") do not match.
BARE_KEY = re.compile(r"\b(m|r|h|e|ev|k|c|p)\d+\b")

#: Fields that hold a record's key or point to one: not free text.
KEY_FIELDS = frozenset({"key", "client", "hearing"})


def _text_fields(node: Any, path: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(node, dict):
        for name, value in node.items():
            if name not in KEY_FIELDS:
                yield from _text_fields(value, f"{path}.{name}")
    elif isinstance(node, list):
        for n, value in enumerate(node):
            yield from _text_fields(value, f"{path}[{n}]")
    elif isinstance(node, str):
        yield path, node


def test_demo_free_text_names_no_record_key() -> None:
    found = [
        (path, match.group(0))
        for path, value in _text_fields(demo_document())
        for match in BARE_KEY.finditer(value)
    ]
    assert found == []


def test_the_check_finds_a_key_and_passes_a_reference() -> None:
    assert BARE_KEY.search("returned after motion m3 was denied")
    assert BARE_KEY.search("(see m4)")
    assert BARE_KEY.search("on the claimant's motion (m6)")
    assert not BARE_KEY.search("case 1-0342/2026, incoming No. 04-11/2287, seal NP-0471")
    assert not BARE_KEY.search("6 h 12 min; serial number PF3K7Q21X")
