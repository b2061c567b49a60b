"""Translation helpers.

`QT_TRANSLATE_NOOP` marks a string for `pyside6-lupdate` where it is defined
(tables of labels) and returns it unchanged; it is translated where it is
shown.  Qt's own version is typed as returning `object`, this one `str`.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    del context
    return text
