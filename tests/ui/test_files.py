"""File menu: import and export off the UI thread; the PDF summary; errors as dialogs."""

from __future__ import annotations

import errno
import json
from pathlib import Path
from typing import Any

import pytest

from casefiles.domain.errors import StoreBusy
from casefiles.ui import errors
from casefiles.ui.errors import ErrorReporter, friendly_message
from tests.factories import example_document
from tests.ui.conftest import wait_idle


def test_export_then_import_into_another_case_file(
    demo_window: Any, qtbot: Any, tmp_path: Path, dialogs: Any
) -> None:
    out = tmp_path / "export.json"
    dialogs.save_path = out
    demo_window.acts.export.trigger()
    wait_idle(qtbot, demo_window)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert len(doc["cases"]) == 2
    assert "Exported 2 case(s)" in dialogs.infos[-1]

    source = tmp_path / "example.json"
    source.write_text(json.dumps(example_document()), encoding="utf-8")
    dialogs.open_path = source
    demo_window.acts.import_.trigger()
    wait_idle(qtbot, demo_window)
    assert "Imported 1 case" in dialogs.infos[-1] and "Clients: " in dialogs.infos[-1]
    assert demo_window.workspace.case_list.model.rowCount() == 2 + len(example_document()["cases"])


def test_bad_import_file_is_a_friendly_dialog(
    demo_window: Any, qtbot: Any, tmp_path: Path, dialogs: Any
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{ not json", encoding="utf-8")
    dialogs.open_path = bad
    demo_window.acts.import_.trigger()
    wait_idle(qtbot, demo_window)
    assert dialogs.problems and "not valid JSON" in dialogs.problems[-1]


def test_summary_pdf_opens_the_preview(
    demo_window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from casefiles.ui import pdf_preview

    shown: list[tuple[bytes, str]] = []
    monkeypatch.setattr(
        pdf_preview, "show_pdf_preview", lambda _p, data, title, **_k: shown.append((data, title))
    )
    assert demo_window.workspace.open_case("k1")
    assert demo_window.acts.summary_pdf.isEnabled()
    demo_window.acts.summary_pdf.trigger()
    wait_idle(qtbot, demo_window, timeout=60_000)
    assert shown and shown[0][0].startswith(b"%PDF")
    assert "2-1187/2025" in shown[0][1]


def test_friendly_messages() -> None:
    assert friendly_message(StoreBusy("this case file is busy")) == "This case file is busy."
    full = OSError(errno.ENOSPC, "No space left on device")
    assert "disk is full" in (friendly_message(full) or "")
    assert friendly_message(ValueError("x")) is None


def test_a_bug_shows_details_and_the_log_path(
    dialogs: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []
    monkeypatch.setattr(
        errors.Dialogs, "bug", classmethod(lambda _c, _p, text, d: seen.append(text + d))
    )
    ErrorReporter.log_path = tmp_path / "casefiles.log"
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        errors.excepthook(RuntimeError, exc, exc.__traceback__)
    assert seen and str(tmp_path / "casefiles.log") in seen[0]
    assert "RuntimeError: boom" in seen[0]


def test_hearing_summary_pdf(demo_window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from casefiles.ui import pdf_preview

    shown: list[str] = []
    monkeypatch.setattr(
        pdf_preview, "show_pdf_preview", lambda _p, data, title, **_k: shown.append(title)
    )
    ws = demo_window.workspace
    assert ws.open_case("k1")
    ws.case_view.reveal("hearings", "h2")
    demo_window.acts.hearing_pdf.trigger()
    wait_idle(qtbot, demo_window, timeout=60_000)
    assert shown and "Hearing summary" in shown[0]


def test_a_case_with_one_hearing_needs_no_selection(
    demo_window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, dialogs: Any
) -> None:
    from casefiles.ui import pdf_preview

    shown: list[str] = []
    monkeypatch.setattr(
        pdf_preview, "show_pdf_preview", lambda _p, data, title, **_k: shown.append(title)
    )
    ws = demo_window.workspace
    assert ws.open_case("k2")  # one hearing
    ws.case_view.hearings.table.setCurrentIndex(ws.case_view.hearings.model.index(-1, -1))
    assert ws.case_view.hearings.table.current_key() is None
    demo_window.acts.hearing_pdf.trigger()
    wait_idle(qtbot, demo_window, timeout=60_000)
    assert shown and "Hearing summary" in shown[0]
    assert not dialogs.infos

    assert ws.open_case("k1")  # three: which one is asked
    ws.case_view.hearings.table.setCurrentIndex(ws.case_view.hearings.model.index(-1, -1))
    demo_window.acts.hearing_pdf.trigger()
    assert dialogs.infos and "Select a hearing" in dialogs.infos[-1]


def test_the_summary_preview_offers_the_other_language(demo_window: Any, qtbot: Any) -> None:
    """Made in the interface's language (English here); Русский in the preview makes the
    Russian one in its place, off the UI thread."""
    from PySide6.QtWidgets import QApplication

    from casefiles.ui.pdf_preview import PdfPreview
    from tests.reports.pdfutil import text

    ws = demo_window.workspace
    assert ws.open_case("k1")
    ws.case_view.reveal("hearings", "h2")
    demo_window.acts.hearing_pdf.trigger()
    wait_idle(qtbot, demo_window, timeout=60_000)
    (dialog,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPreview)]
    assert dialog.language is not None and dialog.language.currentData() == "en"
    assert "Hearing summary" in text(dialog._data)
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    dialog.language.activated.emit(dialog.language.currentIndex())
    assert not dialog.save_button.isEnabled()  # nothing to save while it is being made
    wait_idle(qtbot, demo_window, timeout=60_000)
    assert "Сводка по судебному заседанию" in text(dialog._data)
    assert dialog.save_button.isEnabled() and dialog.language.isEnabled()
    assert dialog.document.pageCount() >= 1
    dialog.close()
