"""No plaintext anywhere the app writes, after a whole session through the GUI and the CLI.

The GUI part goes through the app's own pages, actions, editors and the PDF
preview (dialogs answered by the test seams); the CLI does what the GUI cannot
do yet here (attach a file, back up, restore).  Then the data folder, the
restored folder, the backup, the temp folder, HOME (config, cache, data,
state) and Qt's settings folder are scanned for the markers in ASCII, UTF-8
Cyrillic, UTF-16-LE/BE and URL-encoded forms.  The only files excluded are the
ones the test chose as input or as plaintext output (the interchange file it
wrote, the file it attached, the PDF it saved): they live in `chosen/`, which
is not scanned.
"""

from __future__ import annotations

import json
import os
import tempfile
import urllib.parse
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from casefiles.services import logs
from casefiles.ui.main_window import FIRST_RUN, UNLOCK, WORK
from casefiles.ui.pdf_preview import PdfPreview
from tests.factories import PASSPHRASE, demo_document
from tests.ui.conftest import wait_idle

LATIN = "Qzvleakmarker"
CYRILLIC = "Жщыкмаркерутечки"
MARKERS = (LATIN, CYRILLIC)

pytestmark = pytest.mark.slow


def _forms(marker: str) -> list[bytes]:
    utf8 = marker.encode("utf-8")
    forms = {
        utf8,
        marker.encode("utf-16-le"),
        marker.encode("utf-16-be"),
        urllib.parse.quote(marker).encode("ascii"),
        urllib.parse.quote(marker).lower().encode("ascii"),
        marker.lower().encode("utf-8"),
    }
    return sorted(forms)


def scan(roots: list[Path]) -> list[str]:
    """Every (file, marker form) where a marker shows; file names count too."""
    patterns = [(m, form) for m in MARKERS for form in _forms(m)]
    hits = []
    for root in roots:
        if not root.exists():
            continue
        paths = [root] if root.is_file() else [root, *root.rglob("*")]
        for path in paths:
            name = os.fsencode(path.name)
            for marker, form in patterns:
                if form in name:
                    hits.append(f"{path} (name): {marker} {form[:12]!r}")
            if path.is_file() and not path.is_symlink():
                data = path.read_bytes()
                for marker, form in patterns:
                    if form in data:
                        hits.append(f"{path}: {marker} {form[:12]!r}")
    return hits


def _marked_document() -> dict[str, Any]:
    doc = demo_document()
    doc["clients"][0]["name"] = f"{LATIN} {CYRILLIC} Union"
    doc["clients"][0]["notes"] = f"notes {CYRILLIC} {LATIN}"
    case = doc["cases"][0]
    case["title"] = f"Ministry v. {LATIN} ({CYRILLIC})"
    case["summary"] = f"{CYRILLIC} summary {LATIN}"
    return doc


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settings_dir: Path) -> dict[str, Path]:
    """HOME, XDG folders and TMPDIR are test folders, for this process and the CLI's."""
    places = {
        "home": tmp_path / "home",
        "config": tmp_path / "home" / ".config",
        "cache": tmp_path / "home" / ".cache",
        "xdg-data": tmp_path / "xdg-data",
        "xdg-state": tmp_path / "xdg-state",
        "tmp": tmp_path / "tmp",
        "chosen": tmp_path / "chosen",
        "out": tmp_path / "out",
        "qt-settings": settings_dir,
    }
    for path in places.values():
        path.mkdir(parents=True, exist_ok=True)
    monkeypatch.setenv("HOME", str(places["home"]))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(places["config"]))
    monkeypatch.setenv("XDG_CACHE_HOME", str(places["cache"]))
    monkeypatch.setenv("TMPDIR", str(places["tmp"]))
    monkeypatch.setattr(tempfile, "tempdir", str(places["tmp"]))
    return places


