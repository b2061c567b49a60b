"""Attachments and evidence items in the database; the files themselves are `casefiles.vault`'s.

The vault encrypts a file into its folder first and then records it here
in one transaction (`record_new_evidence`, `record_attachment`); a failure
there makes the vault remove the file again.  Deleting a record removes its
attachments' rows in the same transaction (the session hook in
`casefiles.storage.audit`), and their files once it commits.

Evidence items keep the interchange fields `file_name` and `sha256` equal
to their attached file's; an item imported with a `sha256` and no file is
"hash recorded, file not in store".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casefiles.domain.enums import EvidenceKind, EvidenceStatus
from casefiles.domain.errors import ConflictError, RecordNotFound, UserError
from casefiles.domain.keys import is_exhibit_label, next_exhibit_label, next_key
from casefiles.services.references import no_such_case
from casefiles.storage import models as m
from casefiles.storage.models_vault import PARENT_COLUMNS, Attachment
from casefiles.storage.store import Store

#: Record types that take attachments -> their model.
ATTACHABLE: dict[str, type[Any]] = {
    "evidence": m.Evidence,
    "hearings": m.Hearing,
    "motions": m.Motion,
    "requests": m.Request,
}
FILE_KEY_PREFIX = "f"


@dataclass(frozen=True)
class AttachmentInfo:
    """One attached file, as the user sees it."""

    key: str
    case_ref: str
    record_type: str
    record_key: str
    #: The evidence item's exhibit label (evidence only).
    exhibit: str | None
    file_name: str
    media_type: str
    size: int
    sha256: str
    added_at: datetime

    @property
    def label(self) -> str:
        """How messages name it: `case REF exhibit A` or `case REF motions/m1 file f2`."""
        if self.record_type == "evidence":
            if self.exhibit:
                return f"case {self.case_ref} exhibit {self.exhibit}"
            return f"case {self.case_ref} evidence {self.record_key}"
        return f"case {self.case_ref} {self.record_type}/{self.record_key} file {self.key}"


@dataclass(frozen=True)
class EvidenceFile:
    """An evidence item and the state of its file."""

    key: str
    exhibit: str | None
    title: str
    kind: str | None
    #: The interchange fields as recorded.
    file_name: str | None
    sha256: str | None
    file: AttachmentInfo | None

    @property
    def state(self) -> str:
        """ "stored", "hash recorded, file not in store" or "no file"."""
        if self.file is not None:
            return "stored"
        return "hash recorded, file not in store" if self.sha256 else "no file"


@dataclass(frozen=True)
class NewBlob:
    """What the vault stored, for the database to record."""

    blob: str
    file_key: bytes
    file_name: str
    media_type: str
    size: int
    sha256: str
    stored_size: int


@dataclass(frozen=True)
class BlobRef:
    """Where an attachment's ciphertext is and how to open it (for the vault only)."""

    info: AttachmentInfo
    blob: str
    file_key: bytes
    stored_size: int


# -- lookups -------------------------------------------------------------------------------


def _case(session: Session, reference: str) -> m.Case:
    row = session.scalars(select(m.Case).where(m.Case.reference == reference)).one_or_none()
    if row is None:
        raise no_such_case(session, reference)
    return row


def _record(session: Session, case: m.Case, record_type: str, key: str) -> Any:
    model = ATTACHABLE.get(record_type)
    if model is None:
        raise UserError(
            f"files attach to {', '.join(ATTACHABLE)}; not to {record_type!r} "
            "(write it as motions/m1)"
        )
    row = session.scalars(
        select(model).where(model.case_id == case.id, model.key == key)
    ).one_or_none()
    if row is None:
        raise RecordNotFound(f"no {record_type} record {key!r} in case {case.reference!r}")
    return row


def _evidence_by_exhibit(session: Session, case: m.Case, exhibit: str) -> m.Evidence:
    row = session.scalars(
        select(m.Evidence).where(m.Evidence.case_id == case.id, m.Evidence.exhibit == exhibit)
    ).one_or_none()
    if row is None:
        raise RecordNotFound(
            f"no exhibit {exhibit} in case {case.reference!r}; "
            "'casefiles evidence list' shows the labels"
        )
    return row


