"""Fixtures for the desktop app: settings in a temp folder, answered dialogs, a window."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from casefiles.ui.binding_guard import protect_singletons
from casefiles.ui.dialogs import Dialogs
from casefiles.ui.errors import ErrorReporter
from tests.factories import CHEAP_KDF

# A long test run makes as many Qt calls as a long session (see binding_guard).
protect_singletons()


@dataclass
class DialogLog:
    """What the app asked and said; tests set the answers."""

    confirm_answer: bool = True
    confirms: list[str] = field(default_factory=list)
    infos: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    bugs: list[str] = field(default_factory=list)
    open_path: Path | None = None
    save_path: Path | None = None
    minutes: int | None = None
    #: Answers of the backup questions (None: cancelled).
    preferences: Any = None
    backup_passphrase: Any = None
    passphrase: str | list[str] | None = None
    encrypted_export: Any = None
    folder: Path | None = None
    asked: list[str] = field(default_factory=list)


@pytest.fixture(autouse=True)
def settings_dir(tmp_path: Path) -> Path:
    """QSettings (ours and Qt's QtProject.conf) write under a temp folder."""
    conf = tmp_path / "config"
    conf.mkdir()
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(conf))
    return conf


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Iterator[DialogLog]:
    """Every modal answered ahead of time; an unexpected internal-error dialog fails the test."""
    log = DialogLog()

    def confirm(_cls: Any, _parent: Any, title: str, text: str, action: str) -> bool:
        log.confirms.append(f"{title}: {text} [{action}]")
        return log.confirm_answer

    def inform(_cls: Any, _parent: Any, title: str, text: str) -> None:
        log.infos.append(f"{title}: {text}")

    def problem(_cls: Any, _parent: Any, title: str, text: str, details: str = "") -> None:
        log.problems.append(f"{title}: {text}")

    def bug(_cls: Any, _parent: Any, text: str, details: str) -> None:
        log.bugs.append(details)

    monkeypatch.setattr(Dialogs, "confirm", classmethod(confirm))
    monkeypatch.setattr(Dialogs, "inform", classmethod(inform))
    monkeypatch.setattr(Dialogs, "about", classmethod(inform))
    monkeypatch.setattr(Dialogs, "problem", classmethod(problem))
    monkeypatch.setattr(Dialogs, "bug", classmethod(bug))
    monkeypatch.setattr(Dialogs, "open_file", classmethod(lambda _c, *_a: log.open_path))
    monkeypatch.setattr(Dialogs, "save_file", classmethod(lambda _c, *_a: log.save_path))
    monkeypatch.setattr(Dialogs, "ask_minutes", classmethod(lambda _c, *_a: log.minutes))

    def preferences(_cls: Any, _parent: Any, current: Any, _fingerprint: Any) -> Any:
        if log.preferences is not None:
            return log.preferences
        if log.minutes is not None:
            return replace(current, idle_minutes=log.minutes)
        return None

    def asked(answer: Any) -> Any:
        """An answer given each time, or a list of answers given in turn (then cancel)."""

        def ask(_cls: Any, _parent: Any, title: str, *_rest: Any) -> Any:
            log.asked.append(title)
            given = answer()
            if isinstance(given, list):
                return given.pop(0) if given else None
            return given

        return classmethod(ask)

    monkeypatch.setattr(Dialogs, "preferences", classmethod(preferences))
    monkeypatch.setattr(Dialogs, "ask_backup_passphrase", asked(lambda: log.backup_passphrase))
    monkeypatch.setattr(Dialogs, "ask_passphrase", asked(lambda: log.passphrase))
    monkeypatch.setattr(Dialogs, "ask_encrypted_export", asked(lambda: log.encrypted_export))
    monkeypatch.setattr(Dialogs, "choose_folder", asked(lambda: log.folder))
    yield log
    assert not log.bugs, "an internal-error dialog was shown:\n" + "\n".join(log.bugs)
    ErrorReporter.log_path = None


@pytest.fixture
def make_window(qtbot: Any, data_dir: Path) -> Any:
    """make_window(folder=data_dir) -> a shown MainWindow over that folder (cheap KDF)."""
    from casefiles.ui.app import build_window

    windows = []

    def make(folder: Path | None = None) -> Any:
        window = build_window(folder or data_dir, CHEAP_KDF)
        qtbot.addWidget(window)
        window.resize(1200, 800)
        window.show()
        windows.append(window)
        return window

    yield make
    for w in windows:
        w.session.runner.wait()
        w.session.shutdown()


def wait_idle(qtbot: Any, window: Any, timeout: int = 10_000) -> None:
    """Wait until no background task is running and its results were delivered."""
    qtbot.waitUntil(lambda: window.session.runner.idle, timeout=timeout)
    qtbot.wait(10)


@pytest.fixture
def demo_window(make_window: Any, qtbot: Any) -> Any:
    """A window with the demo case file open."""
    window = make_window()
    window.first_run.demo_button.click()
    qtbot.waitUntil(lambda: window.session.is_open, timeout=20_000)
    wait_idle(qtbot, window)
    return window


@pytest.fixture
def source_restored() -> Iterator[None]:
    """A window tells the audit trail its changes come from the GUI; put it back after."""
    from casefiles.storage import audit as trail

    before = trail._default_source
    yield
    trail.set_default_source(before)


@pytest.fixture
def example_window(make_window: Any, qtbot: Any, data_dir: Path, source_restored: None) -> Any:
    """A window over a real store holding the example case, unlocked, the case open."""
    from tests.factories import PASSPHRASE, example_document, store_with

    store_with(data_dir, example_document()).close()
    win = make_window()
    win.unlock_page.passphrase.setText(PASSPHRASE)
    win.unlock_page.unlock_button.click()
    qtbot.waitUntil(lambda: win.session.is_open, timeout=20_000)
    wait_idle(qtbot, win)
    assert win.workspace.open_case("k1")
    return win
