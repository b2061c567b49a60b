"""File › Back up now, automatic backups (scheduled, locked, on exit), Export encrypted.

Real stores and real backups (each costs one scrypt run, about a second): few of them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pyrage import x25519

from casefiles.backup import (
    BackupKey,
    BackupWrongPassphrase,
    agefmt,
    list_backups,
    restore_backup,
    unlock_backup,
    verify_backup,
)
from casefiles.backup.export import decrypt_export, unpack_export
from casefiles.services import admin, interchange
from casefiles.ui import backup_ops, fmt
from casefiles.ui.appsettings import AppSettings
from casefiles.ui.backup_ops import BackupPassphrase, ExportTarget
from casefiles.ui.dialogs import Dialogs
from casefiles.ui.main_window import UNLOCK, WORK
from casefiles.ui.preferences import Preferences
from tests.factories import CHEAP_KDF, PASSPHRASE, example_document, make_store, store_with
from tests.ui.conftest import wait_idle


@pytest.fixture(scope="module")
def sealed_key() -> BackupKey:
    """One automatic-backup key for the module (its scrypt run paid once)."""
    return BackupKey.generate(PASSPHRASE)


@pytest.fixture
def example_dir(data_dir: Path) -> Path:
    store_with(data_dir, example_document()).close()
    return data_dir


def _unlock(window: Any, qtbot: Any, passphrase: str = PASSPHRASE) -> None:
    window.unlock_page.passphrase.setText(passphrase)
    window.unlock_page.unlock_button.click()
    qtbot.waitUntil(lambda: window.session.is_open, timeout=20_000)
    wait_idle(qtbot, window)


def _export(folder: Path) -> dict[str, Any]:
    store = admin.open_store(folder, PASSPHRASE)
    try:
        doc = interchange.export_document(store)
    finally:
        store.close()
    doc.pop("exported_at", None)
    return doc


def _auto(folder: Path, **changes: Any) -> Preferences:
    values: dict[str, Any] = {
        "idle_minutes": 5,
        "backup_enabled": True,
        "backup_folder": str(folder),
        "backup_on_exit": False,
        "backup_every_hours": 24,
        "backup_keep": 3,
    }
    values.update(changes)
    return Preferences(**values)


def _turn_on(folder: Path, **changes: Any) -> None:
    """Automatic backups on in the app's settings, as Preferences saves them."""
    _auto(folder, **changes).save(AppSettings())


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb stick"
    folder.mkdir()
    return folder


# -- Back up now ------------------------------------------------------------------------------


def test_back_up_now_writes_a_backup_that_verifies_and_restores(
    make_window: Any, qtbot: Any, example_dir: Path, tmp_path: Path, dialogs: Any
) -> None:
    window = make_window()
    _unlock(window, qtbot)
    target = tmp_path / "out" / "monday.tar"
    target.parent.mkdir()
    dialogs.save_path = target
    dialogs.backup_passphrase = BackupPassphrase(PASSPHRASE, same_as_store=True)
    window.acts.back_up.trigger()
    wait_idle(qtbot, window, 30_000)
    assert not dialogs.problems
    assert list(target.parent.iterdir()) == [target]
    (report,) = dialogs.infos
    assert "read back in full" in report
    assert f"Size: {fmt.size_text(target.stat().st_size)}" in report
    manifest = verify_backup(target, passphrase=PASSPHRASE).manifest
    assert len(manifest.members) == 2 + manifest.vault_files
    assert f"Files: {len(manifest.members)} (the database, the key header and 0 " in report
    head = manifest.audit_head
    assert head is not None and f"Audit trail head: {head}\n" not in report
    assert report.endswith(f"Audit trail head: {head}")
    assert window.last_backup.text().startswith("Last backup: ")
    assert "never" not in window.last_backup.text()
    restored = tmp_path / "restored"
    restore_backup(target, restored, passphrase=PASSPHRASE)
    window.lock()  # the GUI holds its lock file on the original only; fine either way
    assert _export(restored) == _export(example_dir)


def test_back_up_now_with_a_separate_passphrase_and_a_wrong_store_passphrase(
    make_window: Any, qtbot: Any, example_dir: Path, tmp_path: Path, dialogs: Any
) -> None:
    window = make_window()
    _unlock(window, qtbot)
    target = tmp_path / "wrong.tar"
    dialogs.save_path = target
    dialogs.backup_passphrase = [
        BackupPassphrase("not the passphrase", same_as_store=True),
        BackupPassphrase("still not it", same_as_store=True),
    ]
    window.acts.back_up.trigger()
    wait_idle(qtbot, window)
    wait_idle(qtbot, window)
    # Told, then asked again in place (same file), until the user cancels.
    assert dialogs.asked == ["Backup passphrase"] * 3
    assert len(dialogs.problems) == 2
    assert "not the passphrase of the open case file" in dialogs.problems[0]
    assert not target.exists()
    dialogs.problems.clear()

    separate = "violin staple orbit lantern"
    target = tmp_path / "separate.tar"
    dialogs.save_path = target
    dialogs.backup_passphrase = BackupPassphrase(separate, same_as_store=False)
    window.acts.back_up.trigger()
    wait_idle(qtbot, window, 30_000)
    assert not dialogs.problems and len(dialogs.infos) == 1
    unlock_backup(target, separate)
    with pytest.raises(BackupWrongPassphrase):
        unlock_backup(target, PASSPHRASE)