def _info(session: Session, att: Attachment, case_ref: str | None = None) -> AttachmentInfo:
    record_type = att.parent_type()
    parent = session.get(ATTACHABLE[record_type], getattr(att, PARENT_COLUMNS[record_type]))
    if case_ref is None:
        case_ref = session.scalar(select(m.Case.reference).where(m.Case.id == att.case_id))
    return AttachmentInfo(
        key=att.key,
        case_ref=str(case_ref),
        record_type=record_type,
        record_key=parent.key if parent is not None else "?",
        exhibit=parent.exhibit if isinstance(parent, m.Evidence) else None,
        file_name=att.file_name,
        media_type=att.media_type,
        size=att.size,
        sha256=att.sha256,
        added_at=att.added_at.replace(tzinfo=UTC),
    )


def _ref(session: Session, att: Attachment, case_ref: str | None = None) -> BlobRef:
    return BlobRef(_info(session, att, case_ref), att.blob, att.file_key, att.stored_size)


def parse_record(text: str) -> tuple[str, str]:
    """`motions/m1` -> ("motions", "m1")."""
    record_type, sep, key = text.partition("/")
    if not sep or not record_type or not key:
        raise UserError(f"{text!r} is not a record: write it as TYPE/KEY, e.g. motions/m1")
    return record_type, key


# -- before intake: fail fast, before reading a large file ---------------------------------


def check_new_evidence(store: Store, case_ref: str, exhibit: str | None = None) -> None:
    """Raise now if `record_new_evidence` would refuse (no case, a bad or taken label)."""
    with store.read() as session:
        case = _case(session, case_ref)
        _check_label(session, case, exhibit)


def _check_label(session: Session, case: m.Case, exhibit: str | None) -> str:
    taken = {
        label
        for label in session.scalars(
            select(m.Evidence.exhibit).where(m.Evidence.case_id == case.id)
        )
        if label
    }
    if exhibit is None:
        return next_exhibit_label(taken)
    if not is_exhibit_label(exhibit):
        raise UserError(f"{exhibit!r} is not an exhibit label; labels are A..Z, AA, AB, ...")
    if exhibit in taken:
        raise ConflictError(f"exhibit {exhibit} is already used in case {case.reference!r}")
    return exhibit


def check_attach_target(store: Store, case_ref: str, record_type: str, key: str) -> str | None:
    """Raise now if a file cannot be attached there; the sha256 an evidence item expects."""
    with store.read() as session:
        case = _case(session, case_ref)
        row = _record(session, case, record_type, key)
        if isinstance(row, m.Evidence):
            _refuse_second_file(session, row, case_ref)
            return row.sha256
    return None


def _refuse_second_file(session: Session, row: m.Evidence, case_ref: str) -> None:
    if session.scalar(select(Attachment.id).where(Attachment.evidence_id == row.id)):
        label = f"exhibit {row.exhibit}" if row.exhibit else f"evidence {row.key}"
        raise ConflictError(
            f"{label} in case {case_ref!r} already has a file; an evidence item holds one "
            "file (add another item, or delete this one first)"
        )


# -- recording what the vault stored -------------------------------------------------------


def _new_attachment(
    session: Session, case: m.Case, record_type: str, parent: Any, blob: NewBlob
) -> Attachment:
    keys = set(session.scalars(select(Attachment.key).where(Attachment.case_id == case.id)))
    att = Attachment(
        key=next_key(FILE_KEY_PREFIX, keys),
        case_id=case.id,
        file_name=blob.file_name,
        media_type=blob.media_type,
        size=blob.size,
        sha256=blob.sha256,
        added_at=datetime.now(UTC).replace(tzinfo=None),
        blob=blob.blob,
        file_key=blob.file_key,
        stored_size=blob.stored_size,
    )
    setattr(att, PARENT_COLUMNS[record_type], parent.id)
    session.add(att)
    return att


