"""The audit trail: what gets recorded, the hash chain, history, redaction."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from casefiles.domain import records as d
from casefiles.domain.enums import ClientKind
from casefiles.domain.errors import UserError
from casefiles.services import audit, cases
from casefiles.storage import audit as trail
from casefiles.storage import models as m
from casefiles.storage.models_vault import AuditEntry
from casefiles.storage.store import Store
from tests.factories import example_document, store_with

REF = "EC-118/2024"


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    s = store_with(data_dir, example_document())
    yield s
    s.close()


def _last(store: Store, n: int = 1) -> list[audit.Entry]:
    return audit.entries(store)[-n:]


def _fields(entry: audit.Entry) -> dict[str, tuple[object, object]]:
    return {c.field: (c.old, c.new) for c in entry.changes}


def test_an_import_records_every_record_created_with_its_values(store: Store) -> None:
    entries = audit.entries(store)
    assert {e.source for e in entries} == {"import"}
    assert {e.action for e in entries} == {"create"}
    records = [e.record for e in entries]
    assert records[:3] == ["clients/c1", "clients/c2", "cases/k1"]
    assert "evidence/e1" in records and "motions/m2" in records
    [ev] = [e for e in entries if e.record == "evidence/e1"]
    assert ev.case_ref == REF and ev.case_key == "k1"
    values = _fields(ev)
    assert values["exhibit"] == (None, "A")
    assert values["custody"][1][0]["action"] == "received"  # type: ignore[index]
    assert all(not c.has_old for c in ev.changes)


def test_updates_record_only_changed_fields_with_old_and_new(store: Store) -> None:
    audit.set_default_source("gui")
    try:
        case = cases.get_case(store, REF)
        motion = case.motions[0]
        cases.save_record(store, REF, "motions", motion, motion.key)  # unchanged: no entry
        count = len(audit.entries(store))
        motion.notes = "new note"
        motion.hearing = None
        motion.standards = [*motion.standards, "ECHR-6.1"]
        cases.save_record(store, REF, "motions", motion, motion.key)
        [entry] = _last(store)
        assert len(audit.entries(store)) == count + 1
        assert (entry.source, entry.action, entry.record) == ("gui", "update", "motions/m1")
        changed = _fields(entry)
        assert set(changed) == {"notes", "hearing", "standards"}
        assert changed["hearing"] == ("h1", None)
        assert changed["standards"][1][-1] == "ECHR-6.1"  # type: ignore[index]
        item = case.evidence[0]
        item.custody.append(d.CustodyStep(on=date(2024, 5, 1), action="sealed", to="court"))
        cases.save_record(store, REF, "evidence", item, item.key)
        [entry] = _last(store)
        old, new = _fields(entry)["custody"]
        assert len(old) + 1 == len(new)  # type: ignore[arg-type]
        assert new[-1] == {"on": "2024-05-01", "action": "sealed", "to": "court"}  # type: ignore[index]
    finally:
        audit.set_default_source("app")


def test_deletes_keep_the_old_values_and_a_failed_write_leaves_no_entry(store: Store) -> None:
    count = len(audit.entries(store))
    with pytest.raises(IntegrityError), store.write() as s:
        s.add(m.Client(key="c1", name="dup", kind="person"))
    assert len(audit.entries(store)) == count
    cases.delete_record(store, REF, "events", "ev1")
    [entry] = _last(store)
    assert (entry.action, entry.record) == ("delete", "events/ev1")
    assert _fields(entry)["title"] == ("Ministry files liquidation claim", None)
    cases.save_client(store, d.Client("c9", "New client", ClientKind.PERSON))
    cases.delete_client(store, "c9")
    created, deleted = _last(store, 2)
    assert (created.action, deleted.action, deleted.case_ref) == ("create", "delete", None)


def test_deleting_a_case_records_each_record_then_the_case(store: Store) -> None:
    cases.delete_case(store, REF)
    tail = [e for e in audit.entries(store) if e.action == "delete"]
    assert tail[-1].record == "cases/k1"
    assert {e.record for e in tail} >= {"motions/m1", "evidence/e1", "hearings/h1"}
    assert audit.verify_chain(store) == []
    # The deleted case's part of the trail is still found by its reference.
    assert audit.entries(store, REF)[0].action == "create"


def test_the_chain_verifies_and_its_head_changes_with_each_entry(store: Store) -> None:
    assert audit.verify_chain(store) == []
    head = audit.chain_head(store)
    seq, digest = head.split(":")
    assert int(seq) == len(audit.entries(store)) and len(digest) == 16
    cases.delete_record(store, REF, "events", "ev2")
    assert audit.chain_head(store) != head
    assert audit.head_matches(store, head)
    with pytest.raises(UserError, match="not a chain head"):
        audit.head_matches(store, "nonsense")


def _raw(store: Store, sql: str, **params: object) -> None:
    with store.write() as s:
        s.execute(text(sql), params)


def test_an_altered_entry_is_named(store: Store) -> None:
    with store.read() as s:
        row = s.scalars(select(AuditEntry).where(AuditEntry.record_key == "m2")).one()
        seq, changes = row.seq, row.changes
    changes[1]["new"] = "a rewritten title"
    _raw(
        store, "UPDATE audit_entries SET changes = :c WHERE seq = :s", c=json.dumps(changes), s=seq
    )
    [problem] = audit.verify_chain(store)
    assert problem.startswith(f"audit trail: entry #{seq} (")
    assert f"motions/m2 in case {REF}" in problem and "was altered" in problem


def test_entries_cannot_be_deleted_or_rewritten_except_their_values(store: Store) -> None:
    with pytest.raises(Exception, match="never deleted"):
        _raw(store, "DELETE FROM audit_entries WHERE seq = 3")
    with pytest.raises(Exception, match="never changed"):
        _raw(store, "UPDATE audit_entries SET entry_hash = 'x' WHERE seq = 3")
    # Someone with the passphrase can drop the guard; the chain still shows the gap.
    _raw(store, "DROP TRIGGER audit_entries_append_only")
    _raw(store, "DELETE FROM audit_entries WHERE seq = 3")
    [problem] = audit.verify_chain(store)
    assert problem.startswith("audit trail: entry #4 (") and "follows entry #2" in problem


def test_a_rewritten_history_no_longer_matches_an_earlier_head(store: Store) -> None:
    head = audit.chain_head(store)
    _raw(store, "DROP TRIGGER audit_entries_fixed")
    # Recompute the whole chain after changing entry 3: verify passes, the head does not.
    with store.write() as s:
        rows = list(s.scalars(select(AuditEntry).order_by(AuditEntry.seq)))
        prev = trail.GENESIS
        for row in rows:
            if row.seq == 3:
                row.changes = [{"field": "title", "new": "forged"}]
            row.prev_hash = prev
            row.entry_hash = prev = trail.entry_digest(trail.entry_fields(row))
    assert audit.verify_chain(store) == []
    assert not audit.head_matches(store, head)


def test_record_history_follows_renames_and_stops_at_a_recreated_key(store: Store) -> None:
    case = cases.get_case(store, REF)
    motion = case.motions[1]
    motion.key = "m7"
    cases.save_record(store, REF, "motions", motion, "m2")
    motion.title = "Renamed and retitled"
    cases.save_record(store, REF, "motions", motion, "m7")
    history = audit.record_history(store, REF, "motions", "m7")
    assert [e.action for e in history] == ["create", "update", "update"]
    assert history[0].record_key == "m2" and history[1].record_key == "m7"
    cases.delete_record(store, REF, "motions", "m7")
    fresh = d.Motion(key="m7", title="Another motion")
    cases.save_record(store, REF, "motions", fresh)
    assert [e.action for e in audit.record_history(store, REF, "motions", "m7")] == ["create"]
    case_history = audit.record_history(store, REF, "cases", None)
    assert case_history[0].record == "cases/k1"
    assert [e.record for e in audit.record_history(store, None, "clients", "c2")] == ["clients/c2"]
    with pytest.raises(UserError, match="unknown record type"):
        audit.record_history(store, REF, "nonsense", "x")


def _all_values(store: Store) -> str:
    with store.read() as s:
        return json.dumps([e.changes for e in s.scalars(select(AuditEntry))], ensure_ascii=False)


def test_redaction_removes_the_value_everywhere_and_the_chain_still_verifies(
    store: Store,
) -> None:
    case = cases.get_case(store, REF)
    motion = case.motions[0]
    secret = "Privileged: client admitted to counsel that the stamp was backdated"
    motion.notes = secret
    cases.save_record(store, REF, "motions", motion, motion.key)
    motion.title = "Retitled"  # an entry without the secret
    cases.save_record(store, REF, "motions", motion, motion.key)
    assert secret in _all_values(store)
    before = len(audit.entries(store))
    result = audit.redact(store, REF, "motions", "m1", "notes")
    assert secret not in _all_values(store)
    digest = trail.value_digest(secret)
    assert result.digests == (digest,) and result.entries_changed == 1
    assert cases.get_case(store, REF).motions[0].notes == f"[redacted sha256:{digest}]"
    assert audit.verify_chain(store) == []
    [entry] = _last(store)
    assert len(audit.entries(store)) == before + 1
    assert (entry.action, entry.record) == ("redact", "motions/m1")
    assert entry.changes[0].old_redacted and entry.changes[0].old == {"redacted": digest}
    with pytest.raises(UserError, match="cannot be redacted"):
        audit.redact(store, REF, "motions", "m1", "key")


def test_redacting_all_versions_of_a_deleted_records_field(store: Store) -> None:
    case = cases.get_case(store, REF)
    event = case.events[0]
    for text_ in ("first privileged text", "second privileged text"):
        event.description = text_
        cases.save_record(store, REF, "events", event, event.key)
    cases.delete_record(store, REF, "events", event.key)
    result = audit.redact(store, REF, "events", event.key, "description", all_versions=True)
    assert len(result.digests) == 2 and result.placeholder is None
    values = _all_values(store)
    assert "privileged text" not in values
    assert audit.verify_chain(store) == []
    with pytest.raises(UserError, match="nothing to redact"):
        audit.redact(store, REF, "events", event.key, "description", all_versions=True)
