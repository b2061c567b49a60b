"""No plaintext anywhere the app writes, after a whole session through the GUI and the CLI.

The GUI part goes through the app's own pages, actions, editors and previews
(dialogs answered by the test seams): create, import, edit, attach an image
through the Evidence tab and preview it, preview and save the summary PDF,
File › Back up now, File › Export encrypted, lock, unlock, quit; then a second
window over an empty folder restores the GUI's backup from its first-run
screen and unlocks it.  The CLI does the same kinds of work (attach a file,
back up, restore, verify).  Then the data folder, both restored folders, both
backups, the encrypted export, the temp folder, HOME (config, cache, data,
state) and Qt's settings folder are scanned for the markers in ASCII, UTF-8
Cyrillic, UTF-16-LE/BE and URL-encoded forms.  The only files excluded are the
ones the test chose as input or as plaintext output (the interchange file it
wrote, the files it attached, the PDF it saved): they live in `chosen/`, which
is not scanned.  The backups and the export are encrypted by design, so they
are scanned like everything else.
"""

from __future__ import annotations

import json
import os
import tempfile
import urllib.parse
from pathlib import Path
from typing import Any

import pytest
from pyrage import x25519
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from casefiles.backup.export import decrypt_export, unpack_export
from casefiles.backup.keys import BackupKey
from casefiles.services import logs
from casefiles.ui.backup_actions import back_up_now
from casefiles.ui.backup_ops import BackupPassphrase, ExportTarget
from casefiles.ui.image_preview import ImagePreview
from casefiles.ui.main_window import FIRST_RUN, UNLOCK, WORK
from casefiles.ui.pdf_preview import PdfPreview
from tests.factories import PASSPHRASE, demo_document
from tests.hardening.cheap_age import cheap_backup_key
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


def _marked_png() -> bytes:
    """A small PNG whose text chunk and trailing bytes hold the markers (it still loads)."""
    image = QImage(48, 32, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    image.setText("Comment", LATIN)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(data.data()) + f"{LATIN} {CYRILLIC}".encode() * 50


def _wait_intake(qtbot: Any, window: Any) -> Any:
    actions = window.workspace.vault_actions
    qtbot.waitUntil(lambda: actions.intake is None, timeout=30_000)
    wait_idle(qtbot, window)
    return actions.last_intake


def _attach_and_preview(window: Any, qtbot: Any, places: dict[str, Path]) -> None:
    """Evidence tab: store an image holding the markers, then preview it from memory."""
    photo = places["chosen"] / f"{LATIN}-{CYRILLIC}.png"
    photo.write_bytes(_marked_png())
    actions = window.workspace.vault_actions
    actions.add_files(window.workspace.case_view.case, [photo], None, window)
    result = _wait_intake(qtbot, window)
    assert len(result.stored) == 1, result.problems
    info = result.stored[0]
    tab = window.workspace.case_view.evidence
    tab.table.select_row(tab.model.row_of_key(info.record_key))
    assert tab.files.current().key == info.key
    assert tab.files.preview_button.isEnabled()
    tab.files.preview_button.click()
    wait_idle(qtbot, window)
    preview = actions.last_preview
    assert isinstance(preview, ImagePreview) and preview.isVisible()
    assert (preview.image.width(), preview.image.height()) == (48, 32)
    preview.close()


def _back_up_and_export(
    window: Any, qtbot: Any, dialogs: Any, places: dict[str, Path]
) -> tuple[Path, Path]:
    """File › Back up now and File › Export encrypted; the two files written.

    The backup key is sealed at a cheap scrypt work factor (`cheap_age`, the same age
    format) and the export goes to a recipient key: what is written is the same, the
    seconds of scrypt are not."""
    backup = places["out"] / "gui-backup.tar"
    dialogs.save_path = backup
    dialogs.backup_passphrase = BackupPassphrase(PASSPHRASE, same_as_store=True)
    back_up_now(window, window.session, window.backups)
    wait_idle(qtbot, window, 30_000)
    assert not dialogs.problems
    assert "read back in full" in dialogs.infos[-1]
    assert backup.stat().st_size > 0

    export = places["out"] / "gui-export.age"
    dialogs.save_path = export
    counsel = x25519.Identity.generate()
    dialogs.encrypted_export = ExportTarget(False, recipients=(str(counsel.to_public()),))
    window.acts.export_encrypted.trigger()
    wait_idle(qtbot, window, 30_000)
    assert not dialogs.problems
    assert dialogs.infos[-1].startswith("Export finished"), dialogs.infos[-1]
    raw = export.read_bytes()
    assert raw.startswith(b"age-encryption.org/v1")
    # The export does carry the marked case and the attached image, only encrypted.
    package = unpack_export(decrypt_export(raw, identities=[counsel]))
    assert LATIN.encode() in package.document and CYRILLIC.encode() in package.document
    assert package.files
    return backup, export


def _gui_session(
    window: Any, qtbot: Any, dialogs: Any, places: dict[str, Path], mp: pytest.MonkeyPatch
) -> tuple[Path, Path]:
    """Create, import, edit, attach and preview an image, preview and save a PDF, back up,
    export encrypted, lock, unlock, quit; the backup's and the export's paths."""
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
    assert any("Imported 2 case" in info for info in dialogs.infos), dialogs.infos

    ws = window.workspace
    assert ws.open_case("k1")
    motion = ws.case_view.case.motions[0].key
    editor = window.editing.edit("motions", ws.case_view.case, motion)
    editor.adapters["notes"].set_raw(f"edited {CYRILLIC} note {LATIN}")
    editor.request_save()
    saved = next(m for m in ws.case_view.case.motions if m.key == motion)
    assert LATIN in (saved.notes or "")

    _attach_and_preview(window, qtbot, places)

    pdf = places["chosen"] / "summary.pdf"
    mp.setattr(PdfPreview, "ask_save_path", classmethod(lambda _c, _p, _s: pdf))
    window.acts.summary_pdf.trigger()
    wait_idle(qtbot, window)
    previews = [w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPreview)]
    assert len(previews) == 1
    assert previews[0].save_as() == pdf
    assert pdf.read_bytes().startswith(b"%PDF")
    previews[0].close()

    mp.setattr(
        BackupKey, "generate", classmethod(lambda _c, passphrase: cheap_backup_key(passphrase))
    )
    backup, export = _back_up_and_export(window, qtbot, dialogs, places)

    window.acts.lock.trigger()
    assert window.pages.currentIndex() == UNLOCK
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.unlock_button.click()
    qtbot.waitUntil(lambda: window.session.is_open, timeout=20_000)
    wait_idle(qtbot, window)
    assert window.pages.currentIndex() == WORK
    window.acts.quit.trigger()
    assert not window.isVisible() and not window.session.is_open
    return backup, export