def record_new_evidence(
    store: Store,
    case_ref: str,
    blob: NewBlob,
    *,
    title: str | None = None,
    kind: EvidenceKind | None = None,
    exhibit: str | None = None,
) -> AttachmentInfo:
    """A new evidence item holding the stored file; its exhibit label given when absent."""
    with store.write() as session:
        case = _case(session, case_ref)
        label = _check_label(session, case, exhibit)
        keys = set(session.scalars(select(m.Evidence.key).where(m.Evidence.case_id == case.id)))
        row = m.Evidence(
            case_id=case.id,
            key=next_key("e", keys),
            exhibit=label,
            title=title or blob.file_name,
            kind=(kind or guess_kind(blob.media_type)).value,
            status=EvidenceStatus.COLLECTED.value,
            file_name=blob.file_name,
            sha256=blob.sha256,
        )
        session.add(row)
        session.flush()
        att = _new_attachment(session, case, "evidence", row, blob)
        session.flush()
        return _info(session, att, case_ref)


def record_attachment(
    store: Store, case_ref: str, record_type: str, key: str, blob: NewBlob
) -> AttachmentInfo:
    """Attach the stored file to an existing record (an evidence item takes one file).

    An evidence item imported with a hash takes only the file with that hash.
    """
    with store.write() as session:
        return attach_in_session(session, case_ref, record_type, key, blob)


def attach_in_session(
    session: Session, case_ref: str, record_type: str, key: str, blob: NewBlob
) -> AttachmentInfo:
    """`record_attachment` inside a transaction the caller holds (an import's)."""
    case = _case(session, case_ref)
    row = _record(session, case, record_type, key)
    if isinstance(row, m.Evidence):
        _refuse_second_file(session, row, case_ref)
        if row.sha256 and row.sha256 != blob.sha256:
            label = f"exhibit {row.exhibit}" if row.exhibit else f"evidence {row.key}"
            raise ConflictError(
                f"this file's SHA-256 ({blob.sha256[:16]}...) is not the one recorded for "
                f"{label} ({row.sha256[:16]}...); it is not the same file, so it was not "
                "stored (add it as a new item)"
            )
        row.file_name = blob.file_name
        row.sha256 = blob.sha256
    att = _new_attachment(session, case, record_type, row, blob)
    session.flush()
    return _info(session, att, case_ref)


def guess_kind(media_type: str) -> EvidenceKind:
    major = media_type.split("/", 1)[0]
    if major == "image":
        return EvidenceKind.PHOTO
    if major in ("audio", "video"):
        return EvidenceKind(major)
    return EvidenceKind.DOCUMENT if major in ("text", "application") else EvidenceKind.OTHER


# -- reading -------------------------------------------------------------------------------


def case_files(store: Store, case_ref: str) -> list[AttachmentInfo]:
    """Every file attached anywhere in a case, in the order added."""
    with store.read() as session:
        case = _case(session, case_ref)
        rows = session.scalars(
            select(Attachment).where(Attachment.case_id == case.id).order_by(Attachment.id)
        )
        return [_info(session, a, case_ref) for a in rows]


def record_files(store: Store, case_ref: str, record_type: str, key: str) -> list[AttachmentInfo]:
    """The files attached to one record."""
    with store.read() as session:
        case = _case(session, case_ref)
        row = _record(session, case, record_type, key)
        column = getattr(Attachment, PARENT_COLUMNS[record_type])
        rows = session.scalars(select(Attachment).where(column == row.id).order_by(Attachment.id))
        return [_info(session, a, case_ref) for a in rows]


def evidence_files(store: Store, case_ref: str) -> list[EvidenceFile]:
    """A case's evidence items, each with the state of its file."""
    with store.read() as session:
        case = _case(session, case_ref)
        files = {
            a.evidence_id: _info(session, a, case_ref)
            for a in session.scalars(
                select(Attachment).where(
                    Attachment.case_id == case.id, Attachment.evidence_id.is_not(None)
                )
            )
        }
        rows = session.scalars(
            select(m.Evidence).where(m.Evidence.case_id == case.id).order_by(m.Evidence.id)
        )
        return [
            EvidenceFile(r.key, r.exhibit, r.title, r.kind, r.file_name, r.sha256, files.get(r.id))
            for r in rows
        ]


