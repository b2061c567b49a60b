"""One store, one GUI: a second app is refused and calls the first forward; the CLI still works."""

from __future__ import annotations

import json
import logging
import os
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtNetwork import QLocalSocket

from casefiles.domain.errors import StoreBusy
from casefiles.storage.paths import StorePaths
from casefiles.ui import app as app_module
from casefiles.ui import single_instance
from casefiles.ui.app import bring_forward
from casefiles.ui.single_instance import (
    MAX_CONNECTIONS,
    RAISE,
    SingleInstance,
    instance_tag,
    runtime_folder,
)
from casefiles.vault import viewer
from tests.conftest import ROOT
from tests.factories import PASSPHRASE, demo_document, store_with
from tests.ui.conftest import wait_idle

REFUSAL = "already open in another casefiles window"


@pytest.fixture
def private(tmp_path: Path) -> Path:
    folder = tmp_path / "run"
    folder.mkdir(mode=0o700)
    return folder


def test_the_second_guard_on_a_folder_is_refused_and_calls_the_first(
    qtbot: Any, data_dir: Path, private: Path
) -> None:
    first = SingleInstance(data_dir, private)
    assert first.acquire()
    second = SingleInstance(data_dir, private)
    try:
        assert not second.acquire()
        with qtbot.waitSignal(first.activation_requested, timeout=20_000):
            assert second.ask_first_to_raise()
        # Another folder is another case file: not refused.
        other = SingleInstance(data_dir.with_name("other case file"), private)
        assert other.acquire()
        other.release()
    finally:
        first.release()
    # Once the first is gone, the next one starts.
    assert second.acquire()
    second.release()


def test_lock_and_socket_are_private_and_named_by_a_hash(data_dir: Path, private: Path) -> None:
    guard = SingleInstance(data_dir, private)
    assert guard.acquire()
    try:
        st = os.lstat(guard.socket_path)
        assert stat.S_ISSOCK(st.st_mode)  # AF_UNIX: a file, not a network port
        assert stat.S_IMODE(os.stat(private).st_mode) == 0o700
        for path in (guard.socket_path, guard.lock_path):
            assert path.parent == private
            assert path.stem == instance_tag(data_dir)
            assert "casefile" not in path.name and data_dir.name not in path.name
    finally:
        guard.release()
    assert not guard.socket_path.exists()


def test_a_socket_left_by_a_crash_is_replaced(qtbot: Any, data_dir: Path, private: Path) -> None:
    stale = SingleInstance(data_dir, private).socket_path
    leftover = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    leftover.bind(str(stale))
    leftover.close()  # the file stays, nobody listens: a crashed first app
    first = SingleInstance(data_dir, private)
    assert first.acquire()
    try:
        second = SingleInstance(data_dir, private)
        assert not second.acquire()
        with qtbot.waitSignal(first.activation_requested, timeout=20_000):
            assert second.ask_first_to_raise()
    finally:
        first.release()


@pytest.fixture
def short_dir() -> Iterator[Path]:
    """A folder with a short path (a socket path must fit in about 100 bytes)."""
    path = Path(tempfile.mkdtemp(prefix="cf-", dir="/tmp"))
    yield path
    shutil.rmtree(path)


def test_the_runtime_folder_is_private(short_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runtime = short_dir / "rt"
    runtime.mkdir()
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    assert runtime_folder() == runtime / "casefiles"
    assert stat.S_IMODE((runtime / "casefiles").stat().st_mode) == 0o700
    # Loosened by someone: tightened again.
    os.chmod(runtime / "casefiles", 0o755)
    assert runtime_folder() == runtime / "casefiles"
    assert stat.S_IMODE((runtime / "casefiles").stat().st_mode) == 0o700
    # A symlink planted there is not used: the temp folder's private folder is.
    (runtime / "casefiles").rmdir()
    (runtime / "casefiles").symlink_to(short_dir)
    (short_dir / "t").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(short_dir / "t"))
    assert runtime_folder() == short_dir / "t" / f"casefiles-{os.getuid()}"
    # A temp folder too deep for a socket path: the system's /tmp instead.
    deep = short_dir / ("d" * 90)
    deep.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(deep))
    fallback = Path("/tmp") / f"casefiles-{os.getuid()}"
    existed = fallback.exists()
    try:
        assert runtime_folder() == fallback
    finally:
        if not existed:
            shutil.rmtree(fallback, ignore_errors=True)


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_bring_forward_unminimizes_the_window(make_window: Any, qtbot: Any) -> None:
    window = make_window()
    window.showMinimized()
    qtbot.waitUntil(lambda: bool(window.windowState() & Qt.WindowState.WindowMinimized))
    bring_forward(window)
    assert not window.windowState() & Qt.WindowState.WindowMinimized
    assert window.isVisible()


