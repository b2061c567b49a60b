"""Import throughput against raw `executemany` inserts into the same SQLCipher schema.

The floor writes the same rows (already flattened to tuples) with one
`executemany` per table in one transaction: what SQLCipher itself costs.
For reference, a second floor also writes the audit entries the import wrote
(read back from its store), so both sides put the same rows on disk; the
budget is measured against the first.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.generate import documents, records_in
from casefiles.services.interchange import import_document
from casefiles.storage.keyfile import KdfParams
from casefiles.storage.store import Store

CHEAP = KdfParams(1, 8, 1)  # key derivation is measured on its own elsewhere


def _rows(docs: list[dict[str, Any]]) -> dict[str, list[tuple[Any, ...]]]:
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
    client_ids: dict[str, int] = {}
    ids = {name: 0 for name in rows}

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


def _floor(store: Store, rows: dict[str, list[tuple[Any, ...]]], extra: Any = None) -> float:
    conn = store.raw_connection()
    try:
        started = time.perf_counter()
        conn.execute("BEGIN")
        for table, sql in _SQL.items():
            conn.executemany(sql, rows[table])
        if extra is not None:
            conn.executemany(*extra)
        conn.execute("COMMIT")
        return time.perf_counter() - started
    finally:
        conn.close()


def run(n_cases: int = 200) -> dict[str, float]:
    docs = list(documents(n_cases, batch=100))
    n = sum(records_in(d) for d in docs)
    tmp = Path(tempfile.mkdtemp(prefix="casefiles-bench-"))
    try:
        ours = Store.create(tmp / "ours", "pw", CHEAP)
        started = time.perf_counter()
        for doc in docs:
            import_document(ours, doc)
        t_ours = time.perf_counter() - started
        audit_rows = _audit_rows(ours)
        ours.close()

        rows = _rows(docs)
        with Store.create(tmp / "floor", "pw", CHEAP) as floor:
            t_floor = _floor(floor, rows)
        with Store.create(tmp / "floor-audit", "pw", CHEAP) as floor:
            t_floor_audit = _floor(floor, rows, audit_rows)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return {
        "records": n,
        "audit_entries": len(audit_rows[1]),
        "ours_s": t_ours,
        "floor_s": t_floor,
        "floor_audit_s": t_floor_audit,
        "ours_rps": n / t_ours,
        "floor_rps": n / t_floor,
        "floor_audit_rps": n / t_floor_audit,
        "ratio": t_floor / t_ours,
        "ratio_audit": t_floor_audit / t_ours,
    }


if __name__ == "__main__":
    r = run()
    print(
        f"import {r['records']} records: casefiles {r['ours_rps']:,.0f} rec/s "
        f"({r['ours_s']:.2f} s), raw executemany {r['floor_rps']:,.0f} rec/s "
        f"({r['floor_s']:.2f} s); ratio {r['ratio']:.2f} (budget >= 0.30); "
        f"with the {r['audit_entries']} audit rows too: floor {r['floor_audit_rps']:,.0f} rec/s, "
        f"ratio {r['ratio_audit']:.2f}"
    )
