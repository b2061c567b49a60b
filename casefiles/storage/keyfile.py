"""The key header: how the passphrase unlocks the store's data key.

The database is encrypted by SQLCipher with a random 256-bit data key used
as a raw key.  The data key is wrapped with ChaCha20-Poly1305 under a key
derived from the passphrase by Argon2id.  The header (JSON, beside the
database) carries everything needed to unwrap it on any machine: format
version, KDF parameters, salt, nonce and wrapped key.  The KDF parameters
and the database file name are bound into the wrap as associated data, so a
header edited to weaken them no longer opens.
"""

from __future__ import annotations

import base64
import json
import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from casefiles.domain.errors import StoreDamaged, StoreTooNew, WrongPassphrase
from casefiles.storage.files import atomic_write_bytes

HEADER_FORMAT = "casefiles-store-header"
HEADER_VERSION = 1
DATA_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12

#: Never derive with less than 64 MiB; the time cost is tuned per machine.
MIN_MEMORY_KIB = 64 * 1024
TARGET_SECONDS = 0.7


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters, as written in the header."""

    time_cost: int
    memory_kib: int
    parallelism: int

    def derive(self, passphrase: str, salt: bytes) -> bytes:
        return hash_secret_raw(
            secret=passphrase.encode("utf-8"),
            salt=salt,
            time_cost=self.time_cost,
            memory_cost=self.memory_kib,
            parallelism=self.parallelism,
            hash_len=32,
            type=Type.ID,
        )


def calibrate(target_seconds: float = TARGET_SECONDS) -> KdfParams:
    """Argon2id parameters that take about `target_seconds` here (64 MiB at least).

    Two probes give the cost of one pass apart from the fixed cost of
    allocating and filling the memory, which dominates at low time costs.
    """

    def timed(time_cost: int) -> float:
        params = KdfParams(time_cost=time_cost, memory_kib=MIN_MEMORY_KIB, parallelism=2)
        started = time.perf_counter()
        params.derive("calibration", os.urandom(SALT_BYTES))
        return time.perf_counter() - started

    low, high = timed(2), timed(6)
    per_pass = max((high - low) / 4, 1e-4)
    time_cost = 2 + round((target_seconds - low) / per_pass)
    return KdfParams(time_cost=max(2, min(64, time_cost)), memory_kib=MIN_MEMORY_KIB, parallelism=2)


@dataclass(frozen=True)
class KeyHeader:
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped_key: bytes
    database: str

    def _aad(self) -> bytes:
        bound = {
            "format": HEADER_FORMAT,
            "version": HEADER_VERSION,
            "kdf": asdict(self.kdf),
            "database": self.database,
        }
        return json.dumps(bound, sort_keys=True).encode()

    @classmethod
    def wrap(cls, data_key: bytes, passphrase: str, kdf: KdfParams, database: str) -> KeyHeader:
        salt = os.urandom(SALT_BYTES)
        nonce = os.urandom(NONCE_BYTES)
        unsigned = cls(kdf, salt, nonce, b"", database)
        kek = kdf.derive(passphrase, salt)
        wrapped = ChaCha20Poly1305(kek).encrypt(nonce, data_key, unsigned._aad())
        return cls(kdf, salt, nonce, wrapped, database)

    def unwrap(self, passphrase: str) -> bytes:
        kek = self.kdf.derive(passphrase, self.salt)
        try:
            return ChaCha20Poly1305(kek).decrypt(self.nonce, self.wrapped_key, self._aad())
        except InvalidTag:
            raise WrongPassphrase(
                "wrong passphrase: the case file did not open; check the keyboard layout "
                "and Caps Lock, then try again"
            ) from None

    def to_json(self) -> bytes:
        doc: dict[str, Any] = {
            "format": HEADER_FORMAT,
            "version": HEADER_VERSION,
            "cipher": "sqlcipher4-raw-key",
            "kdf": {"algorithm": "argon2id", **asdict(self.kdf)},
            "salt": _b64(self.salt),
            "wrap": {
                "algorithm": "chacha20-poly1305",
                "nonce": _b64(self.nonce),
                "wrapped_key": _b64(self.wrapped_key),
            },
            "database": self.database,
        }
        return json.dumps(doc, indent=2).encode() + b"\n"

    @classmethod
    def from_json(cls, raw: bytes) -> KeyHeader:
        damaged = StoreDamaged(
            "the store's key header is damaged or not a casefiles header; "
            "restore the store from a backup"
        )
        try:
            doc = json.loads(raw)
        except (ValueError, UnicodeDecodeError):
            raise damaged from None
        if not isinstance(doc, dict) or doc.get("format") != HEADER_FORMAT:
            raise damaged
        version = doc.get("version")
        if isinstance(version, int) and version > HEADER_VERSION:
            raise StoreTooNew(
                "this case file was written by a newer version of casefiles; "
                "update casefiles to open it"
            )
        try:
            kdf = doc["kdf"]
            if version != HEADER_VERSION or kdf["algorithm"] != "argon2id":
                raise damaged
            params = KdfParams(
                time_cost=int(kdf["time_cost"]),
                memory_kib=int(kdf["memory_kib"]),
                parallelism=int(kdf["parallelism"]),
            )
            if doc["wrap"]["algorithm"] != "chacha20-poly1305":
                raise damaged
            database = str(doc["database"])
            if "/" in database or "\\" in database or database.startswith("."):
                raise damaged
            return cls(
                kdf=params,
                salt=_unb64(doc["salt"]),
                nonce=_unb64(doc["wrap"]["nonce"]),
                wrapped_key=_unb64(doc["wrap"]["wrapped_key"]),
                database=database,
            )
        except (KeyError, TypeError, ValueError):
            raise damaged from None

    def write(self, path: Path) -> None:
        atomic_write_bytes(path, self.to_json())

    @classmethod
    def read(cls, path: Path) -> KeyHeader:
        return cls.from_json(path.read_bytes())


def new_data_key() -> bytes:
    return os.urandom(DATA_KEY_BYTES)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise TypeError("not base64 text")
    return base64.b64decode(text, validate=True)
