"""The audit trail: reading it, checking its hash chain, a record's history, redaction.

Entries are written by the session hook in `casefiles.storage.audit` for every
change, whatever made it; this module only reads them, with one exception:
`redact` replaces a value entered by mistake by its SHA-256, in the record and
in every entry that holds it, and appends an entry saying so.  Entry hashes
cover the digest of each value, not the value, so the chain still verifies.

The chain head (`chain_head`) is a short form of the last entry's hash that
PDF footers and backup manifests carry: anyone who rewrites history later,
even with the passphrase, produces a trail whose entry of that number no
longer has that hash (`head_matches`).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Text, inspect, select, update
from sqlalchemy.orm import Session

from casefiles.domain.errors import RecordNotFound, UserError
from casefiles.storage import audit as trail
from casefiles.storage import models as m
from casefiles.storage.models_vault import Attachment, AuditEntry
from casefiles.storage.store import Store

log = logging.getLogger(__name__)

HEAD_HEX_DIGITS = 16
_HEAD = re.compile(r"(\d+):([0-9a-f]{4,64})")

#: Record type -> model, for the types a user can name.
MODELS: dict[str, type[Any]] = {t: cls for cls, t in trail.RECORD_TYPES.items()}
#: Fields that identify a record and cannot be redacted.
_NOT_REDACTABLE = {"key", "code", "reference"}


def set_default_source(source: str) -> None:
    """Mark this process's changes as coming from `source` ("gui" for the desktop app)."""
    trail.set_default_source(source)


# -- entries -------------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldChange:
    field: str
    #: JSON values; `None` with `has_old`/`has_new` False means the side did not exist.
    old: Any
    new: Any
    has_old: bool
    has_new: bool

    @property
    def old_redacted(self) -> bool:
        return trail.is_redacted(self.old)

    @property
    def new_redacted(self) -> bool:
        return trail.is_redacted(self.new)


@dataclass(frozen=True)
class Entry:
    seq: int
    at: datetime
    source: str
    actor: str | None
    action: str
    case_key: str | None
    case_ref: str | None
    record_type: str
    record_key: str
    parent: str | None
    changes: tuple[FieldChange, ...]
    prev_hash: str
    entry_hash: str

    @property
    def record(self) -> str:
        return f"{self.record_type}/{self.record_key}"

    def to_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "at": self.at.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            "source": self.source,
            "actor": self.actor,
            "action": self.action,
            "case": self.case_ref,
            "case_key": self.case_key,
            "record_type": self.record_type,
            "record_key": self.record_key,
            "parent": self.parent,
            "changes": [
                {
                    "field": c.field,
                    **({"old": c.old} if c.has_old else {}),
                    **({"new": c.new} if c.has_new else {}),
                }
                for c in self.changes
            ],
            "prev_hash": self.prev_hash,
            "hash": self.entry_hash,
        }


def _entry(row: AuditEntry) -> Entry:
    return Entry(
        seq=row.seq,
        at=datetime.strptime(row.at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC),
        source=row.source,
        actor=row.actor,
        action=row.action,
        case_key=row.case_key,
        case_ref=row.case_ref,
        record_type=row.record_type,
        record_key=row.record_key,
        parent=row.parent,
        changes=tuple(
            FieldChange(c["field"], c.get("old"), c.get("new"), "old" in c, "new" in c)
            for c in row.changes
        ),
        prev_hash=row.prev_hash,
        entry_hash=row.entry_hash,
    )


def format_value(value: Any) -> str:
    """A value as one line of text, for listings."""
    import json

    if trail.is_redacted(value):
        return f"[redacted sha256:{value['redacted']}]"
    return json.dumps(value, ensure_ascii=False)


# -- scopes: which entries belong to a case, to a record -----------------------------------


def _rows(session: Session, *conditions: Any) -> list[AuditEntry]:
    query = select(AuditEntry).where(*conditions).order_by(AuditEntry.seq)
    return list(session.scalars(query))


