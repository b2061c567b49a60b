"""The suite's own promise: no test, and no subprocess it starts, can open a network socket."""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest

from tests.conftest import ROOT
from tests.support.nonet import NetworkForbidden


def test_inet_sockets_are_refused_in_the_test_process() -> None:
    with pytest.raises(NetworkForbidden):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(NetworkForbidden):
        socket.create_connection(("127.0.0.1", 9))
    # Local sockets stay usable (the GUI's single-instance lock may use one).
    a, b = socket.socketpair(socket.AF_UNIX)
    a.close()
    b.close()


def test_inet_sockets_are_refused_in_cli_subprocesses() -> None:
    env = {"PYTHONPATH": f"{ROOT / 'tests' / 'support'}:{ROOT}"}
    code = "import socket; socket.socket(socket.AF_INET6)"
    proc = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )
    assert proc.returncode == 1
    assert "NetworkForbidden" in proc.stderr
