"""Every string the user sees goes through Qt's translation: a pseudo-translation shows it."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

from tests.ui.conftest import wait_idle

MARK = "⟦"


class Pseudo(QTranslator):
    """Wraps every string it is asked for, so an untranslated one stands out."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        del context, disambiguation
        text = source.replace("%n", str(n)) if n >= 0 else source
        return f"{MARK}{text}⟧"

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def pseudo(qapp: Any) -> Iterator[None]:
    translator = Pseudo()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def _texts(root: QWidget) -> list[str]:
    out = []
    for button in root.findChildren(QAbstractButton):
        out.append(button.text())
    for box in root.findChildren(QGroupBox):
        out.append(box.title())
    for label in root.findChildren(QLabel):
        if label.objectName() not in ("storeLocation", "caseHeading", "caseSubheading") and not (
            label.buddy() is None
            and label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
        ):
            out.append(label.text())
    return [t for t in out if t and t.strip() and not t.strip().isdigit()]


def _untranslated(texts: list[str]) -> list[str]:
    return sorted({t for t in texts if MARK not in t})


def test_start_pages_and_menus_are_translated(pseudo: None, make_window: Any) -> None:
    window = make_window()
    assert _untranslated(_texts(window.first_run)) == []
    assert _untranslated(_texts(window.unlock_page)) == []
    actions = [getattr(window.acts, f.name).text() for f in dataclasses.fields(window.acts)]
    menus = [a.text() for a in window.menuBar().actions()]
    assert _untranslated(actions) == []
    assert menus and _untranslated(menus) == []


def test_workspace_is_translated(pseudo: None, demo_window: Any, qtbot: Any) -> None:
    ws = demo_window.workspace
    assert ws.open_case("k1")
    wait_idle(qtbot, demo_window)
    cv = ws.case_view
    tabs = [cv.tabs.tabText(i) for i in range(cv.tabs.count())]
    assert _untranslated(tabs) == []
    headers = []
    for tab in cv.all_tabs:
        for view in tab.findChildren(QWidget):
            model = getattr(view, "model", None)
            if callable(model) and model() is not None and hasattr(model(), "headerData"):
                m = model()
                headers += [
                    m.headerData(c, Qt.Orientation.Horizontal) or MARK
                    for c in range(m.columnCount())
                ]
    assert headers and _untranslated(headers) == []
    assert _untranslated(_texts(ws.dashboard)) == []
    for record_type in (
        "cases",
        "clients",
        "hearings",
        "motions",
        "requests",
        "evidence",
        "events",
        "parties",
    ):
        editor = demo_window.editing.open_editor(
            record_type, cv.case if record_type != "cases" else None
        )
        assert _untranslated(_texts(editor)) == [], record_type
        editor.close_quietly()
    # Enumeration labels are translated where they are shown.
    assert cv.motions.model.index(0, 3).data().startswith(MARK)
    assert QCoreApplication.translate("Labels", "Denied") == f"{MARK}Denied⟧"
