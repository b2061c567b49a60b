"""The audit trail's recorder: one SQLAlchemy `before_flush` hook for every session.

Every create, update and delete of a record (a client, a case, a record in a
case, an extra standard, an attachment), from whatever front end or service,
goes through a session flush; the hook turns the session's pending changes
into entries with field-level old and new values and appends them to
`audit_entries` in the same transaction, so a change and its entry commit or
roll back together.  Rows inside a record (a case's client links and
dismissed flags, an evidence item's custody steps) are recorded as one field
of that record.  Drafts and settings are not records and are not audited;
an attachment's key and stored name never enter the trail.

Hash chain.  Each entry stores `prev_hash` (the previous entry's hash, or
`GENESIS`) and `entry_hash`, the SHA-256 of a canonical serialisation
(RFC 8785) of the entry in which every old and new value is replaced by the
SHA-256 of that value's own RFC 8785 form (`value_digest`).  Redaction
replaces a value in the trail by `{"redacted": <its digest>}`, whose digest
is by definition the digest it carries: the entry hash, and so the chain,
is unchanged, while the value itself is gone.

The hook also gives attachments the lifecycle of their record: deleting an
evidence item, hearing, motion, request or case deletes its attachments
through the ORM (so each is audited), and once the transaction commits the
ciphertext files of deleted attachments are removed from the vault folder.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import json
import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import Enum
from operator import itemgetter
from pathlib import Path
from typing import Any

import rfc8785
from sqlalchemy import JSON, Connection, Table, event, inspect, or_, select
from sqlalchemy.orm import Session

from casefiles.storage import models as m
from casefiles.storage.files import fsync_dir
from casefiles.storage.models_vault import PARENT_COLUMNS, Attachment, AuditEntry

log = logging.getLogger(__name__)
_AUDIT_TABLE: Table = AuditEntry.__table__  # type: ignore[assignment]

#: `prev_hash` of the first entry.
GENESIS = "0" * 64
_HASH_DOMAIN = b"casefiles audit entry v1\n"
_HEX64 = re.compile(r"[0-9a-f]{64}")

#: ORM model -> record type (the interchange list names where there is one).
RECORD_TYPES: dict[type[Any], str] = {
    m.ExtraStandard: "standards",
    m.Client: "clients",
    m.Case: "cases",
    m.Party: "parties",
    m.Hearing: "hearings",
    m.Motion: "motions",
    m.Request: "requests",
    m.Evidence: "evidence",
    m.Event: "events",
    Attachment: "attachments",
}
_ORDER = {cls: i for i, cls in enumerate(RECORD_TYPES)}
#: Columns that are plumbing, secret or replaced by a readable field.
_SKIPPED = {
    "id",
    "case_id",
    "hearing_id",
    "evidence_id",
    "motion_id",
    "request_id",
    "file_key",
    "blob",
    "stored_size",
    "client_id",
}
#: Case lists holding records of their own (audited as records, not as fields).
_RECORD_LISTS = ("parties", "hearings", "motions", "requests", "evidence", "events")
#: Rows recorded as a field of their owner: child model -> (owner model, field name).
_CHILDREN: dict[type[Any], tuple[type[Any], str]] = {
    m.CaseClient: (m.Case, "clients"),
    m.DismissedIrregularity: (m.Case, "dismissed_irregularities"),
    m.CustodyStep: (m.Evidence, "custody"),
}
_OWNER_ID = {
    m.CaseClient: "case_id",
    m.DismissedIrregularity: "case_id",
    m.CustodyStep: "evidence_id",
}

_default_source = "app"
_actor: list[str | None] = []


def set_default_source(source: str) -> None:
    """Where this process's changes come from ("cli", "gui"); a session may override it
    with `session.info["audit_source"]` (an import sets "import")."""
    global _default_source
    _default_source = source


def current_actor() -> str | None:
    """The operating-system account name (asked once per process)."""
    if not _actor:
        try:
            _actor.append(getpass.getuser())
        except Exception:  # noqa: BLE001 - no login name is not an error
            _actor.append(None)
    return _actor[0]


# -- canonical form and hashes -------------------------------------------------------------


def redacted(digest: str) -> dict[str, str]:
    return {"redacted": digest}


def is_redacted(value: Any) -> bool:
    return (
        isinstance(value, dict)
        and set(value) == {"redacted"}
        and isinstance(value["redacted"], str)
        and bool(_HEX64.fullmatch(value["redacted"]))
    )


def canonical(value: Any) -> bytes:
    """RFC 8785 (JSON Canonicalization Scheme) serialisation of a JSON value.

    For what the trail holds (text, integers, booleans, null, lists, objects
    with ASCII keys) the standard library's compact, key-sorted, non-ASCII
    output is byte for byte the RFC 8785 form and 20 times faster than the
    `rfc8785` package, which is kept for floats (their number format differs).
    Most of the trail (text, integers, booleans, null, lists of text) is written
    here without the encoder (`tests/audit/test_canonical.py` checks this equals
    the encoder's output and RFC 8785).
    """
    return _canonical_text(value).encode("utf-8", "surrogatepass")


def _canonical_text(value: Any) -> str:
    kind = type(value)
    if kind is str:
        return _encode_str(value)
    if kind is int:
        return int.__repr__(value)
    if value is None:
        return "null"
    if kind is bool:
        return "true" if value else "false"
    if kind is list and all(type(v) is str for v in value):
        return "[" + ",".join(map(_encode_str, value)) + "]"
    if isinstance(value, str):  # a StrEnum: the encoder writes its text
        return _encode_str(value)
    if _has_float(value):
        return str(rfc8785.dumps(value), "utf-8", "surrogatepass")
    return _ENCODER.encode(value)


#: What `json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))`
#: builds on every call, built once.
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))
#: The encoder's own function for a top-level string (the C one where there is one).
_encode_str = json.encoder.encode_basestring


def _has_float(value: Any) -> bool:
    if isinstance(value, float):
        return True
    if isinstance(value, list):
        return any(_has_float(v) for v in value)
    if isinstance(value, dict):
        return any(_has_float(v) for v in value.values())
    return False


def value_digest(value: Any) -> str:
    """SHA-256 (hex) of a value's RFC 8785 form; a redacted value carries its own."""
    if type(value) is str:
        return _sha256(_encode_str(value).encode("utf-8", "surrogatepass")).hexdigest()
    if isinstance(value, dict) and is_redacted(value):
        return str(value["redacted"])
    return _sha256(_canonical_text(value).encode("utf-8", "surrogatepass")).hexdigest()


_sha256 = hashlib.sha256


def entry_digest(entry: Mapping[str, Any]) -> str:
    """The hash of an entry (a mapping with AuditEntry's column names), values as digests."""
    return _digest(
        entry["seq"],
        entry["at"],
        entry["source"],
        entry["actor"],
        entry["action"],
        entry["case_key"],
        entry["case_ref"],
        entry["record_type"],
        entry["record_key"],
        entry["parent"],
        entry["changes"],
        entry["prev_hash"],
    )


def _digest(
    seq: Any,
    at: Any,
    source: Any,
    actor: Any,
    action: Any,
    case_key: Any,
    case_ref: Any,
    record_type: Any,
    record_key: Any,
    parent: Any,
    changes: Iterable[Mapping[str, Any]],
    prev: Any,
) -> str:
    """SHA-256 over the domain line and the RFC 8785 form of
    `{"seq", "at", "source", "actor", "action", "case_key", "case_ref", "record_type",
    "record_key", "parent", "changes": [{"field", "old", "new"}], "prev"}` with each old
    and new value replaced by its `value_digest` (null where a side is absent).

    Written out here in RFC 8785's key order (the encoder's compact sorted output of that
    object, byte for byte: `tests/audit/test_canonical.py` compares them)."""
    j = _json_text
    text = (
        f'{{"action":{j(action)},"actor":{j(actor)},"at":{j(at)},"case_key":{j(case_key)},'
        f'"case_ref":{j(case_ref)},"changes":[{_hashed_changes(changes, None)}],'
        f'"parent":{j(parent)},"prev":{j(prev)},"record_key":{j(record_key)},'
        f'"record_type":{j(record_type)},"seq":{j(seq)},"source":{j(source)}}}'
    )
    return _sha256(_HASH_DOMAIN + text.encode("utf-8", "surrogatepass")).hexdigest()


def _hashed_changes(changes: Iterable[Mapping[str, Any]], stored: list[str] | None) -> str:
    """The items of an entry's hashed `changes` list, comma-separated.  With `stored`, also
    appends there each change as the JSON column stores it (`json.dumps`'s text: each
    created value written once for both)."""
    j, sha, enc, known = _json_text, _sha256, _encode_str, _SHORT_DIGESTS.get
    parts = []
    for c in changes:
        name = c["field"]
        heads = (_HEADS.get(name) or _heads(name)) if type(name) is str else None
        head = '{"field":' + j(name) + ',"new":' if heads is None else heads[0]
        if "new" in c:
            v = c["new"]
            if type(v) is str:
                new = known(v)
                if new is None:
                    new = sha(enc(v).encode("utf-8", "surrogatepass")).hexdigest()
                    if len(v) <= 40 and len(_SHORT_DIGESTS) < 100_000:
                        _SHORT_DIGESTS[v] = new
            else:
                new = value_digest(v)
            if "old" in c:
                parts.append(f'{head}"{new}","old":"{value_digest(c["old"])}"}}')
            else:
                parts.append(f'{head}"{new}","old":null}}')
                if stored is not None and len(c) == 2 and heads is not None:
                    stored.append(f"{heads[1]}{_stored_text(v)}}}")
                    continue
        elif "old" in c:
            parts.append(f'{head}null,"old":"{value_digest(c["old"])}"}}')
        else:
            parts.append(f'{head}null,"old":null}}')
        if stored is not None:
            stored.append(_dump_changes(c))
    return ",".join(parts)


def _stored_text(value: Any) -> str:
    """`json.dumps(value)`, written out for text, integers, null and lists of text."""
    kind = type(value)
    if kind is str:
        return _ascii(value)
    if kind is int:
        return int.__repr__(value)
    if value is None:
        return "null"
    if kind is list and all(type(v) is str for v in value):
        return "[" + ", ".join(map(_ascii, value)) + "]"
    return _dump_changes(value)


#: `json.dumps`'s function for text (ASCII, escapes for the rest).
_ascii = json.encoder.encode_basestring_ascii


#: Digests of short text (statuses, kinds, keys, dates: the values that repeat), bounded.
#: It holds case text (a client's name is short too): `forget_text` empties it when a
#: store closes, so nothing of a case outlives the lock in this memo.
_SHORT_DIGESTS: dict[str, str] = {}


def forget_text() -> None:
    _SHORT_DIGESTS.clear()


def _json_text(value: Any) -> str:
    """What the encoder writes for a value inside an object."""
    kind = type(value)
    if kind is str:
        return _encode_str(value)
    if value is None:
        return "null"
    if kind is int:
        return int.__repr__(value)
    return _ENCODER.encode(value)


def entry_fields(entry: AuditEntry) -> dict[str, Any]:
    return {c.key: getattr(entry, c.key) for c in AuditEntry.__table__.columns}


@dataclass
class PendingEntry:
    """An entry before it is numbered and chained."""

    action: str
    record_type: str
    record_key: str
    changes: list[dict[str, Any]]
    case_key: str | None = None
    case_ref: str | None = None
    parent: str | None = None
    source: str | None = None
    #: `prepared_creation`'s texts of `changes`, for `insert_entries` (which then reads
    #: these, not `changes`).
    prepared: tuple[str, str] | None = None


def append_entries(session: Session, pending: Iterable[PendingEntry]) -> list[AuditEntry]:
    """Number, chain and add entries to the session (flushed with it).

    Writers hold the database's write lock (BEGIN IMMEDIATE), so reading the
    tail and appending cannot interleave with another writer.
    """
    added: list[AuditEntry] = []
    with session.no_autoflush:
        for values in _chained(session, pending):
            entry = AuditEntry(**values)
            session.add(entry)
            added.append(entry)
    return added


def insert_entries(session: Session, pending: Iterable[PendingEntry]) -> int:
    """Number, chain and insert entries at once, bypassing the unit of work.

    For a bulk writer (an import) that inserts its records with Core
    statements, which the `before_flush` hook does not see: it describes each
    record with `record_values` and passes the entries here.  Same numbering,
    same chain, same columns as `append_entries` (`changes` serialised as the
    JSON column type does, `json.dumps`), each row built as the driver's tuple
    and written with one `executemany`; nothing may be pending in the session's
    unit of work.
    """
    with session.no_autoflush:
        seq, prev = _tail(session)
    at = _now()
    source = str(session.info.get("audit_source") or _default_source)
    actor = current_actor()
    j, sha, enc = _json_text, _sha256, _encode_str
    at_text, source_text, actor_text = j(at), j(source), j(actor)
    texts: dict[tuple[Any, ...], str] = {}
    types: dict[Any, str] = {}
    params: list[tuple[Any, ...]] = []
    append = params.append
    for p in pending:
        seq += 1
        src = p.source or source
        if p.prepared is not None:
            changes, stored_text = p.prepared
        else:
            stored: list[str] = []
            changes = _hashed_changes(p.changes, stored)
            stored_text = "[" + ", ".join(stored) + "]"
        # As `_digest` writes it; the values that repeat (the case, the action, the record
        # type) encoded once, through `texts`.
        case = (p.action, p.case_key, p.case_ref)
        head = texts.get(case)
        if head is None:
            head = texts[case] = (
                f'{{"action":{j(p.action)},"actor":{actor_text},"at":{at_text},'
                f'"case_key":{j(p.case_key)},"case_ref":{j(p.case_ref)},"changes":['
            )
        kind = types.get(p.record_type)
        if kind is None:
            kind = types[p.record_type] = f',"record_type":{j(p.record_type)},"seq":'
        key = p.record_key
        text = (
            f'{head}{changes}],"parent":{"null" if p.parent is None else j(p.parent)},'
            f'"prev":{enc(prev)},"record_key":{enc(key) if type(key) is str else j(key)}'
            f'{kind}{seq},"source":{source_text if p.source is None else j(src)}}}'
        )
        entry_hash = sha(_HASH_DOMAIN + text.encode("utf-8", "surrogatepass")).hexdigest()
        append(
            (
                seq,
                at,
                src,
                actor,
                p.action,
                p.case_key,
                p.case_ref,
                p.record_type,
                p.record_key,
                p.parent,
                stored_text,
                prev,
                entry_hash,
            )
        )
        prev = entry_hash
    if params:
        conn = session.connection()
        conn.exec_driver_sql(_insert_sql(conn, _AUDIT_TABLE, _AUDIT_COLUMNS), params)
    return len(params)


#: `insert_entries`'s tuple order.
_AUDIT_COLUMNS = (
    "seq",
    "at",
    "source",
    "actor",
    "action",
    "case_key",
    "case_ref",
    "record_type",
    "record_key",
    "parent",
    "changes",
    "prev_hash",
    "entry_hash",
)
#: What the JSON column type's bind processor calls (`json.dumps` with its defaults).
_dump_changes = json.JSONEncoder().encode


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _insert_sql(connection: Connection, table: Table, names: Iterable[str]) -> str:
    quote = connection.dialect.identifier_preparer
    names = list(names)
    columns = ", ".join(quote.quote(name) for name in names)
    marks = ", ".join("?" for _ in names)
    return f"INSERT INTO {quote.format_table(table)} ({columns}) VALUES ({marks})"


def insert_rows(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """One `executemany` of rows (dicts keyed by column name, every row the same columns)
    straight to the driver, each value through its column type's own bind processor:
    what a Core `insert()` sends, without its per-row bookkeeping."""
    names = list(rows[0])
    dialect = connection.dialect
    processors = [_bind_processor(table.c[name].type, dialect) for name in names]
    sql = _insert_sql(connection, table, names)
    get = itemgetter(*names)
    one = len(names) == 1  # itemgetter of one name gives the value, not a tuple
    params: list[Any] = [(get(row),) for row in rows] if one else list(map(get, rows))
    if any(processors):  # column by column: each converter mapped over its column
        columns = [
            column if p is None else list(map(p, column))
            for column, p in zip(zip(*params, strict=True), processors, strict=True)
        ]
        params = list(zip(*columns, strict=True))
    connection.exec_driver_sql(sql, params)


def _bind_processor(column_type: Any, dialect: Any) -> Any:
    """The column type's bind processor; for JSON with the default serialiser
    (`json.dumps`), `_stored_text`, which writes the same text (faster for lists of text)."""
    if isinstance(column_type, JSON) and getattr(dialect, "_json_serializer", None) is None:
        return _stored_text
    return column_type.dialect_impl(dialect).bind_processor(dialect)


def _chained(session: Session, pending: Iterable[PendingEntry]) -> list[dict[str, Any]]:
    seq, prev = _tail(session)
    at = _now()
    source = str(session.info.get("audit_source") or _default_source)
    actor = current_actor()
    out: list[dict[str, Any]] = []
    for p in pending:
        if p.prepared is not None:
            raise ValueError("a prepared entry's changes are for insert_entries only")
        seq += 1
        values: dict[str, Any] = {
            "seq": seq,
            "at": at,
            "source": p.source or source,
            "actor": actor,
            "action": p.action,
            "case_key": p.case_key,
            "case_ref": p.case_ref,
            "record_type": p.record_type,
            "record_key": p.record_key,
            "parent": p.parent,
            "changes": p.changes,
            "prev_hash": prev,
        }
        values["entry_hash"] = prev = entry_digest(values)
        out.append(values)
    return out


def tail(session: Session) -> tuple[int, str]:
    """(seq, hash) of the last entry, pending ones included; (0, GENESIS) when empty."""
    return _tail(session)


def _tail(session: Session) -> tuple[int, str]:
    pending = [e for e in session.new if isinstance(e, AuditEntry)]
    if pending:
        last = max(pending, key=lambda e: e.seq)
        return last.seq, last.entry_hash
    row = session.execute(
        select(AuditEntry.seq, AuditEntry.entry_hash).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    return (row[0], row[1]) if row is not None else (0, GENESIS)


# -- values --------------------------------------------------------------------------------


def json_value(value: Any) -> Any:
    """A column value as plain JSON: dates as ISO text, lists as lists, enums as their
    values (a `StrEnum`'s text as plain text, which the trail writes and hashes the same)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [json_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): json_value(v) for k, v in value.items()}
    return value


def _columns(cls: type[Any]) -> tuple[str, ...]:
    """The audited attributes of a model, its key first (computed once per model)."""
    names = _COLUMNS.get(cls)
    if names is None:
        found = [a.key for a in inspect(cls).column_attrs if a.key not in _SKIPPED]
        names = _COLUMNS[cls] = tuple(sorted(found, key=lambda n: n not in ("key", "code")))
    return names


_COLUMNS: dict[type[Any], tuple[str, ...]] = {}


def record_values(
    cls: type[Any],
    attrs: Mapping[str, Any],
    *,
    hearing: str | None = None,
    collections: Mapping[str, list[dict[str, Any]]] | None = None,
) -> dict[str, Any]:
    """A record as the trail describes it: every field with a value (None and empty lists
    left out), its hearing by key, and its rows (`child_values`) as fields of their own.

    `attrs` maps the model's attribute names to values; plumbing columns are ignored.
    """
    out: dict[str, Any] = {}
    for attr, name in _named(cls):
        value = attrs.get(attr)
        if value is not None and value != []:
            out[name] = value if type(value) in _PLAIN else json_value(value)
    if hearing is not None:
        out["hearing"] = hearing
    if collections:
        for name in _COLLECTIONS.get(cls, ()):
            items = collections.get(name)
            if items:
                out[name] = items
    return out


def creation_record_changes(
    cls: type[Any],
    attrs: Mapping[str, Any],
    *,
    hearing: str | None = None,
    collections: Mapping[str, list[dict[str, Any]]] | None = None,
) -> list[dict[str, Any]]:
    """The changes of a create entry for a record: `creation_changes(record_values(...))`.

    Nothing in the application calls it (an import uses `prepared_creation`); it names
    what `prepared_creation` stands for, which `tests/audit/test_canonical.py` checks."""
    return creation_changes(record_values(cls, attrs, hearing=hearing, collections=collections))


def prepared_creation(
    cls: type[Any],
    attrs: Mapping[str, Any],
    *,
    hearing: str | None = None,
    collections: Mapping[str, list[dict[str, Any]]] | None = None,
) -> tuple[str, str]:
    """The changes of a create entry (`creation_record_changes`) as `insert_entries` needs
    them, without building them: the items of their hashed form and their stored JSON
    text (`json.dumps`'s), each value encoded and hashed once."""
    hashed: list[str] = []
    stored: list[str] = []
    put_h, put_s = hashed.append, stored.append
    sha, enc, ascii_, known = _sha256, _encode_str, _ascii, _SHORT_DIGESTS.get
    enums = _ENUMS
    for attr, h_head, s_head in _prepared_fields(cls):
        value = attrs.get(attr)
        if value is None:
            continue
        kind = type(value)
        if kind is not str:  # as `json_value`, its commonest cases first
            if kind in enums:
                value = value.value
            elif kind is date or kind is datetime:
                value = value.isoformat()
            elif kind is list:
                if not value:
                    continue
                value = json_value(value)
            elif kind is not int and kind is not bool and kind is not float:
                if value == []:
                    continue
                if isinstance(value, Enum):
                    enums.add(kind)
                value = json_value(value)
            if type(value) is not str:
                put_h(f'{h_head}{value_digest(value)}","old":null}}')
                put_s(f"{s_head}{_stored_text(value)}}}")
                continue
        if len(value) > 40:  # long text seldom repeats: not looked up (nor hashed as a key)
            digest = sha(enc(value).encode("utf-8", "surrogatepass")).hexdigest()
        else:
            found = known(value)
            if found is None:
                found = sha(enc(value).encode("utf-8", "surrogatepass")).hexdigest()
                if len(_SHORT_DIGESTS) < 100_000:
                    _SHORT_DIGESTS[value] = found
            digest = found
        put_h(f'{h_head}{digest}","old":null}}')
        put_s(f"{s_head}{ascii_(value)}}}")
    extra: list[tuple[str, Any]] = []
    if hearing is not None:
        extra.append(("hearing", hearing))
    if collections:
        for name in _COLLECTIONS.get(cls, ()):
            items = collections.get(name)
            if items:
                extra.append((name, items))
    for name, value in extra:
        heads = _HEADS.get(name) or _heads(name)
        put_h(f'{heads[0]}"{value_digest(value)}","old":null}}')
        put_s(f"{heads[1]}{_stored_text(value)}}}")
    return ",".join(hashed), "[" + ", ".join(stored) + "]"


def _prepared_fields(cls: type[Any]) -> tuple[tuple[str, str, str], ...]:
    """(attribute, start of its created change hashed up to the digest's quote, start as
    stored) of each audited attribute of a model."""
    found = _PREPARED.get(cls)
    if found is None:
        found = _PREPARED[cls] = tuple(
            (attr, _heads(name)[0] + '"', _heads(name)[1]) for attr, name in _named(cls)
        )
    return found


_PREPARED: dict[type[Any], tuple[tuple[str, str, str], ...]] = {}


def _heads(name: str) -> tuple[str, str]:
    """The start of a field's change (up to its new value): in the hashed form, and as
    stored."""
    hashed = '{"field":' + _json_text(name) + ',"new":'
    heads = _HEADS[name] = (hashed, f'{{"field": {_ascii(name)}, "new": ')
    return heads


#: Enum types met by `prepared_creation` (`json_value` gives their values).
_ENUMS: set[type[Any]] = set()
#: Field name -> `_heads(name)`.
_HEADS: dict[str, tuple[str, str]] = {}


def child_values(cls: type[Any], attrs: Mapping[str, Any]) -> dict[str, Any]:
    """A row inside a record (a custody step, a dismissed flag, a client link) as one item
    of its owner's field: its columns with a value.  A client link is preceded by
    `{"client": <key>}` (see `_child_json`)."""
    out: dict[str, Any] = {}
    for attr, name in _named(cls):
        value = attrs.get(attr)
        if value is not None:
            out[name] = value if type(value) in _PLAIN else json_value(value)
    return out


def creation_changes(values: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The changes of a create entry: each field's new value, no old one (as `_diff` gives
    for values that are never None)."""
    return [{"field": name, "new": value} for name, value in values.items()]


#: Types `json_value` returns as they are.
_PLAIN = frozenset({str, int, bool, float})


def _named(cls: type[Any]) -> tuple[tuple[str, str], ...]:
    """(attribute, field name in the trail) of each audited attribute (`_columns`)."""
    named = _NAMED.get(cls)
    if named is None:
        named = _NAMED[cls] = tuple((attr, _field_name(attr)) for attr in _columns(cls))
    return named


_NAMED: dict[type[Any], tuple[tuple[str, str], ...]] = {}


def _field_name(attr: str) -> str:
    return "from" if attr == "from_" else attr


def _old_value(session: Session, obj: Any, attr: str) -> Any:
    """The value `attr` had when loaded (the database's, if it was set unloaded)."""
    state = inspect(obj)
    hist = state.attrs[attr].history
    if hist.deleted:
        return hist.deleted[0]
    if hist.added and state.persistent:
        column = getattr(type(obj), attr)
        key = inspect(type(obj)).primary_key[0]
        return session.scalar(select(column).where(key == state.identity[0]))
    return getattr(obj, attr)


def _child_json(session: Session, child: Any, *, old: bool) -> dict[str, Any]:
    attrs = {
        attr: _old_value(session, child, attr) if old else getattr(child, attr)
        for attr in _columns(type(child))
    }
    out = child_values(type(child), attrs)
    if isinstance(child, m.CaseClient):
        client = child.client
        if old:
            hist = inspect(child).attrs.client.history
            client = hist.deleted[0] if hist.deleted else client
        out = {"client": client.key if client is not None else None, **out}
    return out


def _collection(session: Session, owner: Any, name: str, *, old: bool) -> list[dict[str, Any]]:
    state = inspect(owner)
    hist = state.attrs[name].history
    if old:
        if state.pending:
            return []
        items = [*hist.unchanged, *hist.deleted] if hist.added or hist.deleted else None
        if items is None:
            items = list(getattr(owner, name))
        items.sort(key=lambda c: inspect(c).identity[0] if inspect(c).identity else 1 << 62)
        return [_child_json(session, c, old=True) for c in items if not inspect(c).pending]
    return [_child_json(session, c, old=False) for c in getattr(owner, name)]


# -- describing a record -------------------------------------------------------------------


@dataclass
class _Flush:
    session: Session
    owners: dict[int, m.Case] = field(default_factory=dict)

    def case_of(self, obj: Any) -> m.Case | None:
        if isinstance(obj, m.Case):
            return obj
        case_id = getattr(obj, "case_id", None)
        if case_id is not None:
            return self.session.get(m.Case, case_id)
        return self.owners.get(id(obj))

    def parent_of(self, obj: Any) -> str | None:
        if not isinstance(obj, Attachment):
            return None
        for record_type, column in PARENT_COLUMNS.items():
            pid = getattr(obj, column)
            if pid is not None:
                model = _MODEL_OF[record_type]
                row = self.session.get(model, pid)
                return f"{record_type}/{row.key if row is not None else '#' + str(pid)}"
        return None

    def hearing_key(self, hearing_id: int | None) -> str | None:
        if hearing_id is None:
            return None
        row = self.session.get(m.Hearing, hearing_id)
        return row.key if row is not None else f"#{hearing_id}"

    def values(self, obj: Any, *, old: bool) -> dict[str, Any]:
        """Every field with a value (None and empty lists left out)."""
        attrs = {
            attr: _old_value(self.session, obj, attr) if old else getattr(obj, attr)
            for attr in _columns(type(obj))
        }
        hearing = None
        if hasattr(obj, "hearing_id") and not isinstance(obj, Attachment):
            hid = _old_value(self.session, obj, "hearing_id") if old else obj.hearing_id
            hearing = self.hearing_key(hid)
        collections = {
            name: _collection(self.session, obj, name, old=old)
            for name in _COLLECTIONS.get(type(obj), ())
        }
        return record_values(type(obj), attrs, hearing=hearing, collections=collections)

    def entry(self, obj: Any, action: str, changes: list[dict[str, Any]]) -> PendingEntry:
        deleted = action == "delete"
        case = self.case_of(obj)
        case_key = case_ref = None
        if case is not None:
            gone = deleted or case in self.session.deleted
            case_key = _old_value(self.session, case, "key") if gone else case.key
            case_ref = _old_value(self.session, case, "reference") if gone else case.reference
        key_attr = "code" if isinstance(obj, m.ExtraStandard) else "key"
        key = _old_value(self.session, obj, key_attr) if deleted else getattr(obj, key_attr)
        return PendingEntry(
            action=action,
            record_type=RECORD_TYPES[type(obj)],
            record_key=str(key),
            changes=changes,
            case_key=case_key,
            case_ref=case_ref,
            parent=self.parent_of(obj),
        )


_MODEL_OF: dict[str, type[Any]] = {
    "evidence": m.Evidence,
    "hearings": m.Hearing,
    "motions": m.Motion,
    "requests": m.Request,
}
_COLLECTIONS: dict[type[Any], tuple[str, ...]] = {
    m.Case: ("clients", "dismissed_irregularities"),
    m.Evidence: ("custody",),
}


def _diff(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[dict[str, Any]]:
    changes = []
    for name in [*old, *(k for k in new if k not in old)]:
        if old.get(name) == new.get(name):
            continue
        change: dict[str, Any] = {"field": name}
        if name in old:
            change["old"] = old[name]
        if name in new:
            change["new"] = new[name]
        changes.append(change)
    return changes


# -- the hook ------------------------------------------------------------------------------


def _cascade_attachments(session: Session) -> None:
    """Deleting a record deletes its attachments through the ORM, so each is audited."""
    parents: dict[str, set[int]] = {}
    for obj in list(session.deleted):
        if isinstance(obj, m.Case):
            parents.setdefault("case_id", set()).add(obj.id)
        for record_type, column in PARENT_COLUMNS.items():
            if isinstance(obj, _MODEL_OF[record_type]):
                parents.setdefault(column, set()).add(obj.id)
    if not parents:
        return
    conditions = [getattr(Attachment, col).in_(ids) for col, ids in parents.items()]
    for att in session.scalars(select(Attachment).where(or_(*conditions))):
        if att not in session.deleted:
            session.delete(att)


def _vault_dir(session: Session) -> Path | None:
    for _seq, name, path in session.connection().exec_driver_sql("PRAGMA database_list"):
        if name == "main" and path:
            return Path(path).parent / "vault"
    return None


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    with session.no_autoflush:
        _cascade_attachments(session)
        flush = _Flush(session)
        for case in [o for o in (*session.new, *session.dirty) if isinstance(o, m.Case)]:
            for name in _RECORD_LISTS:
                for child in case.__dict__.get(name, ()):
                    flush.owners[id(child)] = case
        new, dirty, deleted = list(session.new), list(session.dirty), list(session.deleted)
        creates = [o for o in new if type(o) in RECORD_TYPES]
        deletes = [o for o in deleted if type(o) in RECORD_TYPES]
        touched = [o for o in dirty if type(o) in RECORD_TYPES]
        touched += [o for o in (*new, *dirty, *deleted) if type(o) in _CHILDREN]
        done = {id(o) for o in (*creates, *deletes)}
        pending: list[PendingEntry] = []
        for obj in sorted(deletes, key=lambda o: -_ORDER[type(o)]):
            pending.append(flush.entry(obj, "delete", _diff(flush.values(obj, old=True), {})))
        for obj in sorted(creates, key=lambda o: _ORDER[type(o)]):
            pending.append(flush.entry(obj, "create", _diff({}, flush.values(obj, old=False))))
        for obj in _owners(session, touched):
            if id(obj) in done or obj in session.deleted:
                continue
            changes = _diff(flush.values(obj, old=True), flush.values(obj, old=False))
            if changes:
                pending.append(flush.entry(obj, "update", changes))
        if pending:
            append_entries(session, pending)
        blobs = [o.blob for o in session.deleted if isinstance(o, Attachment)]
        if blobs:
            vault = _vault_dir(session)
            if vault is not None:
                session.info.setdefault("vault_unlink", []).extend(vault / b for b in blobs)


def _owners(session: Session, objs: Iterable[Any]) -> list[Any]:
    """Audited records among `objs`, with child rows replaced by their owners."""
    out: list[Any] = []
    ids: set[int] = set()
    for obj in objs:
        owner = obj
        if type(obj) in _CHILDREN:
            owner_type, _name = _CHILDREN[type(obj)]
            owner = getattr(obj, "case", None) if isinstance(obj, m.CaseClient) else None
            if owner is None:
                owner_id = _old_value(session, obj, _OWNER_ID[type(obj)])
                owner = session.get(owner_type, owner_id) if owner_id is not None else None
            if owner is None:
                continue
        if id(owner) not in ids:
            ids.add(id(owner))
            out.append(owner)
    return out


def _after_commit(session: Session) -> None:
    paths: list[Path] = session.info.pop("vault_unlink", [])
    folders = set()
    for path in paths:
        try:
            path.unlink(missing_ok=True)
            folders.add(path.parent)
        except OSError as err:
            log.warning("could not remove a deleted attachment's file (errno %s)", err.errno)
    for folder in folders:
        with contextlib.suppress(OSError):
            fsync_dir(folder)
    if paths:
        log.info("removed %d deleted attachment file(s)", len(paths))


def _after_rollback(session: Session) -> None:
    session.info.pop("vault_unlink", None)


event.listen(Session, "before_flush", _before_flush)
event.listen(Session, "after_commit", _after_commit)
event.listen(Session, "after_soft_rollback", lambda session, _tx: _after_rollback(session))