def _gui_session(
    window: Any, qtbot: Any, dialogs: Any, places: dict[str, Path], mp: pytest.MonkeyPatch
) -> Path:
    """Create, import, edit, preview and save a PDF, lock, unlock, quit; the PDF's path."""
    assert window.pages.currentIndex() == FIRST_RUN
    page = window.first_run
    page.passphrase.setText(PASSPHRASE)
    page.repeat.setText(PASSPHRASE)
    page.understood.setChecked(True)
    assert page.create_button.isEnabled()
    page.create_button.click()
    qtbot.waitUntil(lambda: window.session.is_open, timeout=20_000)
    wait_idle(qtbot, window)

    source = places["chosen"] / "marked.json"
    source.write_text(json.dumps(_marked_document(), ensure_ascii=False), encoding="utf-8")
    dialogs.open_path = source
    window.acts.import_.trigger()
    wait_idle(qtbot, window)
    assert any("imported" in info for info in dialogs.infos), dialogs.infos

    ws = window.workspace
    assert ws.open_case("k1")
    motion = ws.case_view.case.motions[0].key
    editor = window.editing.edit("motions", ws.case_view.case, motion)
    editor.adapters["notes"].set_raw(f"edited {CYRILLIC} note {LATIN}")
    editor.request_save()
    saved = next(m for m in ws.case_view.case.motions if m.key == motion)
    assert LATIN in (saved.notes or "")

    pdf = places["chosen"] / "summary.pdf"
    mp.setattr(PdfPreview, "ask_save_path", classmethod(lambda _c, _p, _s: pdf))
    window.acts.summary_pdf.trigger()
    wait_idle(qtbot, window)
    previews = [w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPreview)]
    assert len(previews) == 1
    assert previews[0].save_as() == pdf
    assert pdf.read_bytes().startswith(b"%PDF")

    window.acts.lock.trigger()
    assert window.pages.currentIndex() == UNLOCK
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.unlock_button.click()
    qtbot.waitUntil(lambda: window.session.is_open, timeout=20_000)
    wait_idle(qtbot, window)
    assert window.pages.currentIndex() == WORK
    window.acts.quit.trigger()
    assert not window.isVisible() and not window.session.is_open
    return pdf


def test_no_marker_anywhere_after_a_gui_and_cli_session(
    make_window: Any,
    qtbot: Any,
    dialogs: Any,
    data_dir: Path,
    env: dict[str, Path],
    cli: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    places = env
    window = make_window(data_dir)
    # As `casefiles.ui.app.run` does: the GUI's log goes into the data folder.
    data_dir.mkdir(mode=0o700)
    handler, log_path = logs.attach_file_log(data_dir)
    try:
        _gui_session(window, qtbot, dialogs, places, monkeypatch)
    finally:
        logs.detach(handler)
    assert "case file locked" in log_path.read_text(encoding="utf-8")

    cli_env = {
        "TMPDIR": str(places["tmp"]),
        "XDG_CONFIG_HOME": str(places["config"]),
        "XDG_CACHE_HOME": str(places["cache"]),
        "QT_QPA_PLATFORM": "offscreen",
    }
    d = ["--data-dir", str(data_dir)]
    ref = demo_document()["cases"][0]["reference"]
    scan_file = places["chosen"] / f"{LATIN}-{CYRILLIC}.pdf"
    scan_file.write_bytes(b"%PDF-1.4 " + f"{LATIN} {CYRILLIC}".encode() * 500)
    attached = cli(*d, "evidence", "add", "--case", ref, str(scan_file), env=cli_env)
    assert attached.returncode == 0, attached.stderr
    backup = places["out"] / "backup.cfbackup"
    made = cli(*d, "backup", "create", "-o", str(backup), env=cli_env)
    assert made.returncode == 0, made.stderr
    restored = places["out"] / "restored"
    back = cli("backup", "restore", str(backup), "--to", str(restored), env=cli_env)
    assert back.returncode == 0, back.stderr
    verified = cli("--data-dir", str(restored), "verify", env=cli_env)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    listed = cli("--data-dir", str(restored), "cases", env=cli_env)
    assert LATIN in listed.stdout  # the restored store holds the marked case

    roots = [
        data_dir,
        restored,
        backup,
        places["tmp"],
        places["home"],
        places["xdg-data"],
        places["xdg-state"],
        places["qt-settings"],
    ]
    # The scan can see a marker where one is (the files the test chose hold them).
    assert scan([places["chosen"] / "marked.json"])
    assert scan([scan_file])
    assert scan(roots) == []
    assert (data_dir / "casefiles.log").exists()
