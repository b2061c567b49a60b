"""The in-app preview: pages from memory, Save as... (atomic) and Print... (to a PDF printer)."""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from casefiles.reports import procedural_summary
from casefiles.ui.dialogs import Dialogs
from casefiles.ui.pdf_preview import PdfPreview, show_pdf_preview, suggested_file_name
from tests.reports.conftest import WHEN
from tests.reports.pdfutil import reader


@pytest.fixture(scope="module")
def pdf(demo_snap: Any) -> bytes:
    return bytes(procedural_summary(demo_snap, generated_at=WHEN))


@pytest.fixture
def preview(qtbot: Any, pdf: bytes) -> PdfPreview:
    dialog = PdfPreview(None, pdf, "Case summary: 2-1187/2025")
    qtbot.addWidget(dialog)
    return dialog


def test_show_pdf_preview_opens_the_pages_from_memory(qtbot: Any, pdf: bytes) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = show_pdf_preview(parent, pdf, "Case summary: 2-1187/2025")
    assert isinstance(dialog, PdfPreview)
    assert dialog.isVisible()
    assert dialog.windowTitle() == "Case summary: 2-1187/2025"
    pages = len(reader(pdf).pages)
    assert dialog.document.pageCount() == pages
    assert dialog.pages_label.text() == f"{pages} pages"
    dialog.close()


def test_suggested_file_names() -> None:
    assert suggested_file_name("Case summary: 2-1187/2025") == "Case-summary-2-1187-2025.pdf"
    assert suggested_file_name("Сводка: дело 2/3") == "Сводка-дело-2-3.pdf"
    assert suggested_file_name("///") == "summary.pdf"


def test_save_as_writes_the_bytes_atomically_owner_only(
    preview: PdfPreview, pdf: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def ask(cls: Any, parent: Any, suggested: str) -> Path:
        asked.append(suggested)
        return tmp_path / "summary"

    monkeypatch.setattr(PdfPreview, "ask_save_path", classmethod(ask))
    assert preview.save_as() == tmp_path / "summary.pdf"
    assert asked == ["Case-summary-2-1187-2025.pdf"]
    written = tmp_path / "summary.pdf"
    assert written.read_bytes() == pdf
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.pdf"]


def test_save_as_cancelled_writes_nothing(
    preview: PdfPreview, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(PdfPreview, "ask_save_path", classmethod(lambda *a: None))
    assert preview.save_as() is None
    assert list(tmp_path.iterdir()) == []


def test_a_failed_save_is_explained(
    preview: PdfPreview, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    problems: list[str] = []
    monkeypatch.setattr(
        PdfPreview, "ask_save_path", classmethod(lambda *a: tmp_path / "no such folder" / "s.pdf")
    )
    monkeypatch.setattr(
        Dialogs,
        "problem",
        classmethod(lambda cls, parent, title, text, details="": problems.append(text)),
    )
    assert preview.save_as() is None
    (message,) = problems
    assert "could not be saved" in message
    assert "no such folder" in message


def _pdf_printer(path: Path, page_range: tuple[int, int] | None = None) -> Any:
    def ask(cls: Any, parent: Any, printer: QPrinter, page_count: int) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        printer.setResolution(72)
        if page_range is not None:
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(*page_range)
        return True

    return classmethod(ask)


def test_print_renders_every_page(
    preview: PdfPreview, pdf: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed = tmp_path / "printed.pdf"
    monkeypatch.setattr(PdfPreview, "ask_printer", _pdf_printer(printed))
    assert preview.print_pdf() is True
    assert len(reader(printed.read_bytes()).pages) == len(reader(pdf).pages)


def test_print_a_page_range(
    preview: PdfPreview, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed = tmp_path / "pages-2-3.pdf"
    monkeypatch.setattr(PdfPreview, "ask_printer", _pdf_printer(printed, (2, 3)))
    assert preview.print_pdf() is True
    assert len(reader(printed.read_bytes()).pages) == 2


def test_print_cancelled(preview: PdfPreview, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(PdfPreview, "ask_printer", classmethod(lambda *a: False))
    assert preview.print_pdf() is False


@pytest.fixture
def settings_dir(tmp_path: Path) -> Path:
    """Qt's QtProject.conf (the file dialog's memory) goes under a temp folder."""
    conf = tmp_path / "conf"
    conf.mkdir()
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(conf))
    return conf


def test_the_save_dialog_adds_pdf_and_forgets_the_folder(
    qtbot: Any, tmp_path: Path, settings_dir: Path
) -> None:
    folder = tmp_path / "Client Temirkulova"
    folder.mkdir()
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        seen.append(dialog.defaultSuffix())
        dialog.setDirectory(str(folder))
        dialog.selectFile(str(folder / "named"))
        dialog.accept()

    QTimer.singleShot(0, answer)
    path = PdfPreview.ask_save_path(None, "summary.pdf")
    assert seen == ["pdf"]
    assert path == folder / "named.pdf"
    remembered = "".join(
        p.read_text(errors="replace") for p in settings_dir.rglob("*") if p.is_file()
    )
    assert "Temirkulova" not in remembered