def find_blob(
    store: Store, case_ref: str, *, exhibit: str | None = None, key: str | None = None
) -> BlobRef:
    """An attachment by its evidence item's exhibit label or by its own key (`f3`)."""
    with store.read() as session:
        case = _case(session, case_ref)
        if exhibit is not None:
            row = _evidence_by_exhibit(session, case, exhibit)
            att = session.scalars(
                select(Attachment).where(Attachment.evidence_id == row.id)
            ).one_or_none()
            if att is None:
                if row.sha256:
                    raise UserError(
                        f"exhibit {exhibit} in case {case_ref!r}: hash recorded, file not in "
                        "store (it was imported without its file); attach it with "
                        f"'casefiles evidence attach --record evidence/{row.key}'"
                    )
                raise UserError(f"exhibit {exhibit} in case {case_ref!r} has no file")
        else:
            att = session.scalars(
                select(Attachment).where(Attachment.case_id == case.id, Attachment.key == key)
            ).one_or_none()
            if att is None:
                raise RecordNotFound(
                    f"no file {key!r} in case {case_ref!r}; 'casefiles evidence list' shows them"
                )
        return _ref(session, att, case_ref)


def all_blobs(store: Store) -> list[BlobRef]:
    """Every attachment in the store, by case reference and order added."""
    with store.read() as session:
        rows = session.execute(
            select(Attachment, m.Case.reference)
            .join(m.Case, m.Case.id == Attachment.case_id)
            .order_by(m.Case.reference, Attachment.id)
        )
        return [_ref(session, att, ref) for att, ref in rows]


@dataclass(frozen=True)
class RecordedHash:
    """An evidence item's recorded hash, next to its file's (None: no file in the store)."""

    case_ref: str
    key: str
    exhibit: str | None
    sha256: str
    file_sha256: str | None

    @property
    def label(self) -> str:
        what = f"exhibit {self.exhibit}" if self.exhibit else f"evidence {self.key}"
        return f"case {self.case_ref} {what}"


def recorded_hashes(store: Store) -> list[RecordedHash]:
    """Evidence items with a `sha256`, and the hash of their stored file if any."""
    with store.read() as session:
        rows = session.execute(
            select(m.Evidence, m.Case.reference, Attachment.sha256)
            .join(m.Case, m.Case.id == m.Evidence.case_id)
            .outerjoin(Attachment, Attachment.evidence_id == m.Evidence.id)
            .where(m.Evidence.sha256.is_not(None))
            .order_by(m.Case.reference, m.Evidence.id)
        )
        return [
            RecordedHash(ref, ev.key, ev.exhibit, str(ev.sha256), file_sha)
            for ev, ref, file_sha in rows
        ]


def referenced_blobs(store: Store) -> set[str]:
    with store.read() as session:
        return set(session.scalars(select(Attachment.blob)))


# -- deleting ------------------------------------------------------------------------------


def delete_evidence(store: Store, case_ref: str, exhibit: str) -> AttachmentInfo | None:
    """Delete an evidence item; its file goes once the deletion commits.  Returns the file."""
    with store.write() as session:
        case = _case(session, case_ref)
        row = _evidence_by_exhibit(session, case, exhibit)
        att = session.scalars(
            select(Attachment).where(Attachment.evidence_id == row.id)
        ).one_or_none()
        info = _info(session, att, case_ref) if att is not None else None
        session.delete(row)
    return info


def remove_file(store: Store, case_ref: str, key: str) -> AttachmentInfo:
    """Remove one attached file (the record stays; an evidence item forgets name and hash)."""
    with store.write() as session:
        case = _case(session, case_ref)
        att = session.scalars(
            select(Attachment).where(Attachment.case_id == case.id, Attachment.key == key)
        ).one_or_none()
        if att is None:
            raise RecordNotFound(f"no file {key!r} in case {case_ref!r}")
        info = _info(session, att, case_ref)
        if att.evidence_id is not None:
            ev = session.get(m.Evidence, att.evidence_id)
            if ev is not None:
                ev.file_name = None
                ev.sha256 = None
        session.delete(att)
    return info
