"""Clipboard hygiene: what the app put on the clipboard is wiped on lock and exit.

Text copied from the app (Ctrl+C in a field, or `copy_text`) may be a
client's name or a note; left on the clipboard it outlives the lock, and a
clipboard manager may even keep it on disk.  `ClipboardGuard` remembers a
digest of every text the app placed there (never the text itself) and, on
`wipe()`, clears each clipboard (and the X11 selection) that still holds it.
Text another program put there is left alone.

Whether a change came from this process: the platform says so
(`QClipboard.ownsClipboard`, `ownsSelection`) on X11, Wayland and Windows; where the clipboard
lives inside the process (the `offscreen` and `minimal` platforms used by
tests and scripts) every change is ours; elsewhere (macOS) only the text
set through `copy_text` is known to be ours.
"""

from __future__ import annotations

import hashlib
import logging

from PySide6.QtCore import QObject
from PySide6.QtGui import QClipboard, QGuiApplication

log = logging.getLogger(__name__)

#: Platforms whose clipboard no other program can write to.
IN_PROCESS_PLATFORMS = frozenset({"offscreen", "minimal"})


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


class ClipboardGuard(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ours: dict[QClipboard.Mode, bytes] = {}
        self._setting = False
        #: True where no other program can change the clipboard (tests may change it).
        self.in_process = QGuiApplication.platformName() in IN_PROCESS_PLATFORMS
        self.clipboard = QGuiApplication.clipboard()
        self.modes = [QClipboard.Mode.Clipboard]
        if self.clipboard.supportsSelection():
            self.modes.append(QClipboard.Mode.Selection)
        self.clipboard.changed.connect(self._changed)

    def _owns(self, mode: QClipboard.Mode) -> bool:
        if mode == QClipboard.Mode.Selection:
            return self.clipboard.ownsSelection()
        return self.clipboard.ownsClipboard()

    def copy_text(self, text: str) -> None:
        """Put `text` on the clipboard as the app's own (wiped on lock and exit)."""
        self._setting = True
        try:
            self.clipboard.setText(text, QClipboard.Mode.Clipboard)
        finally:
            self._setting = False
        self._ours[QClipboard.Mode.Clipboard] = _digest(text)

    def holds_ours(self, mode: QClipboard.Mode = QClipboard.Mode.Clipboard) -> bool:
        """Whether the clipboard still holds text this app put there."""
        digest = self._ours.get(mode)
        if digest is None:
            return False
        return self._owns(mode) or _digest(self.clipboard.text(mode)) == digest

    def _changed(self, mode: QClipboard.Mode) -> None:
        if mode not in self.modes:
            return
        text = self.clipboard.text(mode)
        if self._setting or self.in_process or self._owns(mode):
            if text:
                self._ours[mode] = _digest(text)
            else:
                self._ours.pop(mode, None)
        elif self._ours.get(mode) != _digest(text):
            self._ours.pop(mode, None)  # another program's text now: not ours to clear

    def wipe(self) -> int:
        """Clear every clipboard that still holds the app's text; how many were cleared."""
        cleared = 0
        for mode in self.modes:
            if self.holds_ours(mode):
                self._setting = True
                try:
                    self.clipboard.clear(mode)
                finally:
                    self._setting = False
                cleared += 1
            self._ours.pop(mode, None)
        if cleared:
            log.info("cleared %d clipboard(s) holding the app's text", cleared)
        return cleared
