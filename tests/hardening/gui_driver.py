"""Drive a real desktop-app session, for the syscall trace of `test_offline`.

`python -m tests.hardening.gui_driver DATA_DIR DOCUMENT` starts the app
through `casefiles.ui.app.run` (the single-instance socket, translators,
log, window), answers its dialogs through the test seams, then creates a
case file, imports DOCUMENT, opens a case and its summary preview, locks,
unlocks, calls itself forward as a second app would, and quits.  It prints
`driver done` and exits 0 when every step happened; anything else is a
failure (exit 1 or a timeout).  Key derivation uses the tests' cheap
parameters.  No network guard is installed: the trace must see what the app does.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from casefiles.ui import app as app_module
from casefiles.ui.dialogs import Dialogs
from casefiles.ui.main_window import MainWindow
from casefiles.ui.single_instance import SingleInstance
from tests.factories import CHEAP_KDF, PASSPHRASE

PROBLEMS: list[str] = []
DONE: list[str] = []


def _answer_dialogs(document: Path) -> None:
    def record(_cls: Any, _parent: Any, title: str, text: str, *_a: Any) -> None:
        if "fail" in title.lower() or "problem" in title.lower():
            PROBLEMS.append(title)

    def problem(_cls: Any, _parent: Any, title: str, _text: str, _details: str = "") -> None:
        PROBLEMS.append(title)

    Dialogs.inform = classmethod(record)  # type: ignore[method-assign,assignment]
    Dialogs.problem = classmethod(problem)  # type: ignore[method-assign,assignment]
    Dialogs.bug = classmethod(problem)  # type: ignore[method-assign,assignment]
    Dialogs.confirm = classmethod(lambda *_a: True)  # type: ignore[method-assign,assignment]
    Dialogs.open_file = classmethod(lambda *_a: document)  # type: ignore[method-assign,assignment]


class Driver:
    """Steps run one after another, each waiting (polling) for the app to get there."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.steps: list[tuple[str, Callable[[MainWindow], bool]]] = []
        self.window: MainWindow | None = None
        self.ticks = 0

    def step(self, name: str, action: Callable[[MainWindow], bool]) -> None:
        self.steps.append((name, action))

    def tick(self) -> None:
        self.ticks += 1
        if self.ticks > 3_000:  # 60 s
            PROBLEMS.append(f"timed out at {self.steps[0][0] if self.steps else 'the end'}")
            QApplication.quit()
            return
        if self.window is None:
            found = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
            self.window = found[0] if found else None
        if self.window is not None and self.steps:
            name, action = self.steps[0]
            if action(self.window):
                DONE.append(name)
                self.steps.pop(0)
        if self.steps:
            QTimer.singleShot(20, self.tick)


def _idle(w: MainWindow) -> bool:
    return bool(w.session.runner.idle)


def main() -> int:
    data_dir, document = Path(sys.argv[1]), Path(sys.argv[2])
    _answer_dialogs(document)
    app_module.build_window = functools.partial(app_module.build_window, kdf=CHEAP_KDF)
    driver = Driver(data_dir)
    state: dict[str, Any] = {}

    def create(w: MainWindow) -> bool:
        page = w.first_run
        page.passphrase.setText(PASSPHRASE)
        page.repeat.setText(PASSPHRASE)
        page.understood.setChecked(True)
        page.create_button.click()
        return True

    def import_(w: MainWindow) -> bool:
        if not (w.session.is_open and _idle(w)):
            return False
        w.acts.import_.trigger()
        return True

    def open_case(w: MainWindow) -> bool:
        if not _idle(w) or w.workspace.case_list.model.rowCount() == 0:
            return False
        key = w.workspace.case_list.model.key_at(0)
        state["opened"] = w.workspace.open_case(str(key)) if key else False
        return True

    def summary(w: MainWindow) -> bool:
        if _idle(w) and w.acts.summary_pdf.isEnabled():
            w.acts.summary_pdf.trigger()
        return True

    def lock(w: MainWindow) -> bool:
        if not _idle(w):
            return False
        w.acts.lock.trigger()
        return not w.session.is_open

    def unlock(w: MainWindow) -> bool:
        w.unlock_page.passphrase.setText(PASSPHRASE)
        w.unlock_page.unlock_button.click()
        return True

    def second_app(w: MainWindow) -> bool:
        if not (w.session.is_open and _idle(w)):
            return False
        state["raised"] = SingleInstance(data_dir).ask_first_to_raise()
        return True

    def quit_(w: MainWindow) -> bool:
        w.acts.quit.trigger()
        return True

    for name, action in [
        ("create", create),
        ("import", import_),
        ("open case", open_case),
        ("summary", summary),
        ("lock", lock),
        ("unlock", unlock),
        ("second app", second_app),
        ("quit", quit_),
    ]:
        driver.step(name, action)
    app_module.make_app([])  # `run` takes this one; the timer needs it first
    QTimer.singleShot(0, driver.tick)
    code = app_module.run(["--data-dir", str(data_dir)])
    if code != 0 or PROBLEMS or driver.steps or not state.get("raised"):
        sys.stderr.write(f"driver failed: code {code}, problems {PROBLEMS}, done {DONE}\n")
        return 1
    sys.stdout.write("driver done: " + ", ".join(DONE) + "\n")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    raise SystemExit(main())