def test_cancelled_backup_leaves_no_file(
    make_window: Any,
    qtbot: Any,
    example_dir: Path,
    tmp_path: Path,
    dialogs: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    _unlock(window, qtbot)
    out = tmp_path / "out"
    out.mkdir()
    dialogs.save_path = out / "cancelled.tar"
    dialogs.backup_passphrase = BackupPassphrase(PASSPHRASE, same_as_store=True)
    window.acts.back_up.trigger()
    window.session.runner.cancel_all()  # what the progress dialog's Cancel does
    wait_idle(qtbot, window, 30_000)
    assert list(out.iterdir()) == []
    assert not dialogs.problems and not dialogs.infos
    assert not any(p.name.startswith(".backup-") for p in example_dir.iterdir())

    # Cancelled once the backup is being written: the cancel reaches create_backup.
    real = backup_ops.scaled
    tasks: list[Any] = []
    stages: list[str] = []

    def cancelling(progress: Any, halves: bool) -> Any:
        report = real(progress, halves)

        def wrapped(p: Any) -> None:
            stages.append(p.stage)
            report(p)
            if p.stage == "write":
                tasks[0].cancel()

        return wrapped

    monkeypatch.setattr(backup_ops, "scaled", cancelling)
    window.acts.back_up.trigger()
    tasks.extend(window.session.runner._running)
    wait_idle(qtbot, window, 30_000)
    assert stages and stages[0] == "write"
    assert list(out.iterdir()) == []
    assert not dialogs.problems and not dialogs.infos


# -- automatic backups ------------------------------------------------------------------------


def test_turning_automatic_backups_on_makes_a_key_and_a_run_rotates(
    make_window: Any, qtbot: Any, example_dir: Path, usb: Path, dialogs: Any
) -> None:
    window = make_window()
    _unlock(window, qtbot)
    dialogs.preferences = _auto(usb, backup_keep=2, idle_minutes=7)
    dialogs.passphrase = "not the passphrase"
    window.acts.preferences.trigger()
    wait_idle(qtbot, window)
    assert len(dialogs.problems) == 1 and "Wrong passphrase" in dialogs.problems[0]
    assert BackupKey.load_public(example_dir) is None and not window.settings.backup_enabled
    assert window.settings.idle_minutes == 7  # the rest is kept
    dialogs.asked.clear()
    dialogs.passphrase = PASSPHRASE
    window.acts.preferences.trigger()
    wait_idle(qtbot, window, 30_000)
    assert dialogs.asked == ["Automatic backups"]
    assert len(dialogs.problems) == 1
    public = BackupKey.load_public(example_dir)
    assert public is not None
    assert window.settings.backup_enabled and window.settings.backup_keep == 2
    assert window.settings.idle_minutes == 7
    assert window.backups.key is not None and window.backups.key.recipient == public.recipient
    assert window.backups.timer.isActive()
    old = [usb / f"casefiles-backup-2020010{i}T000000Z.tar" for i in (1, 2, 3)]
    for path in old:
        path.write_bytes(b"an old backup")
    assert window.backups.due()
    window.backups.tick()
    wait_idle(qtbot, window, 30_000)
    assert len(dialogs.problems) == 1  # only the wrong passphrase above
    kept = list_backups(usb)
    assert len(kept) == 2 and kept[0] == old[2]
    assert verify_backup(kept[1], key=window.backups.key).manifest.audit_head is not None
    assert not window.backups.due()  # the next one is 24 hours away
    window.lock()
    assert window.backups.key is None


def test_a_backup_skipped_while_locked_is_told_at_unlock(
    make_window: Any, qtbot: Any, example_dir: Path, usb: Path, dialogs: Any
) -> None:
    _turn_on(usb)
    window = make_window()
    assert window.pages.currentIndex() == UNLOCK
    assert window.backups.run() is False  # no backup key: it cannot run while locked
    assert list(usb.iterdir()) == []
    assert not dialogs.infos and not dialogs.problems  # nothing shown while locked
    _unlock(window, qtbot)
    assert len(dialogs.infos) == 1
    assert "skipped while casefiles was locked" in dialogs.infos[0]
    assert window.settings.backup_notice is None  # told once


def test_a_locked_backup_runs_with_no_secret_in_memory(
    make_window: Any, qtbot: Any, example_dir: Path, usb: Path, dialogs: Any, sealed_key: BackupKey
) -> None:
    sealed_key.public().save_public(example_dir)
    _turn_on(usb, backup_on_exit=True)
    window = make_window()
    _unlock(window, qtbot)  # opens the key (one scrypt run) ...
    qtbot.waitUntil(lambda: window.backups.key is not None, timeout=10_000)
    window.lock()  # ... and drops it
    assert window.session.store is None and window.backups.key is None
    assert window._typed is None
    assert window.backups.run() is True
    wait_idle(qtbot, window, 30_000)
    assert not dialogs.problems and not dialogs.infos
    (made,) = list_backups(usb)
    check = verify_backup(made, key=sealed_key)
    assert check.manifest.schema_version is None  # a keyless copy records none
    assert "never" not in window.last_backup.text()
    # On exit (locked): another keyless backup, then the window closes.
    window.settings.backup_last = None
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=30_000)
    assert len(list_backups(usb)) == 2


