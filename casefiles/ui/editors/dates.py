"""Dates and times as a lawyer types them, and a line edit with a calendar to type them in.

A date is accepted in the locale's short form (`QLocale.FormatType.ShortFormat`, with a
four-digit year or, where the locale writes two, those two), and as dd.mm.yyyy,
dd/mm/yyyy, ddmmyyyy or yyyy-mm-dd.  What is typed is the date stored: a day that
does not exist is refused, never moved to the nearest one.  Dates are shown back in
the locale's short form with a four-digit year (ISO yyyy-MM-dd in the bare "C"
locale, as `casefiles.ui.fmt` does).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QObject,
    QPoint,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from casefiles.ui import fmt


def _tr(text: str) -> str:
    return QCoreApplication.translate("Fields", text)


#: The date the examples of accepted forms are written with.
SAMPLE = date(2025, 12, 31)

_FIELD = re.compile(r"d+|M+|y+")


def _short_format() -> str:
    locale = fmt.user_locale()
    return "yyyy-MM-dd" if locale is None else locale.dateFormat(QLocale.FormatType.ShortFormat)


def display_format() -> str:
    """The Qt format dates are shown in: the locale's short one with a four-digit year."""
    text = _short_format()
    return text if "yyyy" in text else re.sub(r"y+", "yyyy", text)


def _order_and_separator() -> tuple[str, str]:
    """The locale's order of day, month and year ("dMy", "Mdy", "yMd") and its separator."""
    text = _short_format()
    order = "".join(m.group()[0] for m in _FIELD.finditer(text))
    between = re.search(r"[dMy]+([^dMy]+)[dMy]", text)
    separator = between.group(1).strip() if between else ""
    return order, separator or "."


def date_display(value: date | None) -> str:
    if value is None:
        return ""
    if fmt.user_locale() is None:
        return value.isoformat()
    return QLocale().toString(fmt.qdate(value), display_format())


def examples() -> str:
    """Some accepted forms, as the sample date written in each: the locale's, digits
    only, ISO (short enough for the one line under a field; dd.mm.yyyy and dd/mm/yyyy
    are accepted too)."""
    forms = [date_display(SAMPLE), SAMPLE.strftime("%d%m%Y"), SAMPLE.isoformat()]
    unique = list(dict.fromkeys(forms))
    return ", ".join(unique)


def month_display(year: int, month: int) -> str:
    """A month of a partly known date as it can be typed back: 10.2025 or 10/2025 after
    the locale's separator (ISO 2025-10 in the bare "C" locale)."""
    if fmt.user_locale() is None:
        return f"{year:04d}-{month:02d}"
    return f"{month:02d}{_order_and_separator()[1]}{year:04d}"


def plausible_year(year: int) -> bool:
    return _PLAUSIBLE[0] <= year <= _PLAUSIBLE[1]


def format_error() -> str:
    return _tr("Write the date like {examples}").format(examples=examples())


#: The years a date of a case can fall in; others are typing slips.
_PLAUSIBLE = (1900, 2199)

_SPLIT = re.compile(r"(\d{1,4})\s*([./\- ])\s*(\d{1,2})\s*\2\s*(\d{1,4})")


def parse_date(text: str) -> date:
    """The date `text` names, exactly; ValueError (with a message for the user) otherwise."""
    s = text.strip()
    if re.fullmatch(r"\d{8}", s):
        day, month, year = int(s[:2]), int(s[2:4]), int(s[4:])
        if not _PLAUSIBLE[0] <= year <= _PLAUSIBLE[1]:  # yyyymmdd, then
            year, month, day = int(s[:4]), int(s[4:6]), int(s[6:])
    else:
        m = _SPLIT.fullmatch(s)
        if m is None:
            raise ValueError(format_error())
        first, sep, second, last = m.groups()
        order, locale_sep = _order_and_separator()
        if len(first) == 4 and len(last) <= 2:
            year, month, day = int(first), int(second), int(last)
        elif len(first) <= 2 and len(last) == 4:
            year = int(last)
            month_first = order.startswith("Md") and sep == locale_sep
            month, day = (int(first), int(second)) if month_first else (int(second), int(first))
        elif len(first) <= 2 and len(last) == 2 and "yyyy" not in _short_format():
            # The locale's own short form writes two digits of the year.
            year = 2000 + int(last)
            month_first = order.startswith("Md") and sep == locale_sep
            month, day = (int(first), int(second)) if month_first else (int(second), int(first))
        else:
            raise ValueError(format_error())
    if not _PLAUSIBLE[0] <= year <= _PLAUSIBLE[1]:
        raise ValueError(format_error())
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(
            _tr("There is no such date as {text}: check the day and the month").format(text=s)
        ) from None


