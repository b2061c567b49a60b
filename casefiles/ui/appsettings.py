"""The app's own settings file: window layout, the last case's key, the auto-lock delay.

Never case content, nor names derived from it: a case is remembered by its
short key (`k3`), which says nothing about it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "casefiles"
APPLICATION = "casefiles"
DEFAULT_IDLE_MINUTES = 5


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

    def sync(self) -> None:
        self.q.sync()
