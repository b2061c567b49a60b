from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from casefiles.storage.store import Store
from tests.factories import PASSPHRASE, make_store
from tests.support.nonet import forbid_network

ROOT = Path(__file__).resolve().parents[1]
forbid_network()

# A shared 2-core CI machine stalls now and then: a property test is judged on its
# answers, never on how long one example took.
settings.register_profile("casefiles", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("casefiles")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "casefile data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    s = make_store(data_dir)
    yield s
    s.close()


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def cli(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Run the real `casefiles` CLI in a subprocess: cli(*args, passphrase=..., env=...)."""

    def run(
        *args: str,
        passphrase: str | None = PASSPHRASE,
        env: dict[str, str] | None = None,
        input: str | None = None,
        cwd: Path | None = None,
    ) -> Run:
        full_env = {k: v for k, v in os.environ.items() if not k.startswith("CASEFILES_")}
        full_env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "tests" / "support"), str(ROOT)])
        full_env["HOME"] = str(tmp_path / "home")
        full_env["XDG_DATA_HOME"] = str(tmp_path / "xdg-data")
        full_env["XDG_STATE_HOME"] = str(tmp_path / "xdg-state")
        if passphrase is not None:
            full_env["CASEFILES_PASSPHRASE"] = passphrase
        full_env.update(env or {})
        proc = subprocess.run(
            [sys.executable, "-m", "casefiles", *args],
            capture_output=True,
            text=True,
            env=full_env,
            input=input,
            cwd=cwd or tmp_path,
            timeout=120,
            check=False,
            start_new_session=True,
        )
        return Run(proc.returncode, proc.stdout, proc.stderr)

    return run