def time_display(value: time) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"


_TIME = re.compile(
    r"(\d{1,2})(?:\s*[:.h]\s*(\d{2})|(\d{2}))?\s*(?:([ap])\.?\s*m?\.?)?", re.IGNORECASE
)


def parse_time(text: str) -> time:
    """A time of day typed as 10:00, 10.00, 1000, 10, or 10:00 am; ValueError otherwise."""
    m = _TIME.fullmatch(text.strip())
    if m is None:
        raise ValueError(_tr("Write the time like 10:00"))
    hour = int(m.group(1))
    minute = int(m.group(2) or m.group(3) or 0)
    half = (m.group(4) or "").lower()
    if half:
        if not 1 <= hour <= 12:
            raise ValueError(_tr("Write the time like 10:00"))
        hour = hour % 12 + (12 if half == "p" else 0)
    if hour > 23 or minute > 59:
        raise ValueError(_tr("Write the time like 10:00"))
    return time(hour, minute)


def _calendar_icon() -> QIcon:
    """A small drawn calendar (no icon theme is needed)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    ink = QColor("#555555")
    painter.setPen(QPen(ink, 1))
    painter.drawRect(QRect(1, 2, 13, 12))
    painter.fillRect(QRect(1, 2, 14, 4), ink)
    for row in range(2):
        for col in range(3):
            painter.fillRect(QRect(3 + col * 4, 8 + row * 3, 2, 2), ink)
    painter.end()
    return QIcon(pixmap)


class DateInput(QWidget):
    """A line to type a date in, and a button (or F4) that opens a calendar to pick it."""

    text_changed = Signal()

    def __init__(self, placeholder: str | None = None) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.line = QLineEdit()
        self.line.setPlaceholderText(
            placeholder
            if placeholder is not None
            else _tr("e.g. {example}").format(example=date_display(SAMPLE))
        )
        self.line.setToolTip(
            _tr("Type the date like {examples}, or pick it on the calendar (F4)").format(
                examples=examples()
            )
        )
        width = self.line.fontMetrics().horizontalAdvance("0000000000000") + 16
        self.line.setMinimumWidth(width)
        self.line.setMaximumWidth(width * 2)
        self.button = QToolButton()
        self.button.setIcon(_calendar_icon())
        self.button.setToolTip(_tr("Pick the date on a calendar (F4)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.line)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.setFocusProxy(self.line)
        #: The date the calendar opens on while the line holds no date.
        self.suggest: Callable[[], date | None] | None = None
        #: Parses what is typed, for the calendar to open on it.
        self.parse: Callable[[str], date | None] = _date_or_none
        self._menu: QMenu | None = None
        self._calendar: QCalendarWidget | None = None
        self.button.clicked.connect(self.open_calendar)
        self.line.installEventFilter(self)
        self.line.textChanged.connect(self.text_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """F4 or Alt+Down in the line opens the calendar, as in a drop-down list."""
        if watched is self.line and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
            if event.key() == Qt.Key.Key_F4 or (event.key() == Qt.Key.Key_Down and alt):
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    def _make_calendar(self) -> tuple[QMenu, QCalendarWidget]:
        """The pop-up calendar, made when first asked for (a form has many date fields)."""
        if self._menu is None or self._calendar is None:
            self._menu = QMenu(self)
            self._calendar = QCalendarWidget()
            self._calendar.setGridVisible(True)
            action = QWidgetAction(self._menu)
            action.setDefaultWidget(self._calendar)
            self._menu.addAction(action)
            self._calendar.clicked.connect(self._picked)
            self._calendar.activated.connect(self._picked)
        return self._menu, self._calendar

    @property
    def menu(self) -> QMenu:
        return self._make_calendar()[0]

    @property
    def calendar(self) -> QCalendarWidget:
        return self._make_calendar()[1]

    def text(self) -> str:
        return self.line.text()

    def set_text(self, text: str) -> None:
        self.line.setText(text)

    def open_calendar(self) -> None:
        shown = self.parse(self.line.text())
        if shown is None and self.suggest is not None:
            shown = self.suggest()
        self.calendar.setSelectedDate(fmt.qdate(shown or date.today()))
        self.menu.popup(self.button.mapToGlobal(QPoint(0, self.button.height())))

    def _picked(self, picked: QDate) -> None:
        self.menu.close()
        self.line.setText(date_display(fmt.pydate(picked)))
        self.line.setFocus()


def _date_or_none(text: str) -> date | None:
    try:
        return parse_date(text)
    except ValueError:
        return None
