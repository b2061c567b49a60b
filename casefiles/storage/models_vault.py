"""Tables of the evidence vault and of the audit trail.

`attachments`: one row per file in the vault (`StorePaths.vault`).  The file
itself is ciphertext under `file_key`, a random 256-bit key that lives only
here, inside the encrypted database; `blob` is the file's random name in the
vault folder.  An attachment belongs to exactly one evidence item, hearing,
motion or request (one of the four parent columns is set); an evidence item
has at most one.

`audit_entries`: the append-only, hash-chained trail of every change to a
record (see `casefiles.storage.audit`).  SQLite triggers, created by the
migration, refuse deleting an entry or changing anything in one but its
`changes` (which redaction rewrites in a way that keeps the chain valid).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from casefiles.storage.models import ENUM, KEY, Base, Case, Evidence, Hearing, Motion, Request

#: Record types a file may be attached to -> the attachment column naming the record.
PARENT_COLUMNS = {
    "evidence": "evidence_id",
    "hearings": "hearing_id",
    "motions": "motion_id",
    "requests": "request_id",
}


class Attachment(Base):
    __tablename__ = "attachments"
    __table_args__ = (
        UniqueConstraint("case_id", "key"),
        UniqueConstraint("blob"),
        UniqueConstraint("evidence_id"),
        CheckConstraint(
            "(evidence_id IS NOT NULL) + (hearing_id IS NOT NULL) + (motion_id IS NOT NULL)"
            " + (request_id IS NOT NULL) = 1",
            name="one_parent",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Unique within the case (`f1`, `f2`, ...), as other record keys.
    key: Mapped[str] = mapped_column(KEY)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    evidence_id: Mapped[int | None] = mapped_column(ForeignKey("evidence.id", ondelete="CASCADE"))
    hearing_id: Mapped[int | None] = mapped_column(
        ForeignKey("hearings.id", ondelete="CASCADE"), index=True
    )
    motion_id: Mapped[int | None] = mapped_column(
        ForeignKey("motions.id", ondelete="CASCADE"), index=True
    )
    request_id: Mapped[int | None] = mapped_column(
        ForeignKey("requests.id", ondelete="CASCADE"), index=True
    )
    #: What the file was called where it came from (shown, exported under; never logged).
    file_name: Mapped[str] = mapped_column(Text)
    media_type: Mapped[str] = mapped_column(String(127))
    #: Plaintext size in bytes and SHA-256 (hex) of the plaintext, taken at intake.
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[datetime] = mapped_column(DateTime)
    #: Random name of the ciphertext file in the vault folder (32 hex digits).
    blob: Mapped[str] = mapped_column(String(32))
    #: The file's own 256-bit key; never leaves the database, never in the audit trail.
    file_key: Mapped[bytes] = mapped_column(LargeBinary(32))
    stored_size: Mapped[int] = mapped_column(BigInteger)

    # Many-to-one only: they tell the unit of work to delete an attachment before its
    # record (the database would cascade anyway; this keeps the ORM's count right).
    case: Mapped[Case] = relationship()
    evidence: Mapped[Evidence | None] = relationship()
    hearing: Mapped[Hearing | None] = relationship()
    motion: Mapped[Motion | None] = relationship()
    request: Mapped[Request | None] = relationship()

    def parent_type(self) -> str:
        for record_type, column in PARENT_COLUMNS.items():
            if getattr(self, column) is not None:
                return record_type
        raise ValueError("attachment without a parent record")


class AuditEntry(Base):
    __tablename__ = "audit_entries"

    #: 1, 2, 3, ... without gaps; part of the hashed content.
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    #: UTC, `YYYY-MM-DDTHH:MM:SS.ffffffZ`, kept as text so it hashes exactly as written.
    at: Mapped[str] = mapped_column(String(32))
    #: Where the change came from: "cli", "gui", "import", "app", ...
    source: Mapped[str] = mapped_column(String(16))
    #: The operating-system account that ran the program.
    actor: Mapped[str | None] = mapped_column(Text)
    #: "create", "update", "delete" or "redact".
    action: Mapped[str] = mapped_column(ENUM)
    #: The case the record belongs to (key and reference at the time); None outside cases.
    case_key: Mapped[str | None] = mapped_column(KEY, index=True)
    case_ref: Mapped[str | None] = mapped_column(Text)
    #: "cases", "clients", "standards", a case list name, or "attachments".
    record_type: Mapped[str] = mapped_column(String(32))
    record_key: Mapped[str] = mapped_column(Text)
    #: For an attachment: the record it is attached to, as `type/key`.
    parent: Mapped[str | None] = mapped_column(Text)
    #: `[{"field": name, "old": value, "new": value}]`; a side that did not exist is absent.
    changes: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))
