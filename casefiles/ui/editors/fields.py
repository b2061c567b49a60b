"""One adapter per kind of form field: a widget, its domain value, its raw (draft) state.

`value()` gives the domain value or raises `FieldError` with a message for
the user; `raw()`/`set_raw()` carry what is typed, valid or not, into a
draft and back.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casefiles.domain import records as d
from casefiles.domain.dates import is_partial_date, parse_date_or_datetime
from casefiles.ui import fmt
from casefiles.ui.editors import dates
from casefiles.ui.labels import label, standard_title


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Fields", text, "", n)


class FieldError(ValueError):
    """What is wrong with a field's content, for the user."""


class Adapter(QObject):
    changed = Signal()

    widget: QWidget

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def raw(self) -> Any:
        raise NotImplementedError

    def set_raw(self, raw: Any) -> None:
        raise NotImplementedError


class TextAdapter(Adapter):
    def __init__(self, placeholder: str = "") -> None:
        super().__init__()
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.textChanged.connect(self.changed)
        self.widget = self.edit

    def value(self) -> str | None:
        text = self.edit.text().strip()
        return text or None

    def set_value(self, value: Any) -> None:
        self.edit.setText(value or "")

    def raw(self) -> str:
        return self.edit.text()

    def set_raw(self, raw: Any) -> None:
        self.edit.setText(str(raw or ""))


class MultiLineAdapter(Adapter):
    def __init__(self, placeholder: str = "", lines: int = 3) -> None:
        super().__init__()
        self.edit = QPlainTextEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setTabChangesFocus(True)
        height = self.edit.fontMetrics().lineSpacing() * lines + 14
        self.edit.setMinimumHeight(height)
        self.edit.setMaximumHeight(height * 2)
        self.edit.textChanged.connect(self.changed)
        self.widget = self.edit

    def value(self) -> str | None:
        text = self.edit.toPlainText().strip()
        return text or None

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText(value or "")

    def raw(self) -> str:
        return self.edit.toPlainText()

    def set_raw(self, raw: Any) -> None:
        self.edit.setPlainText(str(raw or ""))


class DateAdapter(Adapter):
    """An optional date, typed or picked on a calendar; empty while it is not known."""

    def __init__(self) -> None:
        super().__init__()
        self.input = dates.DateInput()
        self.input.line.setToolTip(
            _tr(
                "Type the date like {examples}, or pick it on the calendar (F4); "
                "leave it empty while it is not known"
            ).format(examples=dates.examples())
        )
        self.input.text_changed.connect(self.changed)
        self.input.line.editingFinished.connect(self._tidy)
        self.widget = self.input

    @property
    def suggest(self) -> Callable[[], date | None] | None:
        """The date the calendar opens on while the field is empty."""
        return self.input.suggest

    @suggest.setter
    def suggest(self, value: Callable[[], date | None] | None) -> None:
        self.input.suggest = value

    def _tidy(self) -> None:
        """A valid date typed in any accepted form is shown back in the locale's form."""
        try:
            value = self.value()
        except FieldError:
            return
        if value is not None:
            self.input.set_text(dates.date_display(value))

    def value(self) -> date | None:
        text = self.input.text().strip()
        if not text:
            return None
        try:
            return dates.parse_date(text)
        except ValueError as err:
            raise FieldError(str(err)) from None

    def set_value(self, value: Any) -> None:
        self.input.set_text(dates.date_display(value))

    def raw(self) -> str | None:
        """ISO for a date, None when empty, what is typed when it is not a date yet."""
        try:
            value = self.value()
        except FieldError:
            return self.input.text()
        return None if value is None else value.isoformat()

    def set_raw(self, raw: Any) -> None:
        if not raw:
            self.set_value(None)
            return
        try:
            self.set_value(date.fromisoformat(str(raw)))
        except ValueError:
            self.input.set_text(str(raw))