# -- two real processes -------------------------------------------------------------------------


def _env(tmp_path: Path, runtime: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEFILES_")}
    env.update(
        PYTHONPATH=os.pathsep.join([str(ROOT / "tests" / "support"), str(ROOT)]),
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path / "home"),
        XDG_CONFIG_HOME=str(tmp_path / "home" / ".config"),
        XDG_RUNTIME_DIR=str(runtime),
    )
    return env


@pytest.mark.slow
def test_a_second_app_on_the_same_case_file_exits_with_a_message(
    tmp_path: Path, data_dir: Path, short_dir: Path
) -> None:
    env = _env(tmp_path, short_dir)
    cmd = [sys.executable, "-m", "casefiles", "--data-dir", str(data_dir)]
    # A viewer copy left by a crash: the first app sweeps it at start.
    copies = viewer.copies_folder(StorePaths(data_dir))
    if copies is not None:
        copies.mkdir(mode=0o700)
        (copies / "casefiles-0123456789abcdef.pdf").write_bytes(b"left by a crash")
    try:
        _first_second_third(cmd, env, data_dir, short_dir, copies)
    finally:
        if copies is not None:
            shutil.rmtree(copies, ignore_errors=True)


def _first_second_third(
    cmd: list[str], env: dict[str, str], data_dir: Path, short_dir: Path, copies: Path | None
) -> None:
    tmp_path = data_dir.parent
    first = subprocess.Popen(
        cmd, env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        sock = SingleInstance(data_dir, short_dir / "casefiles").socket_path
        deadline = time.monotonic() + 60
        while not sock.exists():
            assert first.poll() is None, first.communicate()
            assert time.monotonic() < deadline, "the first app never started listening"
            time.sleep(0.1)
        if copies is not None:
            while copies.exists():
                assert time.monotonic() < deadline, "the leftover copy was not swept at start"
                time.sleep(0.1)
            # A copy the first app has open now: the refused second app must not touch it.
            copies.mkdir(mode=0o700)
            (copies / "casefiles-fedcba9876543210.pdf").write_bytes(b"open in a viewer")

        second = subprocess.run(
            cmd, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False
        )
        assert second.returncode == 2
        lines = second.stderr.strip().splitlines()
        assert len(lines) == 1 and REFUSAL in lines[0] and "brought to the front" in lines[0]
        assert "Traceback" not in second.stderr
        # The first app heard the call (its log says so, by event, not by content).
        log = data_dir / "casefiles.log"
        deadline = time.monotonic() + 20
        while "asked this window to come forward" not in (log.read_text() if log.exists() else ""):
            assert time.monotonic() < deadline, log.read_text() if log.exists() else "no log"
            time.sleep(0.1)
        assert first.poll() is None, "the first app must keep running"
        if copies is not None:
            assert (copies / "casefiles-fedcba9876543210.pdf").exists()
    finally:
        first.kill()
        first.communicate()
    # Killed, not closed: the lock died with it, so the next app starts (and is alone).
    third = subprocess.Popen(
        cmd, env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        # Started means holding the lock: the log says so a second time (the first app's was one).
        deadline = time.monotonic() + 60
        while log.read_text().count("desktop app started") < 2:
            assert third.poll() is None, third.communicate()
            assert time.monotonic() < deadline, "the third app never started"
            time.sleep(0.1)
        refused = subprocess.run(
            cmd, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False
        )
        assert third.poll() is None, third.communicate()
        assert refused.returncode == 2 and REFUSAL in refused.stderr
    finally:
        third.kill()
        third.communicate()


# -- the CLI beside the GUI ----------------------------------------------------------------------


def _unlock(window: Any, qtbot: Any) -> None:
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.unlock_button.click()
    qtbot.waitUntil(lambda: window.session.is_open, timeout=20_000)
    wait_idle(qtbot, window)


@pytest.mark.slow
def test_cli_reads_and_writes_beside_the_open_gui(
    make_window: Any, qtbot: Any, data_dir: Path, tmp_path: Path, cli: Any
) -> None:
    store_with(data_dir, demo_document()).close()
    window = make_window()
    _unlock(window, qtbot)
    rows = window.workspace.case_list.model.rowCount()
    ref = demo_document()["cases"][0]["reference"]
    d = ["--data-dir", str(data_dir)]

    # Reads: export, summary, backup.
    assert cli(*d, "cases").returncode == 0
    assert cli(*d, "export", "-o", str(tmp_path / "out.json")).returncode == 0
    summary = cli(*d, "summary", "--case", ref, "-o", str(tmp_path / "s.pdf"))
    assert summary.returncode == 0, summary.stderr
    backup = cli(*d, "backup", "create", "-o", str(tmp_path / "b.cfbackup"))
    assert backup.returncode == 0, backup.stderr

    # A write: an import of a new case while the GUI has the store open.
    doc = demo_document()
    new_case = dict(doc["cases"][0], reference="CLI-WHILE-GUI-1", key="kcli1")
    doc["cases"] = [new_case]
    src = tmp_path / "new.json"
    src.write_text(json.dumps(doc), encoding="utf-8")
    imported = cli(*d, "import", str(src))
    assert imported.returncode == 0, imported.stderr

    # A passphrase change is refused while the GUI holds the store.
    passwd = cli(*d, "passwd", env={"CASEFILES_NEW_PASSPHRASE": "another one entirely"})
    assert passwd.returncode != 0

    window.acts.refresh.trigger()  # View › Refresh (F5)
    wait_idle(qtbot, window)
    assert window.workspace.case_list.model.rowCount() == rows + 1
    assert window.workspace.open_case("kcli1")
    assert window.workspace.case_view.case.reference == "CLI-WHILE-GUI-1"
    verified = cli(*d, "verify")
    assert verified.returncode == 0, verified.stdout + verified.stderr


def _callers(guard: SingleInstance, n: int) -> list[QLocalSocket]:
    out = []
    for _ in range(n):
        sock = QLocalSocket()
        sock.connectToServer(str(guard.socket_path))
        assert sock.waitForConnected(2_000)
        out.append(sock)
    return out


def _hung_up(sock: QLocalSocket) -> bool:
    return sock.state() == QLocalSocket.LocalSocketState.UnconnectedState


def test_a_caller_is_hung_up_on_after_its_one_line(
    qtbot: Any, data_dir: Path, private: Path
) -> None:
    first = SingleInstance(data_dir, private)
    assert first.acquire()
    try:
        (caller,) = _callers(first, 1)
        with qtbot.waitSignal(first.activation_requested, timeout=20_000):
            caller.write(RAISE)
            caller.flush()
        qtbot.waitUntil(lambda: _hung_up(caller), timeout=20_000)
        assert first._conns == []
        # A long line without an end: read up to MAX_REQUEST bytes, then hung up on.
        (chatty,) = _callers(first, 1)
        with qtbot.assertNotEmitted(first.activation_requested, wait=200):
            chatty.write(b"raise" + b"x" * 10_000)
            chatty.flush()
            qtbot.waitUntil(lambda: _hung_up(chatty), timeout=20_000)
        assert first._conns == [] and first._read_so_far == {}
    finally:
        first.release()


def test_callers_are_capped_and_the_silent_ones_time_out(
    qtbot: Any, data_dir: Path, private: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(single_instance, "_TIMEOUT_MS", 300)
    first = SingleInstance(data_dir, private)
    assert first.acquire()
    try:
        callers = _callers(first, MAX_CONNECTIONS + 4)
        qtbot.waitUntil(lambda: sum(_hung_up(c) for c in callers) >= 4, timeout=20_000)
        assert len(first._conns) == MAX_CONNECTIONS
        qtbot.waitUntil(lambda: all(_hung_up(c) for c in callers), timeout=20_000)
        assert first._conns == []
    finally:
        first.release()


def test_release_hangs_up_on_every_caller(qtbot: Any, data_dir: Path, private: Path) -> None:
    first = SingleInstance(data_dir, private)
    assert first.acquire()
    callers = _callers(first, 5)
    qtbot.waitUntil(lambda: len(first._conns) == 5, timeout=20_000)
    first.release()
    assert first._conns == []
    qtbot.waitUntil(lambda: all(_hung_up(c) for c in callers), timeout=20_000)


def test_no_private_folder_is_said_in_a_window_too(
    monkeypatch: pytest.MonkeyPatch, qapp: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shown: list[str] = []

    def no_folder(_data_dir: Path) -> Any:
        raise StoreBusy("no private folder for the desktop app's instance lock")

    monkeypatch.setattr(app_module, "harden_process", lambda: None)
    monkeypatch.setattr(app_module, "SingleInstance", no_folder)
    monkeypatch.setattr(app_module, "can_show_dialogs", lambda: True)
    monkeypatch.setattr(app_module.QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    handlers = list(logging.getLogger("casefiles").handlers)
    try:
        assert app_module.run(["--data-dir", str(tmp_path / "data")]) == 2
    finally:
        for h in logging.getLogger("casefiles").handlers:
            if h not in handlers:
                logging.getLogger("casefiles").removeHandler(h)
                h.close()
    assert shown and "no private folder" in shown[0]
    assert "no private folder" in capsys.readouterr().err
