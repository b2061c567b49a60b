"""The manifest: what a backup holds, with a SHA-256 for each member, and who made it.

It is the payload's last member (the hashes are known only once every member
has been streamed), so a reader checks it after the fact, before anything is
moved into place.  It is authenticated by the age encryption around it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from casefiles import __version__
from casefiles.backup.errors import BackupDamaged, BackupTooNew

MANIFEST_NAME = "manifest.json"
FORMAT = "casefiles-backup-manifest"
FORMAT_VERSION = 1
MAX_MANIFEST_BYTES = 64 << 20
_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class MemberEntry:
    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    app_version: str
    #: The Alembic revision of the database snapshot (None: taken while locked, unread).
    schema_version: str | None
    created: str
    #: `casefiles.services.audit.chain_head` of the snapshot, when that module exists.
    audit_head: str | None
    database: str
    members: tuple[MemberEntry, ...]
    format_version: int = FORMAT_VERSION

    @property
    def vault_files(self) -> int:
        return sum(1 for m in self.members if m.name.startswith("vault/"))

    @property
    def total_bytes(self) -> int:
        return sum(m.size for m in self.members)

    def to_json(self) -> bytes:
        doc = {
            "format": FORMAT,
            "format_version": self.format_version,
            "app_version": self.app_version,
            "schema_version": self.schema_version,
            "created": self.created,
            "audit_head": self.audit_head,
            "database": self.database,
            "members": [{"name": m.name, "size": m.size, "sha256": m.sha256} for m in self.members],
        }
        return json.dumps(doc, indent=1, ensure_ascii=True).encode("ascii") + b"\n"

    @classmethod
    def from_json(cls, raw: bytes, known_schemas: set[str]) -> Manifest:
        """Parse and check versions: a newer format, app or schema is `BackupTooNew`."""
        damaged = BackupDamaged(
            "the backup's manifest is malformed; the backup was not made by casefiles "
            "or was altered; nothing was restored"
        )
        try:
            doc = json.loads(raw.decode("utf-8"))
        except (ValueError, UnicodeDecodeError, RecursionError):
            raise damaged from None
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise damaged
        version = doc.get("format_version")
        app = doc.get("app_version")
        if not isinstance(version, int) or not isinstance(app, str):
            raise damaged
        check_versions(version, app)
        schema = doc.get("schema_version")
        if schema is not None and (not isinstance(schema, str) or schema not in known_schemas):
            raise BackupTooNew(
                f"the backup's database has schema version {str(schema)[:40]!r}, which this "
                f"casefiles ({__version__}) does not know: update casefiles to restore it"
            )
        try:
            members = tuple(_entry(m) for m in doc["members"])
            manifest = cls(
                app_version=app,
                schema_version=schema,
                created=_text(doc["created"]),
                audit_head=None if doc.get("audit_head") is None else _text(doc["audit_head"]),
                database=_text(doc["database"]),
                members=members,
                format_version=version,
            )
        except (KeyError, TypeError, ValueError):
            raise damaged from None
        if len({m.name for m in members}) != len(members):
            raise damaged
        return manifest


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("not text")
    return value


def _entry(obj: Any) -> MemberEntry:
    name, size, digest = obj["name"], obj["size"], obj["sha256"]
    if not isinstance(name, str) or not isinstance(size, int) or size < 0:
        raise TypeError("bad entry")
    if not isinstance(digest, str) or not _SHA256.fullmatch(digest):
        raise ValueError("bad digest")
    return MemberEntry(name, size, digest)


def version_tuple(text: str) -> tuple[int, ...] | None:
    match = re.match(r"(\d+(?:\.\d+)*)", text)
    if match is None:
        return None
    return tuple(int(p) for p in match.group(1).split(".")[:6] if len(p) < 10)


def check_versions(format_version: int, app_version: str) -> None:
    """Refuse a backup from a newer format or a newer casefiles."""
    theirs, ours = version_tuple(app_version), version_tuple(__version__)
    newer_app = theirs is None or (ours is not None and theirs > ours)
    if format_version > FORMAT_VERSION or newer_app:
        shown = app_version[:40]
        raise BackupTooNew(
            f"this backup was made by casefiles {shown}, newer than this one ({__version__}); "
            "update casefiles to restore it (nothing was restored)"
        )
    if format_version < 1:
        raise BackupDamaged("the backup names an impossible format version; it was altered")