def _lifetime(rows: list[AuditEntry], record_type: str, key: str) -> list[AuditEntry]:
    """The entries of the newest record of this type called `key`, following renames.

    Walks back from the newest entry: a rename (a `key` change to the current
    name) continues under the old name; a `create` ends the record's life
    (an older record of the same name was another one, deleted since).
    """
    found: list[AuditEntry] = []
    current = key
    for row in reversed(rows):
        if row.record_type != record_type or row.record_key != current:
            continue
        found.append(row)
        if row.action == "create":
            break
        for change in row.changes:
            if change["field"] in ("key", "code") and change.get("new") == current:
                current = str(change.get("old"))
    found.reverse()
    return found


def _case_scope(session: Session, reference: str) -> tuple[str, int, int] | None:
    """(case key, first seq, last seq) of the case's life, by its current or last reference."""
    row = session.scalars(select(m.Case).where(m.Case.reference == reference)).one_or_none()
    if row is not None:
        key = row.key
        rows = _rows(session, AuditEntry.record_type == "cases", AuditEntry.case_key == key)
        life = _lifetime(rows, "cases", key)
        first = life[0].seq if life and life[0].action == "create" else 0
        return key, first, 1 << 62
    last = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.record_type == "cases", AuditEntry.case_ref == reference)
        .order_by(AuditEntry.seq.desc())
        .limit(1)
    ).first()
    if last is None or last.case_key is None:
        return None
    rows = _rows(
        session,
        AuditEntry.record_type == "cases",
        AuditEntry.case_key == last.case_key,
        AuditEntry.seq <= last.seq,
    )
    life = _lifetime(rows, "cases", last.case_key)
    first = life[0].seq if life and life[0].action == "create" else 0
    return last.case_key, first, last.seq


def entries(store: Store, case_ref: str | None = None) -> list[Entry]:
    """The whole trail, or every entry of one case (by its current or last reference)."""
    with store.read() as session:
        if case_ref is None:
            return [_entry(r) for r in _rows(session)]
        scope = _case_scope(session, case_ref)
        if scope is None:
            raise RecordNotFound(
                f"no case with reference {case_ref!r} in this case file or its audit trail"
            )
        key, first, last = scope
        rows = _rows(
            session, AuditEntry.case_key == key, AuditEntry.seq >= first, AuditEntry.seq <= last
        )
        return [_entry(r) for r in rows]


def _record_rows(
    session: Session, case_ref: str | None, record_type: str, key: str | None
) -> list[AuditEntry]:
    if record_type not in MODELS:
        raise UserError(
            f"unknown record type {record_type!r}; use one of {', '.join(sorted(MODELS))}"
        )
    in_case = record_type not in ("clients", "standards")
    if in_case:
        if case_ref is None:
            raise UserError(f"{record_type} belong to a case: give the case reference")
        scope = _case_scope(session, case_ref)
        if scope is None:
            raise RecordNotFound(f"no case with reference {case_ref!r} in the audit trail")
        case_key, first, last = scope
        rows = _rows(
            session,
            AuditEntry.case_key == case_key,
            AuditEntry.seq >= first,
            AuditEntry.seq <= last,
        )
        if record_type == "cases":
            key = case_key
    else:
        rows = _rows(session, AuditEntry.record_type == record_type)
    if key is None:
        raise UserError("give the record's key")
    life = _lifetime(rows, record_type, key)
    if not life or record_type not in ("evidence", "hearings", "motions", "requests"):
        return life
    names = {f"{record_type}/{key}"}
    for row in life:
        for change in row.changes:
            if change["field"] == "key" and "old" in change:
                names.add(f"{record_type}/{change['old']}")
    first_seq = life[0].seq
    last_seq = life[-1].seq if life[-1].action == "delete" else 1 << 62
    files = [
        r
        for r in rows
        if r.record_type == "attachments" and r.parent in names and first_seq <= r.seq <= last_seq
    ]
    return sorted([*life, *files], key=lambda r: r.seq)


