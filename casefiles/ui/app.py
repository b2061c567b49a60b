"""The desktop app's entry point: `run(argv)` from the `casefiles` launcher."""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

import casefiles
from casefiles.backup import restore_folder
from casefiles.domain.errors import StoreBusy
from casefiles.resources import resource
from casefiles.services import audit
from casefiles.services.logs import attach_file_log, fallback_log_dir
from casefiles.services.process import harden_process
from casefiles.storage.files import ensure_private_dir
from casefiles.storage.keyfile import KdfParams
from casefiles.storage.paths import default_data_dir
from casefiles.ui import binding_guard, errors
from casefiles.ui.appsettings import LANGUAGES, AppSettings
from casefiles.ui.dialogs import scrub_qt_file_dialog_history
from casefiles.ui.main_window import MainWindow
from casefiles.ui.session import Session
from casefiles.ui.single_instance import SingleInstance
from casefiles.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

#: The exit code of a user error, as the CLI's (1 there means damage found).
EXIT_USER = 2


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="casefiles")
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--gui", action="store_true")
    args, _qt_args = parser.parse_known_args(argv)
    return args


def interface_locale(language: str) -> QLocale:
    """The locale the interface speaks: the system's, or for a chosen `language` ("en",
    "ru") other than the system's, that language as written in the system's country
    (ru_KZ on a Kazakh system), else its main country (en_GB rather than the US's
    month-first dates outside the US)."""
    system = QLocale()
    wanted = QLocale(language).language() if language else system.language()
    if wanted == system.language():
        return system
    local = QLocale(wanted, system.territory())
    if local.territory() == system.territory():
        return local
    if wanted == QLocale.Language.English:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(language)


def system_interface_language() -> str:
    """The first of the system's preferred interface languages (`$LANGUAGE` on Linux, which
    may differ from the locale of its dates) that casefiles has; "" for none of them."""
    for tag in QLocale().uiLanguages():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return ""


def apply_interface_locale(language: str) -> QLocale:
    """Make the interface's locale the default one, so that dates and numbers are written
    in the language of the menus around them."""
    locale = interface_locale(language)
    QLocale.setDefault(locale)
    return locale


def install_translators(app: QApplication, language: str | None = None) -> list[QTranslator]:
    """Qt's own strings and ours, in the user's language when a translation exists.

    `language` is "en", "ru" or "" (the system's); by default the one chosen in
    Edit › Preferences, which therefore takes effect at the next start.
    """
    if language is None:
        language = AppSettings().language
    installed = []
    locale = interface_locale(language)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    folder = str(resource("i18n"))
    # English first (it carries the plural forms), then the user's language over it.
    english = QTranslator(app)
    if english.load("casefiles_en", folder):
        app.installTranslator(english)
        installed.append(english)
    ours = QTranslator(app)
    if locale.language() != QLocale.Language.English and ours.load(
        locale, "casefiles", "_", folder
    ):
        app.installTranslator(ours)
        installed.append(ours)
    return installed


def make_app(argv: list[str]) -> QApplication:
    # PySide6 6.12.0 on Python 3.11 loses a reference to None per call: see binding_guard.
    binding_guard.protect_singletons()
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName("casefiles")
    QCoreApplication.setApplicationName("casefiles")
    QCoreApplication.setApplicationVersion(casefiles.__version__)
    app = QApplication(["casefiles", *argv])
    app.setApplicationDisplayName("casefiles")
    # Chosen in Preferences, else the system's: menus, dates and PDFs then agree.
    language = AppSettings().language or system_interface_language()
    install_translators(app, language)
    apply_interface_locale(language)
    # What is alive now (modules, classes, Qt's wrappers) lives as long as the app: out of
    # the collector's sight, so a full collection walks only what came since (opening a
    # 2,000-record case: 170 ms with the pause such a walk costs, 95 ms without).
    gc.collect()
    gc.freeze()
    return app


def build_window(data_dir: Path, kdf: KdfParams | None = None) -> MainWindow:
    """The main window over the case file in `data_dir` (tests call this directly)."""
    runner = TaskRunner()
    session = Session(data_dir, runner, kdf)
    window = MainWindow(session, AppSettings())
    runner.setParent(window)
    return window


def _attach_log(data_dir: Path) -> None:
    try:
        ensure_private_dir(data_dir)
        _handler, path = attach_file_log(data_dir)
    except OSError:
        _handler, path = attach_file_log(fallback_log_dir())
    errors.ErrorReporter.log_path = path


def _tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


def bring_forward(window: QWidget) -> None:
    """Show `window` on top (a second app on the same case file asked for it)."""
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def refuse_second_instance(instance: SingleInstance) -> int:
    """Another app has this case file open: bring it forward, say so, exit 2 (a user
    error, as in the CLI; 1 means damage found)."""
    reached = instance.ask_first_to_raise()
    if reached:
        message = _tr(
            "This case file is already open in another casefiles window, which was brought "
            "to the front. Use that window, or close it before starting casefiles again."
        )
    else:
        message = _tr(
            "This case file is already open in another casefiles window. Switch to that "
            "window, or close it before starting casefiles again."
        )
    log.info("second app on the same case file refused (first reached: %s)", reached)
    tell_at_start(message, window=not reached)  # a window brought forward says enough
    return EXIT_USER


def can_show_dialogs() -> bool:
    """Whether a message box can be seen (not on the offscreen test platform)."""
    return QGuiApplication.platformName() not in ("offscreen", "minimal")


def tell_at_start(message: str, *, window: bool = True) -> None:
    """A reason the app cannot start: on stderr, and in a window (a launcher has no terminal)."""
    sys.stderr.write(f"casefiles: {message}\n")
    sys.stderr.flush()
    if window and can_show_dialogs():
        QMessageBox.warning(None, "casefiles", message)


def run(argv: list[str]) -> int:
    harden_process()
    audit.set_default_source("gui")  # every change from here on is the desktop app's
    args = parse_args(argv)
    data_dir = (args.data_dir or default_data_dir()).expanduser().resolve()
    app = make_app(argv)
    sys.excepthook = errors.excepthook
    try:
        instance = SingleInstance(data_dir)
    except StoreBusy as exc:
        _attach_log(data_dir)
        log.warning("no private folder for the instance lock")
        tell_at_start(str(exc))
        return EXIT_USER
    if not instance.acquire():
        _attach_log(data_dir)
        return refuse_second_instance(instance)
    try:
        # Alone on the folder: a restore cut short is settled before the log opens a file in it.
        try:
            recovered = restore_folder.recover_interrupted_restore(data_dir)
        except OSError as err:
            recovered = [f"not recovered ({type(err).__name__} errno={err.errno})"]
        _attach_log(data_dir)
        log.info("%s", binding_guard.describe())
        for outcome in recovered:
            log.warning("interrupted restore found at start: %s", outcome)
        scrub_qt_file_dialog_history()
        window = build_window(data_dir)
        window.session.sweep_copies()  # leftovers of a crash; this app is alone on the folder
        instance.activation_requested.connect(lambda: bring_forward(window))
        window.show()
        log.info("desktop app started")
        code = app.exec()
        scrub_qt_file_dialog_history()
    finally:
        instance.release()
    return int(code)