class DateTimeAdapter(Adapter):
    """A required local date-time (a hearing's start): a typed date and a typed time."""

    def __init__(self) -> None:
        super().__init__()
        self.widget = QWidget()
        layout = QHBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        self.input = dates.DateInput()
        self.time = QLineEdit()
        self.time.setPlaceholderText("10:00")
        self.time.setToolTip(_tr("Type the time like 10:00"))
        self.time.setMaximumWidth(self.time.fontMetrics().horizontalAdvance("00:00 am") + 20)
        layout.addWidget(self.input)
        layout.addWidget(QLabel(_tr("at")))
        layout.addWidget(self.time)
        layout.addStretch(1)
        self.widget.setFocusProxy(self.input)
        self.input.text_changed.connect(self.changed)
        self.time.textChanged.connect(self.changed)
        self.input.line.editingFinished.connect(self._tidy)
        self.time.editingFinished.connect(self._tidy)
        self.set_value(datetime.combine(date.today(), time(10, 0)))

    def _tidy(self) -> None:
        try:
            value = self.value()
        except FieldError:
            return
        if value is not None:
            self.set_value(value)

    def value(self) -> datetime | None:
        text = self.input.text().strip()
        if not text:
            return None
        try:
            day = dates.parse_date(text)
            at = dates.parse_time(self.time.text())
        except ValueError as err:
            raise FieldError(str(err)) from None
        return datetime.combine(day, at)

    def set_value(self, value: Any) -> None:
        if value is None:
            self.input.set_text("")
            self.time.setText("")
            return
        self.input.set_text(dates.date_display(value.date()))
        self.time.setText(dates.time_display(value.time()))

    def raw(self) -> str | list[str] | None:
        """ISO for a date-time; [date, time] as typed when they do not make one yet."""
        try:
            value = self.value()
        except FieldError:
            return [self.input.text(), self.time.text()]
        return None if value is None else value.isoformat()

    def set_raw(self, raw: Any) -> None:
        if isinstance(raw, list | tuple) and len(raw) == 2:
            self.input.set_text(str(raw[0]))
            self.time.setText(str(raw[1]))
            return
        self.set_value(datetime.fromisoformat(raw) if raw else None)


class PartialDateAdapter(Adapter):
    """A date that may be partly known: a year, a month of a year, or a full date."""

    def __init__(self) -> None:
        super().__init__()
        self.input = dates.DateInput(
            placeholder=_tr("e.g. {example}, or 2025-12, or 2025").format(
                example=dates.date_display(dates.SAMPLE)
            )
        )
        self.input.line.setMaxLength(12)
        line = self.input.line
        width = line.fontMetrics().horizontalAdvance(line.placeholderText()) + 24
        line.setMinimumWidth(width)
        line.setMaximumWidth(width)
        self.input.line.setToolTip(
            _tr(
                "Type the date like {examples}; when only the month or the year is known, "
                "write YYYY-MM or YYYY"
            ).format(examples=dates.examples())
        )
        self.input.parse = self._full_date
        self.input.text_changed.connect(self.changed)
        self.input.line.editingFinished.connect(self._tidy)
        self.widget = self.input

    @staticmethod
    def _full_date(text: str) -> date | None:
        try:
            return dates.parse_date(text)
        except ValueError:
            return None

    def _tidy(self) -> None:
        try:
            value = self.value()
        except FieldError:
            return
        self.set_value(value)

    def value(self) -> str | None:
        text = self.input.text().strip()
        if not text:
            return None
        month = re.fullmatch(r"(\d{1,2})\s*[./]\s*(\d{4})", text)
        if month is not None and 1 <= int(month.group(1)) <= 12:
            text = f"{month.group(2)}-{int(month.group(1)):02d}"
        if is_partial_date(text) and len(text) < 10:
            if not dates.plausible_year(int(text[:4])):
                raise FieldError(
                    _tr("{year} is not a year of this case: check the digits").format(year=text[:4])
                )
            return text
        try:
            return dates.parse_date(text).isoformat()
        except ValueError as err:
            if str(err) != dates.format_error():  # a form we know, but no such day
                raise FieldError(str(err)) from None
            raise FieldError(
                _tr(
                    "Write the date like {examples}, or {month} or {year} when only the "
                    "month or the year is known"
                ).format(
                    examples=dates.examples(),
                    month=dates.month_display(dates.SAMPLE.year, dates.SAMPLE.month),
                    year=dates.SAMPLE.year,
                )
            ) from None

    def set_value(self, value: Any) -> None:
        text = value or ""
        if len(text) == 10:
            text = dates.date_display(date.fromisoformat(text))
        elif len(text) == 7:
            text = dates.month_display(int(text[:4]), int(text[5:]))
        self.input.set_text(text)

    def raw(self) -> str:
        try:
            value = self.value()
        except FieldError:
            return self.input.text()
        return value or ""

    def set_raw(self, raw: Any) -> None:
        text = str(raw or "")
        if is_partial_date(text):
            self.set_value(text)
        else:
            self.input.set_text(text)


