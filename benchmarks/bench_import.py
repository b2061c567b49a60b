"""Import throughput against raw `executemany` inserts into the same SQLCipher schema.

The import writes each document in one transaction: its records' rows and an
audit entry per record (issue #5), hash-chained.  The floor writes the same
rows, already flattened to tuples, with one `executemany` per table, in the
same transactions (one per document, as the import commits): what SQLCipher
itself costs.  The budget is judged against the floor that writes the
records' rows and the audit rows the import wrote (read back from its store),
the raw cost of what an import must write; the floor of the records' rows
alone is reported beside it, and both floors in one transaction for all the
documents (cheaper: fewer commits, each page written once) for reference.
"""

from __future__ import annotations

import itertools
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.generate import documents, records_in
from casefiles.services.interchange import import_document
from casefiles.storage.keyfile import KdfParams
from casefiles.storage.store import Store

CHEAP = KdfParams(1, 8, 1)  # key derivation is measured on its own elsewhere


def _rows_by_document(docs: list[dict[str, Any]]) -> list[dict[str, list[tuple[Any, ...]]]]:
    """Each document's rows, ids counted on across the documents as the import's are."""
    out = []
    state: tuple[dict[str, int], dict[str, int]] = ({}, {})
    for doc in docs:
        out.append(_rows([doc], state))
    return out


def _rows(
    docs: list[dict[str, Any]],
    state: tuple[dict[str, int], dict[str, int]] | None = None,
) -> dict[str, list[tuple[Any, ...]]]:
    rows: dict[str, list[tuple[Any, ...]]] = {
        "clients": [],
        "cases": [],
        "case_clients": [],
        "hearings": [],
        "motions": [],
        "requests": [],
        "evidence": [],
        "custody_steps": [],
        "events": [],
    }
    client_ids, ids = state if state is not None else ({}, {})
    for name in rows:
        ids.setdefault(name, 0)

    def nid(table: str) -> int:
        ids[table] += 1
        return ids[table]

    for doc in docs:
        for c in doc["clients"]:
            cid = client_ids[c["key"]] = nid("clients")
            rows["clients"].append((cid, c["key"], c["name"], c["kind"], c.get("phone")))
        for case in doc["cases"]:
            kid = nid("cases")
            rows["cases"].append(
                (
                    kid,
                    case["key"],
                    case["reference"],
                    case["title"],
                    case["court"],
                    case["status"],
                    case["opened_on"],
                    case["summary"],
                    14,
                )
            )
            for link in case["clients"]:
                rows["case_clients"].append(
                    (nid("case_clients"), kid, client_ids[link["client"]], link["role"])
                )
            hid = {}
            for h in case["hearings"]:
                hid[h["key"]] = nid("hearings")
                rows["hearings"].append(
                    (
                        hid[h["key"]],
                        kid,
                        h["key"],
                        h["starts_at"].replace("T", " ") + ":00.000000",
                        h["purpose"],
                        h["status"],
                        h["outcome"],
                    )
                )
            for m in case["motions"]:
                rows["motions"].append(
                    (
                        nid("motions"),
                        kid,
                        m["key"],
                        m["title"],
                        m["kind"],
                        m["filed_on"],
                        hid[m["hearing"]],
                        m["status"],
                        m["ruling"],
                        '["' + '","'.join(m["standards"]) + '"]',
                    )
                )
            for r in case["requests"]:
                rows["requests"].append(
                    (
                        nid("requests"),
                        kid,
                        r["key"],
                        r["authority"],
                        r["request"],
                        r["status"],
                        "[]",
                    )
                )
            for e in case["evidence"]:
                eid = nid("evidence")
                rows["evidence"].append((eid, kid, e["key"], e["title"], e["status"]))
                for s in e["custody"]:
                    rows["custody_steps"].append(
                        (nid("custody_steps"), eid, s["on"], s["action"], s["from"], s["to"])
                    )
            for ev in case["events"]:
                rows["events"].append(
                    (
                        nid("events"),
                        kid,
                        ev["key"],
                        ev["date"],
                        ev["title"],
                        ev["description"],
                        "[]",
                    )
                )
    return rows


_SQL = {
    "clients": "INSERT INTO clients (id, key, name, kind, phone) VALUES (?,?,?,?,?)",
    "cases": "INSERT INTO cases (id, key, reference, title, court, status, opened_on, summary,"
    " notice_threshold_days) VALUES (?,?,?,?,?,?,?,?,?)",
    "case_clients": "INSERT INTO case_clients (id, case_id, client_id, role) VALUES (?,?,?,?)",
    "hearings": "INSERT INTO hearings (id, case_id, key, starts_at, purpose, status, outcome)"
    " VALUES (?,?,?,?,?,?,?)",
    "motions": "INSERT INTO motions (id, case_id, key, title, kind, filed_on, hearing_id,"
    " status, ruling, standards) VALUES (?,?,?,?,?,?,?,?,?,?)",
    "requests": "INSERT INTO requests (id, case_id, key, authority, request, status, standards)"
    " VALUES (?,?,?,?,?,?,?)",
    "evidence": "INSERT INTO evidence (id, case_id, key, title, status) VALUES (?,?,?,?,?)",
    "custody_steps": 'INSERT INTO custody_steps (id, evidence_id, "on", action, "from", "to")'
    " VALUES (?,?,?,?,?,?)",
    "events": "INSERT INTO events (id, case_id, key, date, title, description, standards)"
    " VALUES (?,?,?,?,?,?,?)",
}