def test_a_failed_automatic_backup_says_earlier_ones_are_intact(
    make_window: Any,
    qtbot: Any,
    example_dir: Path,
    tmp_path: Path,
    dialogs: Any,
    sealed_key: BackupKey,
) -> None:
    sealed_key.public().save_public(example_dir)
    gone = tmp_path / "unplugged"
    _turn_on(gone)
    window = make_window()
    window.unlock_page.passphrase.setText("not it")
    window.unlock_page.unlock_button.click()
    qtbot.waitUntil(lambda: window.unlock_page.error.isVisible(), timeout=10_000)
    wait_idle(qtbot, window)
    assert not window.session.is_open and window._typed is None  # not kept after a failure
    _unlock(window, qtbot)
    assert window.backups.run() is True
    wait_idle(qtbot, window)
    (problem,) = dialogs.problems
    assert "is not there (is the USB stick plugged in?)" in problem
    assert "Earlier backups there are intact" in problem
    assert "never" in window.last_backup.text()


# -- Export encrypted and its import ----------------------------------------------------------


def test_export_encrypted_to_a_passphrase_and_import_it(
    make_window: Any, qtbot: Any, example_dir: Path, tmp_path: Path, dialogs: Any
) -> None:
    window = make_window()
    _unlock(window, qtbot)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "for co-counsel.age"
    dialogs.save_path = target
    dialogs.encrypted_export = ExportTarget(False, passphrase="river copper night")
    window.acts.export_encrypted.trigger()
    wait_idle(qtbot, window, 30_000)
    assert not dialogs.problems
    assert "encrypted to a passphrase" in dialogs.infos[-1]
    assert list(out.iterdir()) == [target]  # nothing else written, no temp file left
    raw = target.read_bytes()
    assert raw.startswith(b"age-encryption.org/v1")
    reference = example_document()["cases"][0]["reference"]
    assert reference.encode() not in raw
    doc = interchange.parse_document(
        unpack_export(decrypt_export(raw, passphrase="river copper night")).document
    )
    assert [c["reference"] for c in doc["cases"]] == [
        c["reference"] for c in example_document()["cases"]
    ]
    window.close()
    wait_idle(qtbot, window)

    other = tmp_path / "co-counsel"
    make_store(other).close()
    second = make_window(other)
    _unlock(second, qtbot)
    assert second.pages.currentIndex() == WORK
    dialogs.open_path = target
    dialogs.passphrase = "river copper night"
    second.acts.import_.trigger()
    wait_idle(qtbot, second, 30_000)
    assert not dialogs.problems
    assert dialogs.infos[-1].startswith("Import finished")
    second.lock()
    assert _export(other)["cases"] == _export(example_dir)["cases"]


def test_after_a_passphrase_change_the_old_backup_key_is_reported(
    make_window: Any,
    qtbot: Any,
    example_dir: Path,
    usb: Path,
    dialogs: Any,
    sealed_key: BackupKey,
) -> None:
    """A key left sealed with an older passphrase (the passphrase changed by a version that
    did not seal it again, or by hand): the app says so at unlock instead of pretending
    backups open with the new one."""
    sealed_key.public().save_public(example_dir)
    store = admin.open_store(example_dir, PASSPHRASE)
    store.change_passphrase("a brand new passphrase", CHEAP_KDF)
    store.close()
    _turn_on(usb)
    window = make_window()
    _unlock(window, qtbot, "a brand new passphrase")
    qtbot.waitUntil(lambda: bool(dialogs.problems), timeout=10_000)
    (problem,) = dialogs.problems
    assert "opens with another passphrase" in problem
    assert "make a new backup key in Preferences" in problem
    assert window.backups.key is None and window.backups.key_problem == problem.split(": ", 1)[1]