class EnumAdapter(Adapter):
    """A choice among an enumeration's human labels; optional ones start with "not set"."""

    def __init__(self, enum_type: type[Enum], optional: bool) -> None:
        super().__init__()
        self.enum_type = enum_type
        self.combo = QComboBox()
        if optional:
            self.combo.addItem(_tr("(not set)"), None)
        for member in enum_type:
            self.combo.addItem(label(member), member.value)
        self.combo.currentIndexChanged.connect(self.changed)
        self.widget = self.combo

    def value(self) -> Enum | None:
        data = self.combo.currentData()
        return None if data is None else self.enum_type(data)

    def set_value(self, value: Any) -> None:
        self.set_raw(None if value is None else value.value)

    def raw(self) -> str | None:
        data = self.combo.currentData()
        return None if data is None else str(data)

    def set_raw(self, raw: Any) -> None:
        i = self.combo.findData(raw)
        self.combo.setCurrentIndex(max(i, 0))


class IntAdapter(Adapter):
    def __init__(self, minimum: int = 0, maximum: int = 365, suffix: str = "") -> None:
        super().__init__()
        self.spin = QSpinBox()
        self.spin.setRange(minimum, maximum)
        self.spin.setSuffix(suffix)
        self.spin.valueChanged.connect(self.changed)
        self.widget = self.spin

    def value(self) -> int:
        return int(self.spin.value())

    def set_value(self, value: Any) -> None:
        self.spin.setValue(int(value))

    def raw(self) -> int:
        return self.value()

    def set_raw(self, raw: Any) -> None:
        self.spin.setValue(int(raw))


class StandardsAdapter(Adapter):
    """Standards ticked from the catalogue, each shown with its title."""

    def __init__(self, catalogue: dict[str, d.Standard]) -> None:
        super().__init__()
        self.list = QListWidget()
        self.list.setMinimumHeight(90)
        self.list.setMaximumHeight(150)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for code, std in catalogue.items():
            item = QListWidgetItem(standard_title(std))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setToolTip(code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        self.widget = self.list

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def value(self) -> list[str]:
        return [
            str(i.data(Qt.ItemDataRole.UserRole))
            for i in self._items()
            if i.checkState() == Qt.CheckState.Checked
        ]

    def set_value(self, value: Any) -> None:
        wanted = set(value or [])
        for item in self._items():
            code = item.data(Qt.ItemDataRole.UserRole)
            item.setCheckState(Qt.CheckState.Checked if code in wanted else Qt.CheckState.Unchecked)

    def raw(self) -> list[str]:
        return self.value()

    def set_raw(self, raw: Any) -> None:
        self.set_value(raw)


class HearingAdapter(Adapter):
    """A hearing of the same case, or none."""

    def __init__(self, hearings: list[d.Hearing]) -> None:
        super().__init__()
        self.combo = QComboBox()
        self.combo.addItem(_tr("(no hearing)"), None)
        for h in sorted(hearings, key=lambda h: h.starts_at):
            text = fmt.date_text(h.starts_at)
            if h.purpose:
                text += f" — {h.purpose}"
            self.combo.addItem(text, h.key)
        self.combo.currentIndexChanged.connect(self.changed)
        self.widget = self.combo

    def value(self) -> str | None:
        data = self.combo.currentData()
        return None if data is None else str(data)

    def set_value(self, value: Any) -> None:
        self.combo.setCurrentIndex(max(self.combo.findData(value), 0))

    def raw(self) -> str | None:
        return self.value()

    def set_raw(self, raw: Any) -> None:
        self.set_value(raw)


class _RowsTable(QWidget):
    """A small editable table with Add and Remove buttons."""

    def __init__(self, headers: list[str], add_text: str, remove_text: str) -> None:
        super().__init__()
        layout = self.main_layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(110)
        self.table.setTabKeyNavigation(False)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add = QPushButton(add_text)
        self.remove = QPushButton(remove_text)
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.remove.clicked.connect(self._remove_current)

    def _remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)


