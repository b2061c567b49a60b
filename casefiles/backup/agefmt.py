"""The age format's header, read before any work; identities and recipients.

pyrage derives the passphrase key with scrypt at whatever work factor a file's
header names.  A crafted header (log2 N = 40) would cost hours and terabytes,
so every passphrase-encrypted file is parsed here first and refused above the
limit the standard `age` tool applies to itself (log2 N = 22).  pyrage writes
a factor calibrated to about a second (about 18 to 21), well below it.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pyrage
from pyrage import x25519

from casefiles.backup.errors import BackupWrongPassphrase, ExcessiveWorkFactor
from casefiles.domain.errors import UserError

AGE_MAGIC = b"age-encryption.org/v1\n"
ARMOR_MAGIC = b"-----BEGIN AGE ENCRYPTED FILE-----"
#: The largest scrypt work factor the age tool accepts when decrypting (age 1.1: 22).
MAX_LOG_N = 22
MAX_STANZAS = 64
_MAX_LINE = 4096
_BODY_LINE = 64  # base64 columns of a stanza body line
_ARG = re.compile(rb"[\x21-\x7e]+")
_LOG_N = re.compile(r"[1-9][0-9]{0,2}")


class AgeFormatError(ValueError):
    """Not a well-formed age header; the message says where (for the caller's wording)."""


class AgeDamaged(ValueError):
    """A well-formed age file whose passphrase opened it, but whose contents fail to verify."""


@dataclass(frozen=True)
class Stanza:
    kind: str
    args: tuple[str, ...]
    body: bytes


def is_age(data: bytes) -> bool:
    return data.startswith(AGE_MAGIC)


def is_armored_age(data: bytes) -> bool:
    return data.lstrip()[: len(ARMOR_MAGIC)] == ARMOR_MAGIC


def read_header(data: bytes) -> tuple[list[Stanza], int]:
    """The stanzas of an age header and the offset of the payload (after the MAC line).

    Strict as the spec: canonical base64 bodies in full 64-column lines ending
    with a shorter one, printable arguments, a MAC line.  Nothing is decrypted.
    """
    if not is_age(data):
        raise AgeFormatError("it does not start with the age header")
    pos = len(AGE_MAGIC)
    stanzas: list[Stanza] = []
    while True:
        line, pos = _line(data, pos)
        if line.startswith(b"--- "):
            if len(line) != 4 + 43:
                raise AgeFormatError("its header MAC line is malformed")
            return stanzas, pos
        if not line.startswith(b"-> ") or len(stanzas) >= MAX_STANZAS:
            raise AgeFormatError("its header has a malformed recipient stanza")
        words = line[3:].split(b" ")
        if not words or not all(_ARG.fullmatch(w) for w in words):
            raise AgeFormatError("its header has a malformed recipient stanza")
        body = b""
        while True:
            chunk, pos = _line(data, pos)
            if len(chunk) > _BODY_LINE:
                raise AgeFormatError("its header has an over-long stanza line")
            body += chunk
            if len(chunk) < _BODY_LINE:
                break
        stanzas.append(
            Stanza(words[0].decode("ascii"), tuple(w.decode("ascii") for w in words[1:]), body)
        )


def _line(data: bytes, pos: int) -> tuple[bytes, int]:
    end = data.find(b"\n", pos, pos + _MAX_LINE)
    if end < 0:
        raise AgeFormatError("its header is cut short or malformed")
    return data[pos:end], end + 1


def scrypt_work_factor(data: bytes) -> int:
    """log2 N of a passphrase-encrypted age file, refusing one above `MAX_LOG_N`."""
    stanzas, _ = read_header(data)
    if not stanzas or stanzas[0].kind != "scrypt":
        raise AgeFormatError("it is not encrypted to a passphrase")
    if len(stanzas) != 1:
        raise AgeFormatError("its passphrase stanza is not alone, as the age format requires")
    args = stanzas[0].args
    if len(args) != 2 or not _LOG_N.fullmatch(args[1]) or len(_unb64(args[0])) != 16:
        raise AgeFormatError("its passphrase stanza is malformed")
    log_n = int(args[1])
    if log_n > MAX_LOG_N:
        raise ExcessiveWorkFactor(
            f"the file demands a passphrase work factor of 2^{log_n}, above the 2^{MAX_LOG_N} "
            "the age tool accepts; refused without trying (casefiles and age never write that)"
        )
    return log_n


def _unb64(text: str) -> bytes:
    try:
        raw = base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise AgeFormatError("its header holds invalid base64") from None
    return raw


def passphrase_decrypt(data: bytes, passphrase: str, *, what: str) -> bytes:
    """Decrypt a passphrase-encrypted age file held in memory (it is small).

    The header is checked first; a failing unwrap is a wrong passphrase (age
    cannot tell it from a damaged stanza), a failing MAC or body is `AgeDamaged`.
    """
    scrypt_work_factor(data)
    try:
        plain: bytes = pyrage.passphrase.decrypt(data, passphrase)
    except (pyrage.DecryptError, OSError) as err:
        detail = str(err)
        if "Header MAC" in detail or "decryption error" in detail.lower():
            raise AgeDamaged(detail) from None
        raise BackupWrongPassphrase(
            f"wrong passphrase for {what}: check the keyboard layout and Caps Lock, then try again"
        ) from None
    return plain


def passphrase_encrypt(plaintext: bytes, passphrase: str) -> bytes:
    return bytes(pyrage.passphrase.encrypt(plaintext, passphrase))


# -- identities and recipients ---------------------------------------------------------------


def new_identity() -> Any:
    return x25519.Identity.generate()


def identity_file(identity: Any, created: datetime) -> bytes:
    """The text of an age identity file, as `age-keygen` writes it."""
    return (
        f"# casefiles backup key; created: {created.strftime('%Y-%m-%dT%H:%M:%SZ')}\n"
        f"# public key: {identity.to_public()}\n"
        f"{identity}\n"
    ).encode("ascii")


def parse_identities(text: bytes, *, source: str) -> list[Any]:
    """The X25519 identities of an identity file (comments and blank lines ignored)."""
    try:
        lines = text.decode("ascii").splitlines()
    except UnicodeDecodeError:
        raise UserError(f"{source} is not an age identity file (it is not text)") from None
    identities = []
    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        try:
            identities.append(x25519.Identity.from_str(line))
        except pyrage.IdentityError:
            raise UserError(
                f"{source}, line {number}: not an age identity (AGE-SECRET-KEY-1...)"
            ) from None
    if not identities:
        raise UserError(f"{source} holds no age identity (a line AGE-SECRET-KEY-1...)")
    return identities


def parse_recipient(text: str) -> Any:
    try:
        return x25519.Recipient.from_str(text.strip())
    except pyrage.RecipientError:
        raise UserError(
            f"{text[:80]!r} is not an age recipient: give the age1... public key "
            "that co-counsel's `age-keygen` printed"
        ) from None
