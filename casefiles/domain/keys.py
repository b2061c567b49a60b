"""Short record keys and exhibit labels."""

from __future__ import annotations

import re
from collections.abc import Iterable

_LABEL = re.compile(r"[A-Z]{1,3}")


def next_key(prefix: str, taken: Iterable[str]) -> str:
    """The next free key `prefixN`, one past the highest number in use."""
    taken_set = set(taken)
    pattern = re.compile(rf"^{re.escape(prefix)}(\d+)$")
    numbers = [int(m.group(1)) for k in taken_set if (m := pattern.match(k))]
    n = max(numbers, default=0) + 1
    while f"{prefix}{n}" in taken_set:
        n += 1
    return f"{prefix}{n}"


def exhibit_label(index: int) -> str:
    """Spreadsheet-style labels: 0 -> A, 25 -> Z, 26 -> AA, 27 -> AB."""
    if index < 0:
        raise ValueError("index must not be negative")
    label = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        label = chr(ord("A") + rem) + label
    return label


def label_index(label: str) -> int:
    n = 0
    for ch in label:
        n = n * 26 + (ord(ch) - ord("A") + 1)
    return n - 1


def is_exhibit_label(label: str) -> bool:
    return bool(_LABEL.fullmatch(label))


def next_exhibit_label(taken: Iterable[str]) -> str:
    """The first free label in A, B, ..., Z, AA, AB, ... order."""
    used = {label_index(t) for t in taken if is_exhibit_label(t)}
    i = 0
    while i in used:
        i += 1
    return exhibit_label(i)
