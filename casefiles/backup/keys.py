"""The backup key: an X25519 identity the payload is encrypted to, sealed with a passphrase.

age's passphrase mode works on whole buffers, so the payload (gigabytes) is
encrypted to a fresh X25519 recipient instead, and the identity travels in
the backup as `key.age`, an age file encrypted to the backup passphrase.
`age -d -i key.age payload.tar.age` opens it with the stock tool.

A `BackupKey` with its identity can write and read backups; its public part
(recipient and sealed identity, no secret) can only write them, which is what
a scheduled backup of a locked app uses.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyrage
from pyrage import x25519

from casefiles.backup import agefmt
from casefiles.backup.errors import BackupDamaged, BackupError, BackupWrongPassphrase
from casefiles.storage.files import atomic_write_bytes

#: Where a store keeps the public part of its automatic-backup key (no secret in it).
PUBLIC_KEY_FILE = "backup-key.json"
MAX_SEALED_BYTES = 4096


@dataclass(frozen=True)
class BackupKey:
    recipient: str
    #: `key.age`: the identity file, encrypted to the backup passphrase.
    sealed: bytes = field(repr=False)
    identity: Any = field(default=None, repr=False, compare=False)

    @classmethod
    def generate(cls, passphrase: str) -> BackupKey:
        """A new key sealed with `passphrase` (one scrypt run, about a second)."""
        identity = agefmt.new_identity()
        text = agefmt.identity_file(identity, datetime.now(UTC))
        sealed = agefmt.passphrase_encrypt(text, passphrase)
        return cls(str(identity.to_public()), sealed, identity)

    @classmethod
    def unseal(cls, sealed: bytes, passphrase: str, *, what: str = "this backup") -> BackupKey:
        """Open `key.age` (one scrypt run; a crafted work factor is refused first)."""
        try:
            text = agefmt.passphrase_decrypt(sealed, passphrase, what=what)
            identity = agefmt.parse_identities(text, source="key.age")[0]
        except (agefmt.AgeFormatError, agefmt.AgeDamaged) as err:
            raise BackupDamaged(
                f"the key of {what} (key.age) is damaged ({err}); the file was altered "
                "or damaged on the disk"
            ) from None
        return cls(str(identity.to_public()), bytes(sealed), identity)

    def reseal(self, passphrase: str) -> BackupKey:
        """The same identity sealed with a new passphrase (after the store's changed)."""
        if self.identity is None:
            raise BackupError("only an opened backup key can be sealed again")
        text = agefmt.identity_file(self.identity, datetime.now(UTC))
        return BackupKey(self.recipient, agefmt.passphrase_encrypt(text, passphrase), self.identity)

    @property
    def can_read(self) -> bool:
        return self.identity is not None

    def public(self) -> BackupKey:
        """The same key without its identity: it can write backups, not read them."""
        return BackupKey(self.recipient, self.sealed)

    def recipients(self) -> list[Any]:
        try:
            return [x25519.Recipient.from_str(self.recipient)]
        except pyrage.RecipientError:
            raise BackupError("the saved backup key is malformed; set up backups again") from None

    @property
    def fingerprint(self) -> str:
        """A short, public name for the key (first bytes of the sealed file's SHA-256)."""
        return hashlib.sha256(self.sealed).hexdigest()[:16]

    # -- the public part, kept beside the store for backups while locked -------------------

    def save_public(self, data_dir: Path) -> Path:
        doc = {
            "format": "casefiles-backup-key",
            "version": 1,
            "recipient": self.recipient,
            "sealed": base64.b64encode(self.sealed).decode("ascii"),
        }
        path = Path(data_dir) / PUBLIC_KEY_FILE
        atomic_write_bytes(path, json.dumps(doc, indent=1).encode() + b"\n")
        return path

    @classmethod
    def load_public(cls, data_dir: Path) -> BackupKey | None:
        """The saved public key, or None when automatic backups were never set up."""
        path = Path(data_dir) / PUBLIC_KEY_FILE
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return None
        try:
            doc = json.loads(raw)
            if doc["format"] != "casefiles-backup-key" or doc["version"] != 1:
                raise ValueError("unknown key format")
            sealed = base64.b64decode(doc["sealed"], validate=True)
            key = cls(str(doc["recipient"]), sealed)
            key.recipients()
        except (ValueError, KeyError, TypeError, BackupError):
            raise BackupError(
                f"the saved backup key ({path}) is damaged; set up automatic backups again"
            ) from None
        if len(sealed) > MAX_SEALED_BYTES:
            raise BackupError(f"the saved backup key ({path}) is damaged; set up backups again")
        return key


def reseal_saved_key(
    data_dir: Path, old: str, new: str, *, opened: BackupKey | None = None
) -> BackupKey | None:
    """Seal the saved automatic-backup key with the store's new passphrase.

    The key is sealed with the store's passphrase; left as it was, every later
    automatic backup would open only with the old one. Returns the key sealed
    with `new`, with its identity (for whoever writes backups now), or None
    when there is no saved key or it never opened with `old` (nothing to
    follow). `opened`, the saved key already opened, spares the scrypt run of
    opening it again (it is used only if it is the saved key).
    """
    saved = BackupKey.load_public(data_dir)
    if saved is None:
        return None
    if opened is not None and opened.can_read and opened.sealed == saved.sealed:
        current = opened
    else:
        try:
            current = BackupKey.unseal(saved.sealed, old, what="the saved backup key")
        except (BackupError, BackupWrongPassphrase):
            return None
    resealed = current.reseal(new)
    resealed.public().save_public(data_dir)
    return resealed