class CustodyAdapter(Adapter):
    """The chain of custody: one row per step (date or date-time, action, from, to, note)."""

    _FIELDS = ("on", "action", "from_", "to", "note")

    def __init__(self) -> None:
        super().__init__()
        self.box = _RowsTable(
            [
                _tr("Date [time]"),
                _tr("Action"),
                _tr("From"),
                _tr("To"),
                _tr("Note"),
            ],
            _tr("Add step"),
            _tr("Remove step"),
        )
        # The date keeps its width; the four texts share the rest, so no column (and no
        # translated header) runs off to the right behind a scroll bar.
        table = self.box.table
        table.setColumnWidth(0, 130)
        for column in range(1, len(self._FIELDS)):
            table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header_item = self.box.table.horizontalHeaderItem(0)
        if header_item is not None:
            header_item.setToolTip(
                _tr("The date like {examples}, and the time when known: {example} 10:00").format(
                    examples=dates.examples(), example=dates.date_display(dates.SAMPLE)
                )
            )
        self.box.add.clicked.connect(self._add_step)
        self.box.remove.clicked.connect(self.changed)
        self.box.table.itemChanged.connect(lambda _i: self.changed.emit())
        self.widget = self.box
        #: The date a new step starts from (the exhibit's "Obtained on"); today without one.
        self.first_date: Callable[[], date | None] | None = None

    def _add_step(self) -> None:
        start = self.first_date() if self.first_date is not None else None
        self._append([dates.date_display(start or date.today()), "", "", "", ""])
        self.box.table.setCurrentCell(self.box.table.rowCount() - 1, 1)
        self.changed.emit()

    def _append(self, cells: list[str]) -> None:
        table = self.box.table
        row = table.rowCount()
        table.insertRow(row)
        for col, text in enumerate(cells):
            table.setItem(row, col, QTableWidgetItem(text))

    def _cells(self) -> list[list[str]]:
        table = self.box.table
        out = []
        for row in range(table.rowCount()):
            cells = []
            for col in range(len(self._FIELDS)):
                item = table.item(row, col)
                cells.append(item.text() if item is not None else "")
            out.append(cells)
        return out

    def value(self) -> list[d.CustodyStep]:
        steps = []
        for n, (on, action, from_, to, note) in enumerate(self._cells(), start=1):
            try:
                when = _custody_when(on)
            except ValueError as err:
                # The date's own problem (no such day, a bad time), else how to write it.
                problem = str(err) if str(err) != on.strip() else dates.format_error()
                raise FieldError(
                    _tr("Step {n}: {problem}").format(
                        n=n, problem=problem[:1].lower() + problem[1:]
                    )
                ) from None
            if not action.strip():
                raise FieldError(_tr("Step {n}: say what happened (the action)").format(n=n))
            steps.append(
                d.CustodyStep(
                    when,
                    action.strip(),
                    from_.strip() or None,
                    to.strip() or None,
                    note.strip() or None,
                )
            )
        return steps

    def set_value(self, value: Any) -> None:
        self.box.table.setRowCount(0)
        for s in value or []:
            on = dates.date_display(s.on.date() if isinstance(s.on, datetime) else s.on)
            if isinstance(s.on, datetime):
                on += " " + dates.time_display(s.on.time())
            self._append([on, s.action, s.from_ or "", s.to or "", s.note or ""])

    def raw(self) -> list[list[str]]:
        return self._cells()

    def set_raw(self, raw: Any) -> None:
        self.box.table.setRowCount(0)
        for cells in raw or []:
            self._append([str(c) for c in cells])


