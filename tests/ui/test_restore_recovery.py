"""A restore from the app cut short (power cut, kill) is settled at the next start.

The data folder is never moved while the backup is read: the backup is
restored into a work folder beside it, then swapped in with two renames.  A
crash in a child process (`os._exit`) at each step, then
`recover_interrupted_restore` as the app runs it at start: the data folder is
whole (the app's log kept), the restore finished or not begun, no leftovers.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from casefiles.backup import BackupKey, create_backup, restore_folder
from casefiles.services.logs import LOG_NAME
from casefiles.storage.paths import StorePaths
from casefiles.storage.store import Store
from casefiles.ui import app as app_module
from casefiles.ui import backup_ops
from tests.conftest import ROOT
from tests.factories import PASSPHRASE, make_store

OLD_LOG = "months of log\n"


@pytest.fixture(scope="module")
def backup_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("source")
    store = make_store(root / "store")
    try:
        target = root / "monday.tar"
        create_backup(store, target, BackupKey.generate(PASSPHRASE))
    finally:
        store.close()
    return target


def _log_only_data_dir(data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    (data_dir / LOG_NAME).write_text(OLD_LOG)


def _restore_and_die(backup: Path, data_dir: Path, patch: str) -> None:
    """`restore_into` in a child process that is killed (os._exit) where `patch` says."""
    script = "\n".join(
        [
            "import os, sys",
            "from pathlib import Path",
            "from casefiles.backup import archive",
            "from casefiles.ui import backup_ops as bo",
            patch,
            "bo.restore_into(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3],",
            "                lambda *a: None, lambda: False)",
            "print('not killed')",
        ]
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-c", script, str(backup), str(data_dir), PASSPHRASE],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 9, proc.stdout + proc.stderr


def _siblings(data_dir: Path) -> list[str]:
    return sorted(p.name for p in data_dir.parent.iterdir() if p.name != "config")


DIE_WHILE_STAGING = """
def dying(*a, **k):
    os._exit(9)
archive._move_into_place = dying
"""

DIE_BETWEEN_THE_RENAMES = """
real = os.replace
calls = []
def replace(src, dst):
    calls.append(src)
    if Path(dst).name == Path(sys.argv[2]).name and len(calls) > 1:
        os._exit(9)
    return real(src, dst)
os.replace = replace
"""


def test_killed_while_the_backup_is_read_leaves_the_data_folder_in_place(
    backup_file: Path, data_dir: Path
) -> None:
    _log_only_data_dir(data_dir)
    _restore_and_die(backup_file, data_dir, DIE_WHILE_STAGING)
    assert (data_dir / LOG_NAME).read_text() == OLD_LOG  # never moved
    assert any(".restore-" in n for n in _siblings(data_dir))  # the staged files
    assert restore_folder.recover_interrupted_restore(data_dir) == ["staging removed"]
    assert _siblings(data_dir) == [data_dir.name]
    assert sorted(p.name for p in data_dir.iterdir()) == [LOG_NAME]
    assert (data_dir / LOG_NAME).read_text() == OLD_LOG


def test_killed_while_restoring_into_a_new_folder_leaves_nothing(
    backup_file: Path, data_dir: Path
) -> None:
    data_dir.parent.mkdir(exist_ok=True)
    _restore_and_die(backup_file, data_dir, DIE_WHILE_STAGING)
    assert restore_folder.recover_interrupted_restore(data_dir) == ["staging removed"]
    assert data_dir.name not in _siblings(data_dir)
    assert not [n for n in _siblings(data_dir) if data_dir.name in n]


def test_killed_between_the_renames_the_restore_is_finished_with_the_log(
    backup_file: Path, data_dir: Path
) -> None:
    _log_only_data_dir(data_dir)
    _restore_and_die(backup_file, data_dir, DIE_BETWEEN_THE_RENAMES)
    assert not data_dir.exists()  # set aside, the restored folder not yet in its place
    assert restore_folder.recover_interrupted_restore(data_dir) == ["restore finished"]
    assert _siblings(data_dir) == [data_dir.name]
    assert StorePaths(data_dir).header.is_file()
    assert (data_dir / LOG_NAME).read_text() == OLD_LOG
    Store.open(data_dir, PASSPHRASE).close()


def test_a_folder_set_aside_by_an_older_version_is_put_back(data_dir: Path) -> None:
    data_dir.parent.mkdir(exist_ok=True)
    kept = data_dir.parent / f".{data_dir.name}.aside-x1y2" / "folder"
    kept.mkdir(parents=True)
    (kept / LOG_NAME).write_text(OLD_LOG)
    assert restore_folder.recover_interrupted_restore(data_dir) == ["data folder put back"]
    assert _siblings(data_dir) == [data_dir.name]
    assert (data_dir / LOG_NAME).read_text() == OLD_LOG


def test_a_restore_that_fails_midway_puts_everything_back(
    backup_file: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _log_only_data_dir(data_dir)
    real = os.replace
    failed: list[Any] = []

    def failing(src: Any, dst: Any) -> None:
        if Path(dst) == data_dir.absolute() and not failed:  # the restored folder into place
            failed.append(src)
            raise OSError(5, "Input/output error")
        real(src, dst)

    monkeypatch.setattr(restore_folder.os, "replace", failing)
    with pytest.raises(OSError, match="Input/output"):
        backup_ops.restore_into(backup_file, data_dir, PASSPHRASE, lambda *a: None, lambda: False)
    monkeypatch.undo()
    assert failed and Path(failed[0]).name == "restored"
    assert _siblings(data_dir) == [data_dir.name]
    assert sorted(p.name for p in data_dir.iterdir()) == [LOG_NAME]
    assert (data_dir / LOG_NAME).read_text() == OLD_LOG


class _Stop(Exception):
    pass


def test_the_app_settles_an_interrupted_restore_before_its_log_opens(
    backup_file: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch, qapp: Any
) -> None:
    _log_only_data_dir(data_dir)
    _restore_and_die(backup_file, data_dir, DIE_BETWEEN_THE_RENAMES)
    seen: list[list[str]] = []

    class Alone:
        def __init__(self, _data_dir: Path) -> None:
            pass

        def acquire(self) -> bool:
            return True

        def release(self) -> None:
            pass

    def build_window(folder: Path) -> Any:
        seen.append(sorted(p.name for p in folder.iterdir()))
        raise _Stop

    monkeypatch.setattr(app_module, "harden_process", lambda: None)
    monkeypatch.setattr(app_module, "SingleInstance", Alone)
    monkeypatch.setattr(app_module, "build_window", build_window)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    handlers = list(logging.getLogger("casefiles").handlers)
    try:
        with pytest.raises(_Stop):
            app_module.run(["--data-dir", str(data_dir)])
    finally:
        for h in logging.getLogger("casefiles").handlers:
            if h not in handlers:
                logging.getLogger("casefiles").removeHandler(h)
                h.close()
    assert _siblings(data_dir) == [data_dir.name]
    assert StorePaths(data_dir).header.is_file() and LOG_NAME in seen[0]
    assert (data_dir / LOG_NAME).read_text().startswith(OLD_LOG)
