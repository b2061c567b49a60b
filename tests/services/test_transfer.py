"""Import and export files in steps, with cancellation; drafts and settings round trips."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casefiles.domain.errors import InvalidDocument, UserError
from casefiles.services import drafts, settings, strength, transfer
from casefiles.storage.store import Store
from tests.factories import demo_document


def test_import_then_export(store: Store, tmp_path: Path) -> None:
    source = tmp_path / "in.json"
    source.write_text(json.dumps(demo_document()), encoding="utf-8")
    seen: list[tuple[int, int]] = []
    report = transfer.import_file(store, source, lambda d, t: seen.append((d, t)))
    assert len(report.cases) == 2
    assert seen[-1] == (4, 4)
    out = tmp_path / "out.json"
    assert transfer.export_file(store, out) == 2
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "casefiles"


def test_cancel_before_writing_changes_nothing(store: Store, tmp_path: Path) -> None:
    source = tmp_path / "in.json"
    source.write_text(json.dumps(demo_document()), encoding="utf-8")
    with pytest.raises(transfer.OperationCancelled):
        transfer.import_file(store, source, cancelled=lambda: True)
    with pytest.raises(transfer.OperationCancelled):
        transfer.export_file(store, tmp_path / "out.json", cancelled=lambda: True)
    assert not (tmp_path / "out.json").exists()


def test_bad_files_are_user_errors(store: Store, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="no file"):
        transfer.import_file(store, tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "casefiles", "version": 1, "cases": [{}]}', encoding="utf-8")
    with pytest.raises(InvalidDocument):
        transfer.import_file(store, bad)
    with pytest.raises(UserError, match="does not exist"):
        transfer.export_file(store, tmp_path / "no such folder" / "out.json")


def test_drafts_round_trip(store: Store) -> None:
    saved = [
        drafts.DraftData("motions", "k1", "m1", {"raw": {"notes": "x"}}),
        drafts.DraftData("clients", None, None, {"raw": {"name": "y"}}),
    ]
    drafts.save_drafts(store, saved)
    assert drafts.load_drafts(store) == saved
    drafts.save_drafts(store, saved[:1])
    assert drafts.load_drafts(store) == saved[:1]
    drafts.clear_drafts(store)
    assert drafts.load_drafts(store) == []


def test_settings_round_trip(store: Store) -> None:
    assert settings.get_setting(store, "backup_folder", "none") == "none"
    settings.set_setting(store, "backup_folder", "/x")
    settings.set_setting(store, "backup_folder", "/y")
    assert settings.get_setting(store, "backup_folder") == "/y"


def test_strength() -> None:
    assert strength.strength("") is strength.Strength.EMPTY
    assert strength.strength("password") is strength.Strength.WEAK
    assert (
        strength.strength("correct horse battery staple violin river lamp")
        is strength.Strength.STRONG
    )
