"""`casefiles audit ...` and the chain check of `casefiles verify` (subprocesses)."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select, text

from casefiles.storage.models_vault import AuditEntry
from tests.factories import PASSPHRASE, example_document, store_with

REF = "EC-118/2024"


def test_audit_lists_filters_and_prints_json(cli, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store_with(data_dir, example_document()).close()
    d = str(data_dir)
    note = tmp_path / "ruling.txt"
    note.write_text("ruling", encoding="utf-8")
    r = cli(
        "--data-dir", d, "evidence", "attach", "--case", REF, "--record", "motions/m1", str(note)
    )
    assert r.returncode == 0, r.stderr
    r = cli("--data-dir", d, "audit")
    assert r.returncode == 0
    assert r.stdout.splitlines()[0].startswith("#1  ")
    assert "import" in r.stdout.splitlines()[0] and "create clients/c1" in r.stdout
    count = int(r.stdout.splitlines()[-1].split()[0])
    r = cli("--data-dir", d, "audit", "--case", REF, "--record", "motions/m1", "--json")
    entries = json.loads(r.stdout)
    assert [e["record_type"] for e in entries] == ["motions", "attachments"]
    assert entries[1]["source"] == "cli" and entries[1]["parent"] == "motions/m1"
    assert entries[1]["changes"][1] == {"field": "file_name", "new": "ruling.txt"}
    r = cli("--data-dir", d, "audit", "head")
    head = r.stdout.strip()
    assert head.startswith(f"{count}:")
    r = cli("--data-dir", d, "audit", "head", "--check", head)
    assert r.returncode == 0 and "matches" in r.stdout
    r = cli("--data-dir", d, "audit", "head", "--check", head.split(":")[0] + ":0000000000000000")
    assert r.returncode == 1 and "rewritten" in r.stdout
    r = cli("--data-dir", d, "audit", "--case", "NOPE")
    assert r.returncode == 2


def test_redact_from_the_cli(cli, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    store_with(data_dir, example_document()).close()
    d = str(data_dir)
    args = (
        "--data-dir",
        d,
        "audit",
        "redact",
        "--case",
        REF,
        "--record",
        "parties/p2",
        "--field",
        "notes",
    )
    r = cli(*args)
    assert r.returncode == 2 and "--yes" in r.stderr
    r = cli(*args, "--yes")
    assert r.returncode == 0, r.stderr
    assert "redacted notes of parties/p2" in r.stdout
    r = cli("--data-dir", d, "audit", "--case", REF, "--record", "parties/p2")
    assert "Ministry registration officer" not in r.stdout
    assert "[redacted sha256:" in r.stdout
    r = cli("--data-dir", d, "verify")
    assert r.returncode == 0 and "hash chain intact" in r.stdout


def test_verify_names_the_first_broken_entry(cli, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    store = store_with(data_dir, example_document())
    with store.write() as s:
        row = s.scalars(select(AuditEntry).where(AuditEntry.record_key == "h1")).one()
        seq = row.seq
        changes = [dict(c) for c in row.changes]
        changes[0]["new"] = "h9"
        s.execute(
            text("UPDATE audit_entries SET changes = :c WHERE seq = :s"),
            {"c": json.dumps(changes), "s": seq},
        )
    store.close()
    r = cli("--data-dir", str(data_dir), "verify", passphrase=PASSPHRASE)
    assert r.returncode == 1
    assert f"DAMAGED: audit trail: entry #{seq} (" in r.stdout
    assert "hearings/h1" in r.stdout and "was altered" in r.stdout