def record_history(
    store: Store, case_ref: str | None, record_type: str, key: str | None
) -> list[Entry]:
    """Every entry of one record, oldest first, through renames, with its attachments' entries.

    `case_ref` is None for clients and standards; `key` is None for a case itself.
    """
    with store.read() as session:
        return [_entry(r) for r in _record_rows(session, case_ref, record_type, key)]


# -- the chain -----------------------------------------------------------------------------


def _iter_rows(session: Session) -> Iterator[AuditEntry]:
    yield from session.scalars(
        select(AuditEntry).order_by(AuditEntry.seq).execution_options(yield_per=500)
    )


def verify_chain(store: Store) -> list[str]:
    """Problems with the hash chain: the first broken entry, named (empty when intact)."""
    with store.read() as session:
        prev_seq, prev_hash = 0, trail.GENESIS
        count = 0
        for row in _iter_rows(session):
            count += 1
            where = f"entry #{row.seq} ({row.at[:19]}Z, {row.action} {_where(row)})"
            if row.seq != prev_seq + 1:
                return [
                    f"audit trail: {where} follows entry #{prev_seq}: entries between "
                    "them were removed"
                ]
            if row.prev_hash != prev_hash:
                return [
                    f"audit trail: {where} does not chain to entry #{prev_seq}: "
                    "an entry was removed, inserted or rewritten"
                ]
            if trail.entry_digest(trail.entry_fields(row)) != row.entry_hash:
                return [f"audit trail: {where} was altered: it no longer matches its hash"]
            prev_seq, prev_hash = row.seq, row.entry_hash
    log.info("verified audit chain: %d entries", count)
    return []


def _where(row: AuditEntry) -> str:
    record = f"{row.record_type}/{row.record_key}"
    return f"{record} in case {row.case_ref}" if row.case_ref else record


def chain_head(store: Store) -> str:
    """`SEQ:HASH16`, the number and the first 16 hex digits of the last entry's hash."""
    with store.read() as session:
        seq, digest = trail.tail(session)
    return f"{seq}:{digest[:HEAD_HEX_DIGITS]}"


def head_matches(store: Store, head: str) -> bool:
    """Whether entry SEQ of the trail still has the hash a printed `SEQ:HASH` shows."""
    match = _HEAD.fullmatch(head.strip().lower())
    if match is None:
        raise UserError(f"{head!r} is not a chain head; it looks like 1234:9f86d081884c7d65")
    seq, prefix = int(match.group(1)), match.group(2)
    if seq == 0:
        return trail.GENESIS.startswith(prefix)
    with store.read() as session:
        digest = session.scalar(select(AuditEntry.entry_hash).where(AuditEntry.seq == seq))
    return digest is not None and digest.startswith(prefix)


# -- redaction -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Redaction:
    #: Digests (SHA-256 of the RFC 8785 form) of the values removed.
    digests: tuple[str, ...]
    #: How many past entries had a value replaced.
    entries_changed: int
    #: The placeholder now in the record, or None when the record is gone.
    placeholder: str | None


def placeholder(digest: str) -> str:
    return f"[redacted sha256:{digest}]"


def _record_row(session: Session, case_ref: str | None, record_type: str, key: str | None) -> Any:
    model = MODELS[record_type]
    if record_type == "cases":
        return session.scalars(select(m.Case).where(m.Case.reference == case_ref)).one_or_none()
    if record_type == "clients":
        return session.scalars(select(m.Client).where(m.Client.key == key)).one_or_none()
    if record_type == "standards":
        return session.get(m.ExtraStandard, key)
    case = session.scalars(select(m.Case).where(m.Case.reference == case_ref)).one_or_none()
    if case is None:
        return None
    return session.scalars(
        select(model).where(model.case_id == case.id, model.key == key)
    ).one_or_none()


def redactable_fields(record_type: str) -> list[str]:
    """The text fields of a record type that `redact` accepts."""
    model = MODELS[record_type]
    return [
        a.key
        for a in inspect(model).column_attrs
        if isinstance(a.columns[0].type, Text) and a.key not in _NOT_REDACTABLE
    ]


