"""Dates as the interchange format writes them, and partly known dates."""

from __future__ import annotations

import re
from datetime import date, datetime

_PARTIAL = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")


def format_datetime(value: datetime) -> str:
    """`YYYY-MM-DDTHH:MM`, with `:SS` only when the seconds are not zero."""
    if value.second:
        return value.strftime("%Y-%m-%dT%H:%M:%S")
    return value.strftime("%Y-%m-%dT%H:%M")


def format_date_or_datetime(value: date) -> str:
    if isinstance(value, datetime):
        return format_datetime(value)
    return value.isoformat()


def parse_datetime(text: str) -> datetime:
    """A local court date-time, `YYYY-MM-DDTHH:MM[:SS]`; raises ValueError."""
    if len(text) not in (16, 19) or text[10] != "T":
        raise ValueError(text)
    return datetime.fromisoformat(text)


def parse_date(text: str) -> date:
    if len(text) != 10:
        raise ValueError(text)
    return date.fromisoformat(text)


def parse_date_or_datetime(text: str) -> date:
    return parse_datetime(text) if "T" in text else parse_date(text)


def is_partial_date(text: str) -> bool:
    """True for a valid `YYYY`, `YYYY-MM` or `YYYY-MM-DD`."""
    m = _PARTIAL.fullmatch(text)
    if not m:
        return False
    year, month, day = m.groups()
    if month is None:
        return True
    if not 1 <= int(month) <= 12:
        return False
    if day is None:
        return True
    try:
        date(int(year), int(month), int(day))
    except ValueError:
        return False
    return True


def partial_date_sort_key(text: str) -> tuple[int, int, int, int]:
    """Sort a partly known date before the fully known days it spans.

    `2024-04` sorts with the start of April, before `2024-04-01`, so the
    chronology reads "in April ... then on 1 April ...".
    """
    m = _PARTIAL.fullmatch(text)
    if not m:
        return (9999, 99, 99, 9)
    year, month, day = m.groups()
    precision = 2 if day else (1 if month else 0)
    return (int(year), int(month or 0), int(day or 0), precision)


def sort_key(value: date | str | None) -> tuple[int, int, int, int, int, int]:
    """One ordering for full dates, date-times and partly known dates; unknown last."""
    if value is None:
        return (9999, 99, 99, 9, 99, 99)
    if isinstance(value, str):
        y, mth, d, p = partial_date_sort_key(value)
        return (y, mth, d, p, 0, 0)
    if isinstance(value, datetime):
        return (value.year, value.month, value.day, 2, value.hour, value.minute)
    return (value.year, value.month, value.day, 2, 0, 0)
