"""What every command gets: the data directory, the streams and a way to open the store."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from casefiles.cli.passphrase import read_passphrase
from casefiles.services.admin import open_store
from casefiles.storage.store import Store


@dataclass
class Context:
    data_dir: Path
    stdout: TextIO
    stderr: TextIO
    _store: Store | None = field(default=None, repr=False)

    def open_store(self, passphrase: str | None = None) -> Store:
        if self._store is None:
            self.check_store()
            self._store = open_store(self.data_dir, passphrase or read_passphrase())
        return self._store

    def check_store(self) -> None:
        """Fails fast on a missing or unreadable store, before asking for a passphrase."""
        from casefiles.storage.paths import StorePaths
        from casefiles.storage.store import read_header

        read_header(StorePaths(self.data_dir))

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def out(self, line: str = "") -> None:
        self.stdout.write(line + "\n")