def _gui_restore(window: Any, qtbot: Any, dialogs: Any, backup: Path, folder: Path) -> None:
    """First-run screen of a window over an empty folder: restore the backup, unlock it."""
    assert window.pages.currentIndex() == FIRST_RUN
    dialogs.open_path = backup
    dialogs.passphrase = PASSPHRASE  # the backup was sealed with the store's passphrase
    window.first_run.restore_button.click()
    wait_idle(qtbot, window, 30_000)
    assert not dialogs.problems
    assert "restored into" in dialogs.infos[-1]
    assert window.pages.currentIndex() == UNLOCK
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.unlock_button.click()
    qtbot.waitUntil(lambda: window.session.is_open, timeout=20_000)
    wait_idle(qtbot, window)
    assert window.pages.currentIndex() == WORK
    assert window.workspace.open_case("k1")
    assert LATIN in window.workspace.case_view.case.title
    window.acts.quit.trigger()
    assert not window.isVisible() and not window.session.is_open
    assert (folder / "casefiles.log").exists()


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
        gui_backup, gui_export = _gui_session(window, qtbot, dialogs, places, monkeypatch)
    finally:
        logs.detach(handler)
    assert "case file locked" in log_path.read_text(encoding="utf-8")

    gui_restored = places["out"] / "gui-restored"
    gui_restored.mkdir(mode=0o700)
    handler, _ = logs.attach_file_log(gui_restored)  # as the real app leaves the folder
    try:
        second = make_window(gui_restored)
        _gui_restore(second, qtbot, dialogs, gui_backup, gui_restored)
    finally:
        logs.detach(handler)

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
        gui_restored,
        gui_backup,
        gui_export,
        places["tmp"],
        places["home"],
        places["xdg-data"],
        places["xdg-state"],
        places["qt-settings"],
    ]
    # The scan can see a marker where one is (the files the test chose hold them).
    assert scan([places["chosen"] / "marked.json"])
    assert scan([scan_file])
    assert scan(list(places["chosen"].glob("*.png")))
    assert scan(roots) == []
    assert (data_dir / "casefiles.log").exists()
