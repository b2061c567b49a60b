"""The app's own settings file: window layout, the last case's key, the auto-lock delay,
automatic backups, the interface language.

Never case content, nor names derived from it: a case is remembered by its
short key (`k3`), which says nothing about it.  The backup settings are a
folder, a schedule, a count, the time of the last backup and, at most, the
reason a scheduled backup was skipped (a fixed sentence, never case data).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "casefiles"
APPLICATION = "casefiles"
DEFAULT_IDLE_MINUTES = 5
DEFAULT_BACKUP_HOURS = 24
DEFAULT_BACKUP_KEEP = 10
MAX_BACKUP_HOURS = 24 * 7
MAX_BACKUP_KEEP = 100
#: The interface languages the app is translated into; "" (not set) follows the system.
LANGUAGES = ("en", "ru")


def _bool(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes")
    return bool(value)


def _int(value: Any, default: int, low: int, high: int) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return default
    return max(low, min(number, high))


class AppSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self.q = settings or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
        )

    def _get(self, key: str, default: Any) -> Any:
        value = self.q.value(key, default)
        return default if value is None else value

    @property
    def geometry(self) -> QByteArray | None:
        value = self.q.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self.q.setValue("window/geometry", value)

    @property
    def splitter(self) -> QByteArray | None:
        value = self.q.value("window/splitter")
        return value if isinstance(value, QByteArray) else None

    @splitter.setter
    def splitter(self, value: QByteArray) -> None:
        self.q.setValue("window/splitter", value)

    @property
    def last_case_key(self) -> str | None:
        value = self.q.value("session/last_case_key")
        return str(value) if value else None

    @last_case_key.setter
    def last_case_key(self, key: str | None) -> None:
        if key:
            self.q.setValue("session/last_case_key", key)
        else:
            self.q.remove("session/last_case_key")

    @property
    def idle_minutes(self) -> int:
        try:
            minutes = int(self._get("lock/idle_minutes", DEFAULT_IDLE_MINUTES))
        except (TypeError, ValueError):
            return DEFAULT_IDLE_MINUTES
        return max(0, min(minutes, 240))

    @idle_minutes.setter
    def idle_minutes(self, minutes: int) -> None:
        self.q.setValue("lock/idle_minutes", int(minutes))

    @property
    def language(self) -> str:
        """The interface language chosen in Preferences ("en", "ru"); "" for the system's."""
        value = str(self._get("ui/language", "")).strip().lower()
        return value if value in LANGUAGES else ""

    @language.setter
    def language(self, code: str) -> None:
        if code in LANGUAGES:
            self.q.setValue("ui/language", code)
        else:
            self.q.remove("ui/language")

    # -- automatic backups ---------------------------------------------------------------

    @property
    def backup_enabled(self) -> bool:
        return _bool(self._get("backup/enabled", False))

    @backup_enabled.setter
    def backup_enabled(self, on: bool) -> None:
        self.q.setValue("backup/enabled", bool(on))

    @property
    def backup_folder(self) -> str | None:
        value = self.q.value("backup/folder")
        return str(value) if value else None

    @backup_folder.setter
    def backup_folder(self, folder: str | None) -> None:
        if folder:
            self.q.setValue("backup/folder", str(folder))
        else:
            self.q.remove("backup/folder")

    @property
    def backup_on_exit(self) -> bool:
        return _bool(self._get("backup/on_exit", True))

    @backup_on_exit.setter
    def backup_on_exit(self, on: bool) -> None:
        self.q.setValue("backup/on_exit", bool(on))

    @property
    def backup_every_hours(self) -> int:
        """Hours between scheduled backups; 0: only on exit."""
        return _int(
            self._get("backup/every_hours", DEFAULT_BACKUP_HOURS),
            DEFAULT_BACKUP_HOURS,
            0,
            MAX_BACKUP_HOURS,
        )

    @backup_every_hours.setter
    def backup_every_hours(self, hours: int) -> None:
        self.q.setValue("backup/every_hours", int(hours))

    @property
    def backup_keep(self) -> int:
        return _int(
            self._get("backup/keep", DEFAULT_BACKUP_KEEP), DEFAULT_BACKUP_KEEP, 1, MAX_BACKUP_KEEP
        )

    @backup_keep.setter
    def backup_keep(self, keep: int) -> None:
        self.q.setValue("backup/keep", int(keep))

    @property
    def backup_last(self) -> datetime | None:
        """When the last automatic or manual backup was written (UTC)."""
        value = self.q.value("backup/last")
        if not value:
            return None
        try:
            when = datetime.fromisoformat(str(value))
        except ValueError:
            return None
        return when if when.tzinfo else when.replace(tzinfo=UTC)

    @backup_last.setter
    def backup_last(self, when: datetime | None) -> None:
        if when is None:
            self.q.remove("backup/last")
        else:
            self.q.setValue("backup/last", when.astimezone(UTC).isoformat(timespec="seconds"))

    @property
    def backup_notice(self) -> str | None:
        """Why a scheduled backup was skipped, to say at the next unlock (no case data)."""
        value = self.q.value("backup/notice")
        return str(value) if value else None

    @backup_notice.setter
    def backup_notice(self, text: str | None) -> None:
        if text:
            self.q.setValue("backup/notice", text)
        else:
            self.q.remove("backup/notice")

    def sync(self) -> None:
        self.q.sync()
