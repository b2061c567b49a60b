"""Screenshots of the desktop app's main screens, for the README.

    .venv/bin/python docs/make_screenshots.py        # writes docs/screenshots/*.png

Runs the real app under a virtual X display (`xvfb-run -a`), on a fresh demo
case file in a temporary folder (the real key derivation, no test shortcuts),
drives it to each screen and photographs the whole display with ImageMagick's
`import -window root`.  Nothing outside the temporary folder is touched.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
SIZE = (1280, 800)


def main() -> int:
    if "--inside" not in sys.argv:
        for tool in ("xvfb-run", "import"):
            if shutil.which(tool) is None:
                print(f"make_screenshots: '{tool}' is missing (apt install xvfb imagemagick)")  # noqa: T201 - a script reports what it wrote
                return 2
        with tempfile.TemporaryDirectory(prefix="casefiles-shots-") as tmp:
            env = dict(os.environ)
            env.update(
                HOME=tmp,
                XDG_CONFIG_HOME=f"{tmp}/config",
                XDG_DATA_HOME=f"{tmp}/data",
                XDG_STATE_HOME=f"{tmp}/state",
                XDG_RUNTIME_DIR=tmp,
                LANG="en_GB.UTF-8",
                QT_QPA_PLATFORM="xcb",
            )
            env.pop("CASEFILES_DATA_DIR", None)
            screen = f"-screen 0 {SIZE[0]}x{SIZE[1]}x24"
            cmd = ["xvfb-run", "-a", "-s", screen, sys.executable, __file__, "--inside", tmp]
            return subprocess.run(cmd, env=env, check=False).returncode
    return inside(Path(sys.argv[-1]))


def inside(tmp: Path) -> int:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from casefiles.ui.app import build_window, make_app

    app = make_app([])
    app.setStyle("Fusion")
    window = build_window(tmp / "casefiles")
    window.setGeometry(0, 0, *SIZE)
    window.show()
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.png"):
        old.unlink()

    def pump(seconds: float = 0.4) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)

    def idle() -> None:
        while not window.session.runner.idle:
            pump(0.05)
        pump(0.3)

    def shot(name: str) -> None:
        pump(0.5)
        subprocess.run(["import", "-window", "root", str(OUT / f"{name}.png")], check=True)
        print(f"docs/screenshots/{name}.png")  # noqa: T201 - a script reports what it wrote

    shot("01-first-run")
    window.first_run.demo_button.click()
    idle()
    while not window.session.is_open:
        pump(0.1)
    idle()
    ws, cv = window.workspace, window.workspace.case_view
    shot("02-dashboard")

    ws.open_case("k1")
    idle()
    names = [
        "overview",
        "hearings",
        "motions",
        "requests",
        "denied-requests",
        "evidence",
        "chronology",
    ]
    scene, statement = _sample_files(tmp)
    ws.vault_actions.add_files(cv.case, [scene, statement], None, window)
    idle()
    for i, name in enumerate(names):
        cv.tabs.setCurrentIndex(i)
        if name == "evidence":
            ev = cv.evidence
            ev.table.select_row(ev.model.total - 2)  # the photo added above
        shot(f"{i + 3:02d}-case-{name}")
    assert cv.evidence.files is not None
    cv.evidence.files.preview_button.click()
    idle()
    preview = ws.vault_actions.last_preview
    preview.setGeometry(240, 90, 820, 600)
    shot("15-evidence-preview")
    preview.close()

    cv.tabs.setCurrentIndex(2)
    cv.motions.table.select_row(0)
    cv.motions.history_button.click()
    idle()
    history = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "historyDialog")
    history.setGeometry(140, 160, 1000, 460)
    shot("16-record-history")
    history.close()

    from dataclasses import replace

    from casefiles.ui.passphrase_change import PassphraseChangeDialog
    from casefiles.ui.preferences import Preferences, PreferencesDialog

    wanted = replace(
        Preferences.load(window.settings),
        backup_enabled=True,
        backup_folder="/media/usb/casefiles-backups",
        backup_on_exit=True,
        backup_every_hours=4,
        backup_keep=10,
    )
    prefs = PreferencesDialog(window, wanted, "3f9a1c07d2e4b856")
    prefs.show()
    prefs.move(380, 150)
    shot("17-preferences")
    prefs.close()
    change = PassphraseChangeDialog(window)
    change.current.setText("demo")
    change.new.first.setText("seven quiet owls over the river")
    change.new.second.setText("seven quiet owls over the river")
    change.show()
    change.move(400, 220)
    shot("18-change-passphrase")
    change.close()

    ws.show_view(1)
    ws.calendar.calendar.setCurrentPage(2026, 12)
    idle()
    ws.calendar.show_date(date(2026, 12, 3))
    shot("10-calendar")
    ws.show_view(2)
    shot("11-clients")

    ws.open_case("k1")
    cv.tabs.setCurrentIndex(2)
    ws.open_record("k1", "motions", "m1")
    editor = window.editing.editors[-1]
    editor.setGeometry(300, 40, 720, 740)
    shot("12-motion-editor")
    editor.close_quietly()

    client = window.editing.open_editor("clients", None)
    client.adapters["name"].set_raw("Жанар Темиркулова")
    client.setGeometry(330, 120, 640, 520)
    pump(0.8)
    shot("13-new-client-conflict-check")
    client.close_quietly()

    from casefiles.ui.pdf_preview import PdfPreview

    ws.case_view.reveal("hearings", "h2")
    window.acts.hearing_pdf.trigger()
    idle()
    summary = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPreview))
    assert summary.language is not None
    summary.language.setCurrentIndex(summary.language.findData("ru"))
    summary.language.activated.emit(summary.language.currentIndex())
    idle()
    summary.setGeometry(240, 20, 820, 770)
    pump(0.8)
    shot("19-hearing-summary-in-russian")
    summary.close()

    window.lock()
    pump()
    shot("14-locked")
    window.close()
    QApplication.processEvents()
    return 0


def _sample_files(tmp: Path) -> tuple[Path, Path]:
    """A photo and a statement to attach, drawn here (no real case content)."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    image = QImage(960, 640, QImage.Format.Format_RGB32)
    image.fill(QColor("#d9e3ea"))
    painter = QPainter(image)
    painter.fillRect(QRect(0, 420, 960, 220), QColor("#8d9a7b"))
    painter.fillRect(QRect(380, 220, 260, 200), QColor("#6b4f3a"))
    painter.fillRect(QRect(470, 320, 80, 100), QColor("#3b2a1f"))
    painter.setFont(QFont("DejaVu Sans", 22))
    painter.drawText(QRect(0, 40, 960, 60), Qt.AlignmentFlag.AlignCenter, "Union office, 5 March")
    painter.end()
    scene = tmp / "Union office after the search.png"
    image.save(str(scene), "PNG")
    statement = tmp / "Witness statement (Sadykova).txt"
    statement.write_text("A statement taken on 6 March.\n", encoding="utf-8")
    return scene, statement


if __name__ == "__main__":
    raise SystemExit(main())
