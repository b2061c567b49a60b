"""The table view every list in the app uses: whole rows, keyboard friendly, opens on Enter."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from casefiles.ui.models import KEY_ROLE


class RecordTable(QTableView):
    """Emits `open_requested(row)` on double-click or Enter."""

    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setShowGrid(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.doubleClicked.connect(self._open_index)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(index.row())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)

    def current_row(self) -> int | None:
        index = self.currentIndex()
        return index.row() if index.isValid() else None

    def current_key(self) -> str | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        key = self.model().index(index.row(), 0).data(KEY_ROLE)
        return None if key is None else str(key)

    def select_row(self, row: int) -> None:
        index = self.model().index(row, 0)
        self.setCurrentIndex(index)
        self.scrollTo(index)

    def stretch(self, column: int) -> None:
        """Give `column` the width left over (the others keep theirs): no sideways scrolling."""
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def set_widths(self, *widths: int) -> None:
        """Starting widths, each at least its header's (a translated header can be longer)."""
        header = self.horizontalHeader()
        for i, w in enumerate(widths):
            self.setColumnWidth(i, max(w, header.sectionSizeHint(i)))

    def width_for(self, texts: Iterable[str], at_least: int = 0) -> int:
        """A column width that shows each of `texts` whole (the labels a column can hold,
        in the interface's language), and at least `at_least`."""
        metrics = self.fontMetrics()
        return max([at_least, *(metrics.horizontalAdvance(t) + 16 for t in texts)])