def _custody_when(text: str) -> date | datetime:
    """A custody step's date, with its time when given: ISO, or a typed date then HH:MM."""
    text = text.strip()
    try:
        return parse_date_or_datetime(text.replace(" ", "T", 1))
    except ValueError:
        pass
    m = re.fullmatch(r"(.+?)(?:[\sT,]+(\d{1,2}[:.]\d{2}))?", text)
    if m is None:
        raise ValueError(text)
    day = dates.parse_date(m.group(1))
    return datetime.combine(day, dates.parse_time(m.group(2))) if m.group(2) else day


class CaseClientsAdapter(Adapter):
    """The case's clients (chosen among existing clients) with their roles."""

    def __init__(self, clients: list[tuple[str, str]]) -> None:
        super().__init__()
        self.clients = clients
        self.box = _RowsTable(
            [_tr("Client"), _tr("Role in the case")],
            _tr("Add client"),
            _tr("Remove client"),
        )
        self.box.table.setColumnWidth(0, 260)
        self.box.add.clicked.connect(lambda: self._append(None, ""))
        self.box.add.clicked.connect(self.changed)
        self.box.remove.clicked.connect(self.changed)
        self.box.table.itemChanged.connect(lambda _i: self.changed.emit())
        self.box.add.setEnabled(bool(clients))
        if not clients:
            hint = QLabel(_tr("No clients yet: add them in the Clients view (Ctrl+3), then here."))
            hint.setWordWrap(True)
            hint.setStyleSheet("color: palette(mid);")
            self.box.main_layout.addWidget(hint)
        self.widget = self.box

    def _append(self, client_key: str | None, role: str) -> None:
        table = self.box.table
        row = table.rowCount()
        table.insertRow(row)
        combo = QComboBox()
        for key, name in self.clients:
            combo.addItem(name, key)
            combo.setItemData(combo.count() - 1, name, Qt.ItemDataRole.ToolTipRole)
        _fit_popup(combo)
        if client_key is not None:
            combo.setCurrentIndex(max(combo.findData(client_key), 0))
        combo.setToolTip(combo.currentText())
        combo.currentTextChanged.connect(combo.setToolTip)
        combo.currentIndexChanged.connect(self.changed)
        table.setCellWidget(row, 0, combo)
        table.setItem(row, 1, QTableWidgetItem(role))

    def _pairs(self) -> list[tuple[str, str]]:
        table = self.box.table
        out = []
        for row in range(table.rowCount()):
            combo = table.cellWidget(row, 0)
            key = combo.currentData() if isinstance(combo, QComboBox) else None
            item = table.item(row, 1)
            if key is not None:
                out.append((str(key), item.text() if item is not None else ""))
        return out

    def value(self) -> list[d.CaseClient]:
        pairs = self._pairs()
        keys = [k for k, _ in pairs]
        if len(set(keys)) != len(keys):
            raise FieldError(_tr("Each client appears once; remove the repeated row"))
        return [d.CaseClient(k, role.strip() or None) for k, role in pairs]

    def set_value(self, value: Any) -> None:
        self.box.table.setRowCount(0)
        for link in value or []:
            self._append(link.client, link.role or "")

    def raw(self) -> list[list[str]]:
        return [[k, r] for k, r in self._pairs()]

    def set_raw(self, raw: Any) -> None:
        self.box.table.setRowCount(0)
        for key, role in raw or []:
            self._append(str(key), str(role))


def _fit_popup(combo: QComboBox, limit: int = 900) -> None:
    """The list that drops down is as wide as its longest name (up to `limit` pixels), while
    the box itself keeps the width of its column."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    view = combo.view()
    metrics = view.fontMetrics()
    longest = max(
        (metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=0
    )
    extra = view.verticalScrollBar().sizeHint().width() + 2 * view.frameWidth() + 24
    view.setMinimumWidth(min(longest + extra, limit))
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
