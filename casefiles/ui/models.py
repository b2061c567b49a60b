"""Thin item models: each row is a plain object from a service; columns say how to show it.

Rows arrive as a list from a service call; the view is fed in batches
(`canFetchMore`/`fetchMore`), so a long list opens at once and scrolls smoothly.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column(Generic[T]):
    title: str
    text: Callable[[T], str]
    tooltip: Callable[[T], str] | None = None
    #: A warning colour for the cell when this returns True (a refusal, short notice).
    alert: Callable[[T], bool] | None = None


class TableModel(QAbstractTableModel, Generic[T]):
    """Rows of objects, shown through `Column`s, loaded into the view in batches."""

    BATCH = 200

    def __init__(
        self,
        columns: Sequence[Column[T]],
        key: Callable[[T], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._key = key
        self._rows: list[T] = []
        self._shown = 0

    # -- content ------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._shown = min(len(self._rows), self.BATCH)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row_object(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < self._shown else None

    def key_at(self, row: int) -> str | None:
        obj = self.row_object(row)
        return None if obj is None else self._key(obj)

    def row_of_key(self, key: str) -> int | None:
        """The row holding `key`, loading batches until it is shown."""
        for i, obj in enumerate(self._rows):
            if self._key(obj) == key:
                while self._shown <= i:
                    self.fetchMore(QModelIndex())
                return i
        return None

    @property
    def total(self) -> int:
        return len(self._rows)

    # -- Qt model interface ------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        more = min(self.BATCH, len(self._rows) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self._shown):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        obj = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _one_line(column.text(obj))
        if role == Qt.ItemDataRole.ToolTipRole:
            text = column.tooltip(obj) if column.tooltip else column.text(obj)
            return text or None
        if role == KEY_ROLE:
            return self._key(obj)
        if role == Qt.ItemDataRole.ForegroundRole and column.alert and column.alert(obj):
            return QBrush(QColor("#b3261e"))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _one_line(text: str) -> str:
    first, _, rest = text.partition("\n")
    return first + (" …" if rest.strip() else "")
