"""The Russian translation: complete, faithful to its sources' placeholders, built, and used
when the interface language says so."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from casefiles.resources import resource
from casefiles.ui.app import install_translators
from casefiles.ui.appsettings import AppSettings

I18N = resource("i18n")
RU_TS = I18N / "casefiles_ru.ts"
#: Qt's %1..%99 and %n, and the {name} fields our strings fill with str.format.
PLACEHOLDER = re.compile(r"%n|%\d+|\{\w*\}")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def _accelerators(text: str) -> int:
    """How many & mark an accelerator ("&&" is a literal ampersand)."""
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


def _messages() -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(RU_TS).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def test_every_russian_message_is_finished_and_keeps_its_placeholders() -> None:
    messages = _messages()
    assert len(messages) > 600
    problems = []
    for context, source, message in messages:
        where = f"{context}: {source!r}"
        translation = message.find("translation")
        if translation is None or translation.get("type") is not None:
            problems.append(f"{where} is not finished")
            continue
        forms = _forms(message)
        if message.get("numerus") == "yes" and len(forms) != 3:
            problems.append(f"{where} needs the three Russian plural forms, has {len(forms)}")
        for text in forms:
            if not text.strip():
                problems.append(f"{where} has an empty translation")
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{where}: placeholders differ in {text!r}")
            if TAG.findall(text) != TAG.findall(source):
                problems.append(f"{where}: HTML tags differ in {text!r}")
            if _accelerators(text) > 1 or _accelerators(text) != _accelerators(source):
                problems.append(f"{where}: accelerators (&) differ in {text!r}")
    assert problems == []


def test_russian_messages_are_those_of_the_english_file() -> None:
    """update.py writes both files from one scan of the sources."""
    english = ET.parse(I18N / "casefiles_en.ts").getroot()
    en = {
        (context.findtext("name"), message.findtext("source"))
        for context in english.iter("context")
        for message in context.iter("message")
    }
    assert {(context, source) for context, source, _m in _messages()} == en


def _lrelease() -> str:
    return shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).with_name("pyside6-lrelease")
    )


def test_committed_russian_qm_is_built_from_the_ts(tmp_path: Path) -> None:
    built = tmp_path / "casefiles_ru.qm"
    subprocess.run(
        [_lrelease(), "-silent", str(RU_TS), "-qm", str(built)], check=True, capture_output=True
    )
    assert (I18N / "casefiles_ru.qm").read_bytes() == built.read_bytes(), (
        "casefiles_ru.qm is stale: run .venv/bin/python resources/i18n/update.py"
    )


@pytest.fixture
def translators(qapp: Any) -> Iterator[list[QTranslator]]:
    """The translators a test installs, removed afterwards; the default locale restored."""
    installed: list[QTranslator] = []
    locale = QLocale()
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


def _menu_titles(window: Any) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def _window_with(
    qapp: Any,
    translators: list[QTranslator],
    make_window: Any,
    system: QLocale.Language,
    language: str,
) -> Any:
    """A window on a system in `system`'s language, with `language` chosen in Preferences."""
    country = QLocale.Country.Russia if system == QLocale.Language.Russian else None
    QLocale.setDefault(QLocale(system, country or QLocale.Country.UnitedStates))
    settings = AppSettings()
    settings.language = language
    settings.sync()
    translators += install_translators(qapp)
    return make_window()


def test_language_setting_ru_gives_russian_menus(
    qapp: Any, translators: list[QTranslator], make_window: Any
) -> None:
    window = _window_with(qapp, translators, make_window, QLocale.Language.English, "ru")
    assert _menu_titles(window) == ["&Файл", "&Правка", "&Вид", "&Дело", "&Справка"]
    assert window.acts.lock.text() == "&Заблокировать"
    plural = [QCoreApplication.translate("CaseList", "%n case(s)", "", n) for n in (1, 3, 5, 21)]
    assert plural == ["1 дело", "3 дела", "5 дел", "21 дело"]


def test_language_setting_en_gives_english_menus_on_a_russian_system(
    qapp: Any, translators: list[QTranslator], make_window: Any
) -> None:
    window = _window_with(qapp, translators, make_window, QLocale.Language.Russian, "en")
    assert _menu_titles(window) == ["&File", "&Edit", "&View", "&Case", "&Help"]
    assert QCoreApplication.translate("CaseList", "%n case(s)", "", 3) == "3 cases"


def test_without_a_language_setting_the_system_locale_decides(
    qapp: Any, translators: list[QTranslator], make_window: Any
) -> None:
    assert AppSettings().language == ""
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    translators += install_translators(qapp)
    window = make_window()
    assert _menu_titles(window)[0] == "&Файл"


def test_the_file_dialogs_speak_russian_too(
    qapp: Any, translators: list[QTranslator], qtbot: Any
) -> None:
    """Qt's own Russian lacks two of its file dialog's labels; ours supplies them, and the
    file-type filters are translated."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    from casefiles.ui import backup_actions

    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    translators += install_translators(qapp, "ru")
    dialog = QFileDialog(None, "x")
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert labels == ["&Папка:", "&Имя файла:", "&Тип файлов:"]
    translated = QCoreApplication.translate("BackupActions", backup_actions.BACKUP_FILTER)
    assert translated.startswith("Резервная копия casefiles (*.tar)")