def redact(
    store: Store,
    case_ref: str | None,
    record_type: str,
    key: str | None,
    field: str,
    *,
    all_versions: bool = False,
) -> Redaction:
    """Replace a field's value by its SHA-256 in the record and throughout its history.

    The current value goes everywhere it appears in the record's entries
    (with `all_versions`, every value the field ever had).  The record keeps
    `[redacted sha256:<hex>]`; a redaction entry is appended; the hash chain
    still verifies.  Works on a deleted record's history too.
    """
    if record_type not in MODELS:
        raise UserError(
            f"unknown record type {record_type!r}; use one of {', '.join(sorted(MODELS))}"
        )
    allowed = redactable_fields(record_type)
    if field not in allowed:
        raise UserError(
            f"{field!r} cannot be redacted in {record_type}; text fields are: {', '.join(allowed)}"
        )
    with store.write() as session:
        row = _record_row(session, case_ref, record_type, key)
        rows = _record_rows(session, case_ref, record_type, key)
        if row is None and not rows:
            raise RecordNotFound(f"no record {record_type}/{key} in this case file or its trail")
        current = getattr(row, field) if row is not None else None
        if current is not None and current.startswith("[redacted sha256:"):
            current = None
        targets: set[str] = set()
        if current is not None:
            targets.add(trail.value_digest(current))
        changed = 0
        # An evidence item's file name is its file's too: both go.
        with_file = record_type == "evidence" and field == "file_name"
        for entry_row in rows:
            if entry_row.record_type != record_type and not (
                with_file and entry_row.record_type == "attachments"
            ):
                continue  # an attachment's entry within a record's history
            new_changes, hits = _redact_changes(entry_row.changes, field, targets, all_versions)
            if hits:
                entry_row.changes = new_changes
                targets |= hits
                changed += 1
        if not targets:
            raise UserError(f"nothing to redact: {field} has no value in {record_type}/{key}")
        text = None
        current_digest = trail.value_digest(current) if current is not None else None
        if current_digest is not None:
            text = placeholder(current_digest)
            table = type(row).__table__
            session.execute(update(table).where(table.c.id == row.id).values({field: text}))
            session.expire(row)
            if with_file:
                session.execute(
                    update(Attachment)
                    .where(Attachment.evidence_id == row.id, Attachment.file_name == current)
                    .values(file_name=text)
                    .execution_options(synchronize_session=False)
                )
        digests = sorted(targets)
        change_list: list[dict[str, Any]] = [
            {
                "field": field,
                "old": trail.redacted(d),
                **({"new": text} if d == current_digest else {}),
            }
            for d in digests
        ]
        last = rows[-1] if rows else None
        if record_type == "cases":
            record_key = row.key if row is not None else (last.case_key if last else "")
        else:
            record_key = str(key)
        trail.append_entries(
            session,
            [
                trail.PendingEntry(
                    action="redact",
                    record_type=record_type,
                    record_key=str(record_key),
                    changes=change_list,
                    case_key=last.case_key if last else None,
                    case_ref=last.case_ref if last else case_ref,
                    parent=last.parent if last else None,
                )
            ],
        )
        session.flush()
    log.info("redacted one field: %d entries changed", changed)
    return Redaction(tuple(digests), changed, text)


def _redact_changes(
    changes: list[dict[str, Any]], field: str, targets: set[str], all_versions: bool
) -> tuple[list[dict[str, Any]], set[str]]:
    """The changes with the field's matching values replaced, and the digests replaced."""
    out = []
    hits: set[str] = set()
    for change in changes:
        change = dict(change)
        if change["field"] == field:
            for side in ("old", "new"):
                value = change.get(side)
                if value is None or trail.is_redacted(value):
                    continue
                digest = trail.value_digest(value)
                if all_versions or digest in targets:
                    change[side] = trail.redacted(digest)
                    hits.add(digest)
        out.append(change)
    return out, hits
