"""In-app preview of an attached image or PDF, from memory only.

The vault decrypts the file into bytes (checked against its intake hash) in a
worker; here they become a QImage (`QImage.fromData`) or a QPdfDocument read
from a QBuffer (`casefiles.ui.pdf_preview`).  Nothing is written to disk: no
temp file, no cache.  Both windows are non-modal and delete themselves when
closed, with the bytes they held.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casefiles.domain.errors import UserError
from casefiles.services.evidence import AttachmentInfo


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImagePreview", text)


class ImagePreview(QDialog):
    """One image held in memory: fitted to the window, or at its actual size."""

    def __init__(self, parent: QWidget | None, data: bytes, title: str) -> None:
        super().__init__(parent)
        self.setObjectName("imagePreview")
        self.setWindowTitle(title)
        self.image = QImage.fromData(data)
        if self.image.isNull():
            raise UserError(
                "this image could not be read (its format is not supported, or it is "
                "incomplete); open it in another program"
            )
        self._fit = True
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.picture)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.size_label = QLabel(
            _tr("{w} × {h} pixels").format(w=self.image.width(), h=self.image.height())
        )
        fit = QPushButton(_tr("Fit window"))
        fit.clicked.connect(lambda: self._set_fit(True))
        actual = QPushButton(_tr("Actual size"))
        actual.clicked.connect(lambda: self._set_fit(False))
        close = QPushButton(_tr("Close"))
        close.clicked.connect(self.reject)
        bar = QHBoxLayout()
        bar.addWidget(self.size_label)
        bar.addStretch(1)
        for b in (fit, actual, close):
            bar.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.scroll_area, 1)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.reject)
        self.resize(900, 700)
        self._show_image()

    def done(self, result: int) -> None:
        """Closed (Close, Escape, the window's close, or a lock): the pixels go with it."""
        self.wipe()
        super().done(result)

    def wipe(self) -> None:
        """Drop the decoded image and the pixmap shown; nothing of the file stays."""
        self.image = QImage()
        self.picture.clear()

    def _set_fit(self, fit: bool) -> None:
        self._fit = fit
        self.scroll_area.setWidgetResizable(fit)
        self._show_image()

    def _show_image(self) -> None:
        # Scaled before it becomes a pixmap: a resize converts only the pixels shown.
        image = self.image
        if self._fit:
            room = self.scroll_area.viewport().size() - QSize(4, 4)
            if image.width() > room.width() or image.height() > room.height():
                image = image.scaled(
                    room,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
        pixmap = QPixmap.fromImage(image)
        self.picture.setPixmap(pixmap)
        if not self._fit:
            self.picture.resize(pixmap.size())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit and not self.image.isNull():
            self._show_image()


def show_preview(parent: QWidget | None, data: bytes, info: AttachmentInfo) -> QDialog:
    """A non-modal preview of an attached image or PDF; it deletes itself when closed."""
    title = _tr("{name} (SHA-256 checked)").format(name=info.file_name)
    dialog: QDialog
    if info.media_type == "application/pdf":
        from casefiles.ui.pdf_preview import PdfPreview

        try:
            dialog = PdfPreview(parent, data, title, info.file_name)
        except RuntimeError:
            raise UserError(
                f"{info.file_name} could not be read as a PDF; open it in another program"
            ) from None
    else:
        dialog = ImagePreview(parent, data, title)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.show()
    return dialog