def test_export_encrypted_to_an_age_recipient_imports_with_the_identity_file(
    make_window: Any,
    demo_window: Any,
    qtbot: Any,
    tmp_path: Path,
    dialogs: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    identity = x25519.Identity.generate()
    key_file = tmp_path / "co-counsel.key"
    key_file.write_bytes(agefmt.identity_file(identity, datetime.now(UTC)))
    window = demo_window  # two cases
    assert window.workspace.case_list.model.rowCount() == 2
    window.workspace.open_case("k1")
    wait_idle(qtbot, window)
    reference = window.workspace.case_view.case.reference
    target = tmp_path / "one case.age"
    dialogs.save_path = target
    dialogs.encrypted_export = ExportTarget(True, recipients=(str(identity.to_public()),))
    window.acts.export_encrypted.trigger()
    wait_idle(qtbot, window)
    assert dialogs.asked == [reference]  # the dialog offered the case in view
    assert "Exported 1 case(s)" in dialogs.infos[-1]
    assert "co-counsel's public key" in dialogs.infos[-1]
    window.close()
    wait_idle(qtbot, window)

    other = tmp_path / "co-counsel"
    make_store(other).close()
    second = make_window(other)
    _unlock(second, qtbot)
    answers = iter([target, key_file])
    monkeypatch.setattr(Dialogs, "open_file", classmethod(lambda _c, *_a: next(answers)))
    second.acts.import_.trigger()
    wait_idle(qtbot, second)
    assert not dialogs.problems
    assert dialogs.infos[-1].startswith("Import finished: Imported 1 case")
    assert f": {reference}\n" in dialogs.infos[-1] and "Attached 3 file" in dialogs.infos[-1]
    second.lock()
    assert [c["reference"] for c in _export(other)["cases"]] == [reference]


def test_quitting_during_a_scheduled_backup_waits_for_it(
    make_window: Any,
    qtbot: Any,
    example_dir: Path,
    usb: Path,
    dialogs: Any,
    sealed_key: BackupKey,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The timer's backup is running when the lawyer quits: closing waits for it (its
    progress shown) and it counts as the on-exit backup."""
    import time

    from casefiles.backup import BackupCancelled

    sealed_key.public().save_public(example_dir)
    _turn_on(usb, backup_on_exit=True)
    real = backup_ops.scheduled_backup

    def slow(*args: Any) -> Any:
        cancelled = args[-1]
        for _ in range(10):  # a big store on a slow USB stick
            if cancelled():
                raise BackupCancelled("cancelled")
            time.sleep(0.05)
        return real(*args)

    monkeypatch.setattr(backup_ops, "scheduled_backup", slow)
    window = make_window()
    _unlock(window, qtbot)
    qtbot.waitUntil(lambda: window.backups.key is not None, timeout=10_000)
    assert window.backups.run() is True  # the timer's backup starts
    window.close()  # the lawyer quits
    assert window.isVisible() and window._exit_wait is not None  # progress shown
    assert window._exit_wait.isVisible()
    window.close()  # asked twice: still one wait
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=30_000)
    assert window._exit_wait is None
    assert not dialogs.problems
    (made,) = list_backups(usb)  # written, and no second on-exit backup after it
    verify_backup(made, key=sealed_key)


def test_an_unplugged_stick_is_told_once_then_in_the_status_bar(
    make_window: Any,
    qtbot: Any,
    example_dir: Path,
    tmp_path: Path,
    dialogs: Any,
    sealed_key: BackupKey,
) -> None:
    sealed_key.public().save_public(example_dir)
    stick = tmp_path / "stick"
    _turn_on(stick)
    window = make_window()
    _unlock(window, qtbot)
    for _ in range(3):  # three retries, 30 minutes apart
        assert window.backups.run() is True
        wait_idle(qtbot, window)
    (problem,) = dialogs.problems
    assert "is not there (is the USB stick plugged in?)" in problem
    assert "did not run" in window.last_backup.text()
    assert "is not there" in window.last_backup.toolTip()
    stick.mkdir()  # plugged in: the next one runs, the status bar is clear again
    assert window.backups.run() is True
    wait_idle(qtbot, window, 30_000)
    assert len(list_backups(stick)) == 1
    assert "did not run" not in window.last_backup.text()
    assert window.last_backup.toolTip() == ""
    stick.rename(tmp_path / "elsewhere")  # out again: a new problem, told again
    assert window.backups.run() is True
    wait_idle(qtbot, window)
    assert len(dialogs.problems) == 2
