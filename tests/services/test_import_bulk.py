"""The bulk import writes what the ORM's unit of work and the audit hook would write.

An import inserts its rows with one `executemany` per table and describes each
record for the audit trail itself.  Each test here imports a document both
ways, through `import_document` and through the ORM (`add_case`, whose flushes
the `before_flush` hook records), and compares every table and every entry.
"""

from __future__ import annotations

import gc
import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from casefiles.domain import records as d
from casefiles.domain.errors import InvalidDocument
from casefiles.services import audit, mapping
from casefiles.services.fields import from_json, values_from_json
from casefiles.services.interchange import add_case, import_document
from casefiles.storage import models as m
from casefiles.storage.models_vault import AuditEntry
from casefiles.storage.store import Store
from tests.factories import demo_document, example_document, make_store
from tests.services.strategies import documents

DATA_TABLES = [
    t.name for t in m.Base.metadata.sorted_tables if t.name not in ("audit_entries", "drafts")
]


def _orm_import(store: Store, doc: dict[str, Any]) -> None:
    """An empty store's import the way it was written before: ORM rows, the hook's entries."""
    with store.write() as session:
        session.info["audit_source"] = "import"
        for std in doc.get("standards", []):
            session.add(m.ExtraStandard(code=std["code"], title=std["title"]))
        clients: dict[str, m.Client] = {}
        for obj in doc.get("clients", []):
            client = from_json(d.Client, obj)
            row = clients[client.key] = m.Client()
            mapping.apply_record(row, client, {})
            session.add(row)
        for obj in doc.get("cases", []):
            add_case(session, from_json(d.Case, obj), clients)
        session.flush()


def _tables(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    conn = store.raw_connection()
    try:
        return {
            name: conn.execute(f'SELECT * FROM "{name}" ORDER BY 1').fetchall()
            for name in DATA_TABLES
        }
    finally:
        conn.close()


def _described(store: Store) -> list[str]:
    """Each entry's content, without its number, time or hashes, in a stable order."""
    out = []
    with store.read() as session:
        for e in session.query(AuditEntry):
            body = {
                "source": e.source,
                "actor": e.actor,
                "action": e.action,
                "case": [e.case_key, e.case_ref],
                "record": [e.record_type, e.record_key, e.parent],
                "changes": e.changes,
            }
            out.append(json.dumps(body, ensure_ascii=False, sort_keys=True))
    return sorted(out)


def _both_ways(doc: dict[str, Any], tmp: Path) -> tuple[Store, Store]:
    bulk, orm = make_store(tmp / "bulk"), make_store(tmp / "orm")
    import_document(bulk, json.loads(json.dumps(doc)))
    _orm_import(orm, json.loads(json.dumps(doc)))
    return bulk, orm


@pytest.mark.parametrize("make_doc", [example_document, demo_document])
def test_bulk_import_writes_the_rows_and_entries_the_orm_and_its_hook_write(
    make_doc: Any, tmp_path: Path
) -> None:
    bulk, orm = _both_ways(make_doc(), tmp_path)
    try:
        tables = _tables(bulk)
        assert sum(len(rows) for rows in tables.values()) > 10
        assert tables == _tables(orm)
        described = _described(bulk)
        assert len(described) > 8
        assert described == _described(orm)
        assert audit.verify_chain(bulk) == []
        assert {e.source for e in audit.entries(bulk)} == {"import"}
    finally:
        bulk.close()
        orm.close()


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(doc=documents())
def test_random_documents_bulk_and_orm_imports_agree(doc: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        bulk, orm = _both_ways(doc, Path(tmp))
        try:
            assert _tables(bulk) == _tables(orm)
            assert _described(bulk) == _described(orm)
            assert audit.verify_chain(bulk) == []
        finally:
            bulk.close()
            orm.close()


def test_entries_follow_the_document_case_by_case_and_the_chain_goes_on(tmp_path: Path) -> None:
    store = make_store(tmp_path / "s")
    try:
        import_document(store, example_document())
        doc = demo_document()
        import_document(store, doc)  # a second import continues the numbering and the chain
        entries = audit.entries(store)
        assert [e.seq for e in entries] == list(range(1, len(entries) + 1))
        assert audit.verify_chain(store) == []
        second = [e for e in entries if e.case_ref in {c["reference"] for c in doc["cases"]}]
        first_case = doc["cases"][0]
        owned = [e.record for e in second if e.case_key == second[0].case_key]
        lists = ("parties", "hearings", "motions", "requests", "evidence", "events")
        in_file = [f"{name}/{r['key']}" for name in lists for r in first_case.get(name, [])]
        assert len(in_file) > 10
        assert owned == [f"cases/{second[0].case_key}", *in_file]
    finally:
        store.close()


def test_collection_resumes_after_an_import_even_a_refused_one(tmp_path: Path) -> None:
    store = make_store(tmp_path / "s")
    try:
        assert gc.isenabled()
        import_document(store, example_document())
        assert gc.isenabled()
        with pytest.raises(InvalidDocument):  # the same references again: refused in _import
            import_document(store, example_document())
        assert gc.isenabled()
        gc.disable()  # a caller that paused collection itself keeps it paused
        try:
            import_document(store, demo_document())
            assert not gc.isenabled()
        finally:
            gc.enable()
        assert len(audit.entries(store)) > 20
    finally:
        store.close()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=documents())
def test_values_read_straight_from_json_are_the_records_values(doc: dict[str, Any]) -> None:
    lists = {"parties": d.Party, "hearings": d.Hearing, "motions": d.Motion}
    lists |= {"requests": d.Request, "events": d.Event, "evidence": d.Evidence}
    for case in [*doc.get("cases", []), *_example_cases()]:
        for name, cls in lists.items():
            for obj in case.get(name, []):
                record = vars(from_json(cls, obj))
                expected = {k: v for k, v in record.items() if k not in ("hearing", "custody")}
                assert values_from_json(cls, obj, ("hearing", "custody")) == expected


def _example_cases() -> list[dict[str, Any]]:
    return [*example_document().get("cases", []), *demo_document().get("cases", [])]
