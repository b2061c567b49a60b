"""A rough strength estimate for a new passphrase, to guide; only a too-short one is refused."""

from __future__ import annotations

import math
from enum import IntEnum

#: The shortest passphrase accepted, by the command line and the desktop app alike.
MIN_LENGTH = 8


def too_short(passphrase: str) -> bool:
    return len(passphrase) < MIN_LENGTH


class Strength(IntEnum):
    EMPTY = 0
    WEAK = 1
    FAIR = 2
    GOOD = 3
    STRONG = 4


def estimate_bits(passphrase: str) -> float:
    """Bits of guessing work, counting words of a phrase or characters of a password."""
    if not passphrase:
        return 0.0
    words = passphrase.split()
    if len(words) >= 3:
        # A phrase of common words: about 11 bits per word (a 2,000-word vocabulary).
        return 11.0 * len(words) + (2.0 if any(not w.isalpha() for w in words) else 0.0)
    pool = 0
    if any(c.islower() for c in passphrase):
        pool += 26
    if any(c.isupper() for c in passphrase):
        pool += 26
    if any(c.isdigit() for c in passphrase):
        pool += 10
    if any(not c.isalnum() for c in passphrase):
        pool += 32
    if any(ord(c) > 127 for c in passphrase):
        pool += 33
    distinct = len(set(passphrase))
    return min(len(passphrase), distinct * 2) * math.log2(max(pool, 2))


def strength(passphrase: str) -> Strength:
    bits = estimate_bits(passphrase)
    if bits == 0:
        return Strength.EMPTY
    if bits < 40:
        return Strength.WEAK
    if bits < 55:
        return Strength.FAIR
    if bits < 70:
        return Strength.GOOD
    return Strength.STRONG
