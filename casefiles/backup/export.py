"""Encrypted case exports for co-counsel: the interchange JSON as an age file.

To a passphrase (scrypt, read by `age -d`) or to age recipients (`age1...`,
read by `age -d -i KEY`).  Importing needs only that passphrase or identity.
HOOK: attached files join the export (as a tar with the JSON) once the
evidence vault offers their plaintext; until then the age plaintext is the
interchange JSON itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pyrage

from casefiles.backup import agefmt
from casefiles.backup.errors import BackupWrongPassphrase, ExcessiveWorkFactor
from casefiles.domain.errors import UserError

MAX_EXPORT_BYTES = 1 << 30


def encrypt_export(
    plaintext: bytes, *, passphrase: str | None = None, recipients: Sequence[str] = ()
) -> bytes:
    if recipients:
        parsed = [agefmt.parse_recipient(r) for r in recipients]
        return bytes(pyrage.encrypt(plaintext, parsed))
    if passphrase is None:
        raise UserError("an encrypted export needs a passphrase or a recipient")
    return agefmt.passphrase_encrypt(plaintext, passphrase)


def is_encrypted_export(data: bytes) -> bool:
    return agefmt.is_age(data) or agefmt.is_armored_age(data)


def needs_passphrase(data: bytes) -> bool:
    """True for an export encrypted to a passphrase, False for one to recipients."""
    stanzas = _stanzas(data)
    return any(s.kind == "scrypt" for s in stanzas)


def _stanzas(data: bytes) -> list[agefmt.Stanza]:
    if agefmt.is_armored_age(data):
        raise UserError(
            "this export is ASCII-armoured; decrypt it with 'age -d' and import the JSON"
        )
    try:
        stanzas, _ = agefmt.read_header(data)
    except agefmt.AgeFormatError as err:
        raise UserError(f"the encrypted export is damaged: {err}") from None
    return stanzas


def decrypt_export(
    data: bytes, *, passphrase: str | None = None, identities: Sequence[Any] = ()
) -> bytes:
    if len(data) > MAX_EXPORT_BYTES:
        raise UserError("the encrypted export is larger than casefiles imports (1 GiB)")
    if needs_passphrase(data):
        if passphrase is None:
            raise UserError("this export is encrypted to a passphrase; give the passphrase")
        try:
            return agefmt.passphrase_decrypt(data, passphrase, what="the encrypted export")
        except (agefmt.AgeFormatError, agefmt.AgeDamaged) as err:
            raise UserError(f"the encrypted export is damaged or altered ({err})") from None
        except BackupWrongPassphrase:
            raise BackupWrongPassphrase(
                "wrong passphrase for the encrypted export (or the file was altered); "
                "check it with whoever sent it"
            ) from None
        except ExcessiveWorkFactor:
            raise
    if not identities:
        raise UserError(
            "this export is encrypted to an age recipient: give its identity with --identity FILE"
        )
    try:
        return bytes(pyrage.decrypt(data, list(identities)))
    except (pyrage.DecryptError, OSError) as err:
        if "No matching keys" in str(err):
            raise UserError(
                "none of the given identities opens this export: it was encrypted to "
                "someone else's key"
            ) from None
        raise UserError("the encrypted export is damaged or altered; ask for a new copy") from None
