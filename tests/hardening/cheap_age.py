"""Test-only: an age passphrase file at a cheap scrypt work factor, so a backup opens in ms.

pyrage always seals at the work factor it calibrates (about a second); the
age format lets the writer choose, and any reader (pyrage, casefiles, the
`age` tool) accepts a lower one.  This writes exactly what age v1's scrypt
recipient writes (https://age-encryption.org/v1), with log2 N chosen by the
caller.  Production code never does this.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from datetime import UTC, datetime

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from casefiles.backup import agefmt
from casefiles.backup.keys import BackupKey

_CHUNK = 64 * 1024


def _b64(raw: bytes) -> bytes:
    return base64.b64encode(raw).rstrip(b"=")


def _hkdf(ikm: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(ikm)


def scrypt_seal(plaintext: bytes, passphrase: str, log_n: int = 10) -> bytes:
    file_key = os.urandom(16)
    salt = os.urandom(16)
    wrap_key = hashlib.scrypt(
        passphrase.encode(),
        salt=b"age-encryption.org/v1/scrypt" + salt,
        n=1 << log_n,
        r=8,
        p=1,
        dklen=32,
        maxmem=64 * 1024 * 1024,
    )
    body = ChaCha20Poly1305(wrap_key).encrypt(bytes(12), file_key, None)
    header = (
        agefmt.AGE_MAGIC + b"-> scrypt " + _b64(salt) + b" " + str(log_n).encode() + b"\n"
        b"" + _b64(body) + b"\n---"
    )
    mac = hmac.new(_hkdf(file_key, b"", b"header"), header, hashlib.sha256).digest()
    nonce = os.urandom(16)
    aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    chunks = [plaintext[i : i + _CHUNK] for i in range(0, len(plaintext), _CHUNK)] or [b""]
    out = [header, b" ", _b64(mac), b"\n", nonce]
    for n, chunk in enumerate(chunks):
        last = n == len(chunks) - 1
        out.append(
            aead.encrypt(n.to_bytes(11, "big") + (b"\x01" if last else b"\x00"), chunk, None)
        )
    return b"".join(out)


def cheap_backup_key(passphrase: str, log_n: int = 10) -> BackupKey:
    """A backup key whose `key.age` opens with one scrypt of 2^log_n (about a millisecond)."""
    identity = agefmt.new_identity()
    text = agefmt.identity_file(identity, datetime.now(UTC))
    return BackupKey(str(identity.to_public()), scrypt_seal(text, passphrase, log_n), identity)
