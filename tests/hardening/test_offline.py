"""The app never talks to the network: a syscall trace of a CLI session shows no inet socket.

Unlike the suite's socket guard (which refuses inet sockets in Python), this
watches the kernel boundary, so a library opening a socket from C is caught too.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.factories import PASSPHRASE, example_document

pytestmark = pytest.mark.skipif(
    shutil.which("strace") is None, reason="strace is installed by .ci/run"
)

_INET = re.compile(r"AF_INET6?\b")


def _traced(args: list[str], tmp_path: Path, trace: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEFILES_")}
    env.update(
        {
            "CASEFILES_PASSPHRASE": PASSPHRASE,
            "HOME": str(tmp_path / "home"),
            "CASEFILES_NEW_PASSPHRASE": "another passphrase",
        }
    )
    # No sitecustomize guard here: the trace must see what the app itself would do.
    return subprocess.run(
        [
            "strace",
            "-f",
            "-qq",
            "-e",
            "trace=socket,connect,bind,sendto",
            "-o",
            str(trace),
            sys.executable,
            "-m",
            "casefiles",
            *args,
        ],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_a_cli_session_opens_no_inet_socket(tmp_path: Path) -> None:
    data = str(tmp_path / "store")
    doc = tmp_path / "in.json"
    doc.write_text(json.dumps(example_document()), encoding="utf-8")
    sessions = [
        ["--data-dir", data, "init"],
        ["--data-dir", data, "import", str(doc)],
        ["--data-dir", data, "cases"],
        ["--data-dir", data, "export", "-o", str(tmp_path / "out.json")],
        ["--data-dir", data, "verify"],
        ["--data-dir", data, "passwd"],
    ]
    calls = []
    for i, args in enumerate(sessions):
        trace = tmp_path / f"trace{i}.txt"
        proc = _traced(args, tmp_path, trace)
        assert proc.returncode == 0, (args, proc.stderr)
        calls += trace.read_text().splitlines()
    assert not [c for c in calls if _INET.search(c)]


def test_the_trace_would_see_an_inet_socket(tmp_path: Path) -> None:
    trace = tmp_path / "trace.txt"
    subprocess.run(
        [
            "strace",
            "-f",
            "-qq",
            "-e",
            "trace=socket,connect",
            "-o",
            str(trace),
            sys.executable,
            "-c",
            "import socket; socket.socket(socket.AF_INET).close()",
        ],
        check=True,
        capture_output=True,
    )
    assert _INET.search(trace.read_text())


def test_a_gui_session_opens_no_inet_socket(tmp_path: Path) -> None:
    """The desktop app, driven through create, import, summary, lock, unlock, second app, quit."""
    doc = tmp_path / "in.json"
    doc.write_text(json.dumps(example_document()), encoding="utf-8")
    runtime = Path(tempfile.mkdtemp(prefix="cf-", dir="/tmp"))  # short: a socket path fits
    trace = tmp_path / "trace.txt"
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEFILES_")}
    env.update(
        HOME=str(tmp_path / "home"),
        XDG_RUNTIME_DIR=str(runtime),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),  # the driver, not the tests' socket guard
    )
    try:
        proc = subprocess.run(
            [
                "strace",
                "-f",
                "-qq",
                "-e",
                "trace=socket,connect,bind,sendto",
                "-o",
                str(trace),
                sys.executable,
                "-m",
                "tests.hardening.gui_driver",
                str(tmp_path / "store"),
                str(doc),
            ],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
            timeout=180,
        )
    finally:
        shutil.rmtree(runtime, ignore_errors=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "driver done: create, import, open case, summary, lock, unlock" in proc.stdout
    calls = trace.read_text().splitlines()
    assert not [c for c in calls if _INET.search(c)]
    # The trace saw the app's own local socket (the single-instance guard), so it was watching.
    assert [c for c in calls if "AF_UNIX" in c and str(runtime) in c and "bind(" in c]
    assert [c for c in calls if "AF_UNIX" in c and str(runtime) in c and "connect(" in c]
