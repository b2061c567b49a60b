"""Where a store lives: the one owner of the data directory's layout."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "casefiles"
DATA_DIR_ENV = "CASEFILES_DATA_DIR"


def default_data_dir() -> Path:
    """`CASEFILES_DATA_DIR` when set, else the platform's user data folder."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class StorePaths:
    """The files of one store inside its data directory."""

    root: Path

    @property
    def header(self) -> Path:
        return self.root / "store.header"

    @property
    def log(self) -> Path:
        return self.root / "casefiles.log"

    @property
    def gui_lock(self) -> Path:
        return self.root / "gui.lock"

    @property
    def vault(self) -> Path:
        return self.root / "vault"

    def database(self, name: str) -> Path:
        return self.root / name

    def database_files(self) -> list[Path]:
        """Every database file (and its WAL and SHM) in the folder."""
        return sorted(self.root.glob("store-*.db*"))