def _audit_rows(store: Store) -> tuple[str, list[tuple[Any, ...]]]:
    conn = store.raw_connection()
    try:
        cur = conn.execute("SELECT * FROM audit_entries ORDER BY seq")
        names = [c[0] for c in cur.description]
        rows = cur.fetchall()
    finally:
        conn.close()
    marks = ",".join("?" for _ in names)
    return f"INSERT INTO audit_entries ({','.join(names)}) VALUES ({marks})", rows


def _last_seq(store: Store) -> int:
    conn = store.raw_connection()
    try:
        return int(conn.execute("SELECT coalesce(max(seq), 0) FROM audit_entries").fetchone()[0])
    finally:
        conn.close()


def _floor(
    store: Store, batches: list[dict[str, list[tuple[Any, ...]]]], audit: Any = None
) -> float:
    """Each batch of rows in a transaction of its own; with `audit` (its statement and
    each batch's audit rows), those rows too."""
    conn = store.raw_connection()
    try:
        started = time.perf_counter()
        for i, rows in enumerate(batches):
            conn.execute("BEGIN")
            for table, sql in _SQL.items():
                conn.executemany(sql, rows[table])
            if audit is not None:
                conn.executemany(audit[0], audit[1][i])
            conn.execute("COMMIT")
        return time.perf_counter() - started
    finally:
        conn.close()


def _merged(batches: list[dict[str, list[tuple[Any, ...]]]]) -> dict[str, list[tuple[Any, ...]]]:
    return {table: [row for rows in batches for row in rows[table]] for table in _SQL}


def run(n_cases: int = 200) -> dict[str, Any]:
    docs = list(documents(n_cases, batch=100))
    n = sum(records_in(d) for d in docs)
    tmp = Path(tempfile.mkdtemp(prefix="casefiles-bench-"))
    try:
        ours = Store.create(tmp / "ours", "pw", CHEAP)
        t_ours, entries_after = 0.0, []
        for doc in docs:
            started = time.perf_counter()
            import_document(ours, doc)
            t_ours += time.perf_counter() - started
            entries_after.append(_last_seq(ours))  # each document's entries: seq ranges
        sql, audit_rows = _audit_rows(ours)
        ours.close()

        per_doc = _rows_by_document(docs)
        bounds = [0, *entries_after]
        per_doc_audit = [audit_rows[a:b] for a, b in itertools.pairwise(bounds)]
        one = _merged(per_doc)
        with Store.create(tmp / "floor", "pw", CHEAP) as floor:
            t_floor = _floor(floor, per_doc)
        with Store.create(tmp / "floor-audit", "pw", CHEAP) as floor:
            t_floor_audit = _floor(floor, per_doc, (sql, per_doc_audit))
        with Store.create(tmp / "floor-one", "pw", CHEAP) as floor:
            t_floor_one = _floor(floor, [one])
        with Store.create(tmp / "floor-audit-one", "pw", CHEAP) as floor:
            t_floor_audit_one = _floor(floor, [one], (sql, [audit_rows]))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return {
        "records": n,
        "documents": len(docs),
        "audit_entries": len(audit_rows),
        "ours_s": t_ours,
        "floor_s": t_floor,
        "floor_audit_s": t_floor_audit,
        "ours_rps": n / t_ours,
        "floor_rps": n / t_floor,
        "floor_audit_rps": n / t_floor_audit,
        # judged: against the records' rows and their audit rows
        "ratio": t_floor_audit / t_ours,
        "ratio_records": t_floor / t_ours,
        "one_txn_floor_rps": n / t_floor_one,
        "one_txn_floor_audit_rps": n / t_floor_audit_one,
        "one_txn_ratio": t_floor_audit_one / t_ours,
        "one_txn_ratio_records": t_floor_one / t_ours,
    }


if __name__ == "__main__":
    r = run(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
    print(
        f"import {r['records']:,} records in {r['documents']} documents: "
        f"casefiles {r['ours_rps']:,.0f} rec/s ({r['ours_s']:.2f} s)\n"
        f"  raw executemany of the records and the {r['audit_entries']:,} audit rows, "
        f"a transaction per document: {r['floor_audit_rps']:,.0f} rec/s "
        f"({r['floor_audit_s']:.2f} s); ratio {r['ratio']:.2f} (budget >= 0.30)\n"
        f"  the records alone: {r['floor_rps']:,.0f} rec/s ({r['floor_s']:.2f} s); "
        f"ratio {r['ratio_records']:.2f}\n"
        f"  both in one transaction: {r['one_txn_floor_audit_rps']:,.0f} and "
        f"{r['one_txn_floor_rps']:,.0f} rec/s; ratios {r['one_txn_ratio']:.2f} and "
        f"{r['one_txn_ratio_records']:.2f}"
    )
