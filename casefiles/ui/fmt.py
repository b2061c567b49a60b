"""Dates and date-times as the user's locale writes them."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def qdatetime(value: datetime) -> QDateTime:
    return QDateTime(qdate(value), QTime(value.hour, value.minute, value.second))


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def pydatetime(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def user_locale() -> QLocale | None:
    """The user's locale; None for the bare "C" locale, whose short dates read badly."""
    locale = QLocale()
    return None if locale.name() == "C" else locale


def date_text(value: date | str | None) -> str:
    """A date, a date-time or a partly known date (`YYYY`, `YYYY-MM`) in the user's locale."""
    if value is None:
        return ""
    locale = user_locale()
    if locale is None:
        text = value if isinstance(value, str) else value.isoformat()
        return text.replace("T", " ")[:16]
    if isinstance(value, str):
        parts = value.split("-")
        if len(parts) == 1:
            return value
        if len(parts) == 2:
            return month_text(int(parts[0]), int(parts[1]))
        return locale.toString(
            QDate.fromString(value, "yyyy-MM-dd"), QLocale.FormatType.ShortFormat
        )
    if isinstance(value, datetime):
        return locale.toString(qdatetime(value), QLocale.FormatType.ShortFormat)
    return locale.toString(qdate(value), QLocale.FormatType.ShortFormat)


def month_text(year: int, month: int, *, in_sentence: bool = False) -> str:
    """A month on its own: "October 2025", "Октябрь 2025" (the standalone name, not
    "октября" as inside a date); `in_sentence` keeps the language's own case within a
    sentence ("Заседания за октябрь 2025")."""
    locale = user_locale() or QLocale(QLocale.Language.English)
    name = locale.standaloneMonthName(month, QLocale.FormatType.LongFormat)
    if not in_sentence:
        name = name[:1].upper() + name[1:]
    return f"{name} {year}"


def time_text(value: datetime) -> str:
    if user_locale() is None:
        return value.strftime("%H:%M")
    return QLocale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


def sortable(value: date | str | None) -> str:
    """An ISO string that sorts like the value (for sorting roles)."""
    if value is None:
        return ""
    return value if isinstance(value, str) else value.isoformat()


def size_text(size: int) -> str:
    """A file size as the user's locale writes it: "980 bytes", "398.4 kB", "398,4 кБ"
    (Qt's own words for sizes under a kilobyte have no plural forms: ours do)."""
    if size < 1000:
        return QCoreApplication.translate("Formats", "%n byte(s)", "", size)
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def datetime_text(value: datetime) -> str:
    """A moment (an aware date-time) in local time, as the user's locale writes it."""
    return date_text(value.astimezone().replace(tzinfo=None))
