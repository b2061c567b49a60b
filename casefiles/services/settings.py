"""Per-store settings kept inside the encrypted store (they may reveal something of the cases)."""

from __future__ import annotations

from typing import Any

from casefiles.storage import models as m
from casefiles.storage.store import Store


def get_setting(store: Store, key: str, default: Any = None) -> Any:
    with store.read() as session:
        row = session.get(m.Setting, key)
        return default if row is None else row.value


def set_setting(store: Store, key: str, value: Any) -> None:
    with store.write() as session:
        row = session.get(m.Setting, key)
        if row is None:
            session.add(m.Setting(key=key, value=value))
        else:
            row.value = value
