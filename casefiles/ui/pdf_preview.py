"""In-app preview of a generated PDF, with Save as... and Print...

The PDF is read from memory (a QBuffer): no plaintext file touches the disk
unless the user saves one, and saving goes through `atomic_writer` (owner-only,
never half a file).  Printing renders each page at up to 300 dpi straight to the
printer.  Questions to the user go through `Dialogs` and `PdfPreview.ask_printer`,
which tests replace, so no test blocks on a modal window.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casefiles.storage.files import atomic_writer
from casefiles.ui.dialogs import Dialogs

#: Printing renders pages as images; more than this only costs memory.
MAX_PRINT_DPI = 300

#: The summaries' languages, each named in itself.
LANGUAGES = (("en", "English"), ("ru", "Русский"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("PdfPreview", text)


def suggested_file_name(title: str) -> str:
    """A file name from the preview's title: letters, digits, dashes; `.pdf` added."""
    stem = re.sub(r"[^\w.-]+", "-", title, flags=re.UNICODE).strip("-.") or "summary"
    return f"{stem[:80]}.pdf"


class PdfPreview(QDialog):
    """Pages of one PDF held in memory, with Save as... and Print...

    Given a `language`, it also offers the summary's other language: choosing one
    emits `language_chosen`, and whoever made the PDF answers with `replace`.
    """

    language_chosen = Signal(str)

    def __init__(
        self,
        parent: QWidget | None,
        pdf_bytes: bytes,
        title: str,
        file_name: str | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("pdfPreview")
        self._data = b""
        self._file_name = file_name or suggested_file_name(title)

        self._buffer = QBuffer(self)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pages_label = QLabel(self)
        self._load(pdf_bytes)
        self.view.setDocument(self.document)

        self.language: QComboBox | None = None
        if language is not None:
            self.language = QComboBox(self)
            for code, name in LANGUAGES:
                self.language.addItem(name, code)
            self.language.setCurrentIndex(max(0, self.language.findData(language)))
            self.language.setToolTip(_tr("The language of the summary's headings and dates"))
            self.language.activated.connect(self._language_activated)
        self.save_button = QPushButton(_tr("Save as…"), self)
        self.save_button.clicked.connect(self.save_as)
        self.print_button = QPushButton(_tr("Print…"), self)
        self.print_button.clicked.connect(self.print_pdf)
        fit = QPushButton(_tr("Fit width"), self)
        fit.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        whole = QPushButton(_tr("Whole page"), self)
        whole.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        close = QPushButton(_tr("Close"), self)
        close.clicked.connect(self.reject)

        bar = QHBoxLayout()
        bar.addWidget(self.pages_label)
        bar.addStretch(1)
        if self.language is not None:
            language_label = QLabel(_tr("&Language:"), self)
            language_label.setBuddy(self.language)
            bar.addWidget(language_label)
            bar.addWidget(self.language)
            bar.addSpacing(12)
        bar.addWidget(fit)
        bar.addWidget(whole)
        bar.addSpacing(12)
        bar.addWidget(self.save_button)
        bar.addWidget(self.print_button)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

        QShortcut(QKeySequence.StandardKey.Save, self, self.save_as)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_pdf)
        self.resize(900, 1000)

    def _load(self, pdf_bytes: bytes) -> None:
        self.document.close()
        self._buffer.close()
        self._data = bytes(pdf_bytes)
        self._buffer.setData(QByteArray(self._data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready:
            raise RuntimeError(f"the generated PDF could not be read ({self.document.status()})")
        pages = self.document.pageCount()
        self.pages_label.setText(
            _tr("1 page") if pages == 1 else _tr("{count} pages").format(count=pages)
        )

    def _language_activated(self, _index: int) -> None:
        assert self.language is not None
        self.set_busy(True)
        self.language_chosen.emit(str(self.language.currentData()))

    def set_busy(self, busy: bool) -> None:
        """While the other language is being made: nothing to save, print or choose."""
        for widget in (self.language, self.save_button, self.print_button):
            if widget is not None:
                widget.setEnabled(not busy)

    def replace(self, pdf_bytes: bytes) -> None:
        """Show another PDF in place of this one (the summary in the language chosen)."""
        self._load(pdf_bytes)
        self.set_busy(False)

    def done(self, result: int) -> None:
        """Closed (Close, Escape, the window's close, or a lock): the bytes go with it."""
        self.wipe()
        super().done(result)

    def wipe(self) -> None:
        """Close the document and drop the PDF's bytes held here and in the buffer."""
        self.document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray())
        self._data = b""

    # -- questions (tests replace these) --------------------------------------------------

    @classmethod
    def ask_save_path(cls, parent: QWidget, suggested: str) -> Path | None:
        """Where to save the PDF; None when cancelled (through `Dialogs`: Qt's own dialog,
        its remembered folders wiped after, as a folder name can name a client)."""
        return Dialogs.save_file(parent, _tr("Save the PDF"), _tr("PDF (*.pdf)"), suggested)

    @classmethod
    def ask_printer(cls, parent: QWidget, printer: QPrinter, page_count: int) -> bool:
        """Let the user choose the printer and pages; False when cancelled."""
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(_tr("Print"))
        dialog.setMinMax(1, max(1, page_count))
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        return dialog.exec() == QDialog.DialogCode.Accepted

    # -- actions --------------------------------------------------------------------------

    def save_as(self) -> Path | None:
        """Ask where, then write the PDF atomically; the path written, or None."""
        path = self.ask_save_path(self, self._file_name)
        if path is None:
            return None
        if not path.suffix:
            path = path.with_suffix(".pdf")
        try:
            self.save_to(path)
        except OSError as err:
            Dialogs.problem(
                self,
                _tr("Not saved"),
                _tr(
                    "The PDF could not be saved to {path}: {reason}. Choose another folder."
                ).format(path=str(path), reason=err.strerror or type(err).__name__),
            )
            return None
        return path

    def save_to(self, path: Path) -> None:
        with atomic_writer(path) as fh:
            fh.write(self._data)

    def print_pdf(self) -> bool:
        """Ask for a printer, then print; True when pages were sent."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        printer.setFromTo(1, self.document.pageCount())
        if not self.ask_printer(self, printer, self.document.pageCount()):
            return False
        if not self.print_to(printer):
            Dialogs.problem(
                self,
                _tr("Not printed"),
                _tr("The printer could not be started. Check that it is connected and try again."),
            )
            return False
        return True

    def print_to(self, printer: QPrinter) -> bool:
        """Render the chosen pages onto `printer`, each scaled to fit its printable area."""
        count = self.document.pageCount()
        first, last = 0, count - 1
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first = printer.fromPage() - 1
            last = min(count, printer.toPage() or count) - 1
        painter = QPainter()
        if not painter.begin(printer):
            return False
        try:
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            for n, index in enumerate(range(first, last + 1)):
                if n and not printer.newPage():
                    return False
                points = self.document.pagePointSize(index)
                size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                image = self.document.render(index, size)
                area = QRectF(painter.viewport())
                scale = min(area.width() / size.width(), area.height() / size.height())
                target = QRectF(area.x(), area.y(), size.width() * scale, size.height() * scale)
                painter.drawImage(target, image)
        finally:
            painter.end()
        return True


def show_pdf_preview(
    parent: QWidget | None,
    pdf_bytes: bytes,
    title: str,
    *,
    file_name: str | None = None,
    language: str | None = None,
) -> PdfPreview:
    """Open a non-modal preview of `pdf_bytes`; it deletes itself when closed."""
    dialog = PdfPreview(parent, pdf_bytes, title, file_name, language)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.show()
    return dialog
