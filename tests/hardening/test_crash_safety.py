"""SIGKILL a writer at random points: the store must open, verify, and keep every ack'd commit."""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from casefiles.cli.main import main
from casefiles.domain.errors import WrongPassphrase
from casefiles.services import admin, cases, evidence
from casefiles.services.interchange import export_document
from casefiles.storage.store import Store
from casefiles.vault.folder import VaultFolder
from tests.conftest import ROOT
from tests.factories import PASSPHRASE, demo_document, store_with
from tests.hardening.crash_worker import source_bytes

KILLS = 30
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("crash") / "template"
    store_with(path, demo_document()).close()
    return path


def _run_and_kill(kind: str, data_dir: Path, passphrase: str, rng: random.Random) -> list[str]:
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'tests' / 'support'}:{ROOT}"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.hardening.crash_worker", kind, str(data_dir), passphrase],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()
    assert first == b"ack open\n", proc.stderr.read() if proc.stderr else b""
    time.sleep(rng.uniform(0.0, 0.6))
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate()
    # Only complete lines are promises; a line cut by the kill is not.
    return [line[4:] for line in out.decode().split("\n")[:-1] if line.startswith("ack ")]


def _fresh(template: Path, tmp_path: Path, i: int) -> Path:
    target = tmp_path / f"run{i}"
    shutil.copytree(template, target)
    return target


def test_killed_imports_are_whole_or_absent(template: Path, tmp_path: Path) -> None:
    rng = random.Random(7)
    per_import = len(demo_document()["cases"])
    for i in range(KILLS):
        data = _fresh(template, tmp_path, i)
        acked = _run_and_kill("import", data, PASSPHRASE, rng)
        with Store.open(data, PASSPHRASE) as store:
            assert admin.verify(store)
            refs = {r.reference for r in cases.list_cases(store)}
        crash_refs = {r for r in refs if r.startswith("crash-")}
        batches = {r.rsplit("-", 1)[0] for r in crash_refs}
        for batch in batches:  # whole: every case of an import, or none
            assert {f"{batch}-{j}" for j in range(per_import)} <= crash_refs
        assert set(acked) <= batches
        shutil.rmtree(data)


def test_killed_edits_keep_every_acknowledged_commit(template: Path, tmp_path: Path) -> None:
    rng = random.Random(11)
    ref = demo_document()["cases"][0]["reference"]
    for i in range(KILLS):
        data = _fresh(template, tmp_path, i)
        acked = _run_and_kill("edit", data, PASSPHRASE, rng)
        with Store.open(data, PASSPHRASE) as store:
            assert admin.verify(store)
            case = cases.get_case(store, ref)
        keys = {e.key for e in case.events}
        for n in acked:
            assert f"crash{n}" in keys
        if acked:
            last = int(acked[-1])
            assert case.motions[0].notes in (f"edit {last}", f"edit {last + 1}")
        shutil.rmtree(data)


def _cli_verify(data: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """`casefiles verify`, in-process: exit 0, or the test fails with what it said."""
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setenv("CASEFILES_PASSPHRASE", PASSPHRASE)
    code = main(["--data-dir", str(data), "verify"], stdout=out, stderr=err)
    assert code == 0, out.getvalue() + err.getvalue()
    return out.getvalue()


def test_killed_attachments_are_whole_or_absent(
    template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(19)
    ref = demo_document()["cases"][0]["reference"]
    sha = {i: hashlib.sha256(source_bytes(i)).hexdigest() for i in range(2_000)}
    total_acked = 0
    for i in range(KILLS):
        data = _fresh(template, tmp_path, i)
        acked = [int(line.split()[0]) for line in _run_and_kill("attach", data, PASSPHRASE, rng)]
        total_acked += len(acked)
        _cli_verify(data, monkeypatch)  # every stored file decrypts and matches its hash
        with Store.open(data, PASSPHRASE) as store:
            motion = cases.get_case(store, ref).motions[0].key
            items = {
                e.title: e
                for e in evidence.evidence_files(store, ref)
                if e.title.startswith("crash")
            }
            on_motion = {
                a.file_name: a for a in evidence.record_files(store, ref, "motions", motion)
            }
            stored = {a.blob for a in evidence.all_blobs(store)}
            leftovers = VaultFolder(store.paths).leftovers(stored)
        # An evidence item is whole (its file with it, the right one) or absent.
        for title, item in items.items():
            n = int(title.removeprefix("crash"))
            assert item.file is not None, f"{title}: an item without its file"
            assert item.file.sha256 == sha[n]
        for name, att in on_motion.items():
            if name.startswith("crash"):
                assert att.sha256 == sha[int(name.removeprefix("crash").removesuffix(".bin"))]
        present = {int(t.removeprefix("crash")) for t in items} | {
            int(n.removeprefix("crash").removesuffix(".bin"))
            for n in on_motion
            if n.startswith("crash")
        }
        assert set(acked) <= present, "an acknowledged attachment is missing"
        # Beyond the acknowledged ones, at most the one in flight when the kill came.
        assert present <= set(acked) | {len(acked)}
        # At most the in-flight file is left over: ciphertext under a key that never committed.
        assert len(leftovers) <= 1, leftovers
        shutil.rmtree(data)
    assert total_acked >= KILLS, "the kills came too early to test anything"


@pytest.mark.parametrize("kind", ["passwd", "rekey"])
def test_killed_passphrase_changes_leave_the_store_openable(
    template: Path, tmp_path: Path, kind: str
) -> None:
    rng = random.Random(13 if kind == "passwd" else 17)
    expected = json.dumps(_export(template, PASSPHRASE), sort_keys=True)
    for i in range(KILLS):
        data = _fresh(template, tmp_path, i)
        acked = _run_and_kill(kind, data, PASSPHRASE, rng)
        last = acked[-1] if acked else PASSPHRASE
        n = int(last.rsplit(" ", 1)[1]) + 1 if last != PASSPHRASE else 0
        candidates = [last, f"passphrase number {n}"]
        opened = []
        for candidate in candidates:
            try:
                opened.append(json.dumps(_export(data, candidate), sort_keys=True))
            except WrongPassphrase:
                continue
        assert opened == [expected], (kind, acked[-2:])
        assert len(list(data.glob("store-*.db"))) == 1
        shutil.rmtree(data)


def _export(data: Path, passphrase: str) -> dict:  # type: ignore[type-arg]
    with Store.open(data, passphrase) as store:
        assert admin.verify(store)
        return export_document(store)
