"""Owner-only files, awkward paths, and nothing written outside the chosen places."""

from __future__ import annotations

import json
import stat
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT
from tests.factories import example_document


def _all_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*")] if root.exists() else []


def test_awkward_paths_work_and_everything_is_owner_only(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    name = "Дело №5 " + "очень длинное имя " * 6 + "é"
    data = tmp_path / "папка с пробелами" / name
    src = tmp_path / "входящие файлы" / "дело (копия).json"
    src.parent.mkdir()
    src.write_text(json.dumps(example_document(), ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "входящие файлы" / ("экспорт " * 15 + "ё.json")  # 248 bytes
    for args in (["init"], ["import", str(src)], ["export", "-o", str(out)], ["verify"]):
        r = cli("--data-dir", str(data), *args)
        assert r.returncode == 0, (args, r.stderr)
    assert json.loads(out.read_text(encoding="utf-8"))["cases"][0]["reference"] == "EC-118/2024"
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    for path in _all_files(data):
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o700 if path.is_dir() else 0o600), (path.name, oct(mode))
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    # Nothing in the user's home, data or state folders: the CLI wrote only where told.
    for folder in ("home", "xdg-data", "xdg-state"):
        assert _all_files(tmp_path / folder) == [], folder


def test_the_process_cannot_dump_core() -> None:
    code = (
        "import resource, ctypes, ctypes.util\n"
        "from casefiles.services.process import harden_process\n"
        "harden_process()\n"
        "libc = ctypes.CDLL(ctypes.util.find_library('c'))\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE), libc.prctl(3, 0, 0, 0, 0))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert proc.stdout.strip() == "(0, 0) 0"  # PR_GET_DUMPABLE (3) answers 0
