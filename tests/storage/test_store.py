from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from casefiles.domain.errors import (
    StoreBusy,
    StoreDamaged,
    StoreExists,
    StoreNotFound,
    StoreTooNew,
    WrongPassphrase,
)
from casefiles.storage import models as m
from casefiles.storage.keyfile import KeyHeader
from casefiles.storage.locks import AppLock
from casefiles.storage.store import Store
from tests.factories import CHEAP_KDF, PASSPHRASE, make_store


def _add_client(store: Store, name: str = "Ақжол Union") -> None:
    with store.write() as s:
        s.add(m.Client(key="c1", name=name, kind="organisation"))


def _client_names(data_dir: Path, passphrase: str) -> list[str]:
    with Store.open(data_dir, passphrase) as store, store.read() as s:
        return [c.name for c in s.query(m.Client)]


def test_a_store_reopens_with_its_passphrase(data_dir: Path) -> None:
    store = make_store(data_dir)
    _add_client(store)
    store.close()
    assert _client_names(data_dir, PASSPHRASE) == ["Ақжол Union"]


def test_files_are_owner_only(data_dir: Path) -> None:
    make_store(data_dir).close()
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    for path in data_dir.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_create_refuses_an_existing_store(data_dir: Path) -> None:
    make_store(data_dir).close()
    with pytest.raises(StoreExists, match="already exists"):
        make_store(data_dir)


def test_wrong_passphrase_damaged_file_and_missing_dir_say_different_things(
    data_dir: Path, tmp_path: Path
) -> None:
    store = make_store(data_dir)
    db = store.db_path
    store.close()
    with pytest.raises(WrongPassphrase) as wrong:
        Store.open(data_dir, "not the passphrase")
    with pytest.raises(StoreNotFound) as missing:
        Store.open(tmp_path / "nowhere", PASSPHRASE)
    db.write_bytes(os.urandom(8192))
    with pytest.raises(StoreDamaged) as damaged:
        Store.open(data_dir, PASSPHRASE)
    messages = {str(wrong.value), str(missing.value), str(damaged.value)}
    assert len(messages) == 3
    assert "wrong passphrase" in str(wrong.value)
    assert "damaged" in str(damaged.value) and "passphrase is right" in str(damaged.value)
    assert "no case file" in str(missing.value)


def test_a_foreign_file_in_place_of_the_database_is_damage(data_dir: Path) -> None:
    store = make_store(data_dir)
    db = store.db_path
    store.close()
    db.write_bytes(b"SQLite format 3\x00" + bytes(4080))
    with pytest.raises(StoreDamaged):
        Store.open(data_dir, PASSPHRASE)


def test_missing_database_or_header_is_reported(data_dir: Path) -> None:
    store = make_store(data_dir)
    db, header = store.db_path, store.paths.header
    store.close()
    header_bytes = header.read_bytes()
    header.unlink()
    with pytest.raises(StoreDamaged, match="key header"):
        Store.open(data_dir, PASSPHRASE)
    header.write_bytes(header_bytes)
    db.unlink()
    with pytest.raises(StoreDamaged, match="missing"):
        Store.open(data_dir, PASSPHRASE)


def test_a_garbled_header_is_damage_and_a_newer_header_is_too_new(data_dir: Path) -> None:
    make_store(data_dir).close()
    header = data_dir / "store.header"
    doc = json.loads(header.read_bytes())
    header.write_text("{not json")
    with pytest.raises(StoreDamaged):
        Store.open(data_dir, PASSPHRASE)
    header.write_text(json.dumps({**doc, "version": 99}))
    with pytest.raises(StoreTooNew, match="newer version"):
        Store.open(data_dir, PASSPHRASE)


def test_weakening_the_kdf_parameters_in_the_header_stops_it_opening(data_dir: Path) -> None:
    make_store(data_dir).close()
    header = data_dir / "store.header"
    doc = json.loads(header.read_bytes())
    doc["kdf"]["time_cost"] = 2
    header.write_text(json.dumps(doc))
    with pytest.raises(WrongPassphrase):
        Store.open(data_dir, PASSPHRASE)


def test_header_records_algorithm_parameters_and_wrapped_key(data_dir: Path) -> None:
    make_store(data_dir).close()
    doc = json.loads((data_dir / "store.header").read_bytes())
    assert doc["format"] == "casefiles-store-header"
    assert doc["kdf"] == {
        "algorithm": "argon2id",
        "time_cost": 1,
        "memory_kib": 8,
        "parallelism": 1,
    }
    assert doc["wrap"]["algorithm"] == "chacha20-poly1305"
    assert doc["database"].startswith("store-")


def test_change_passphrase_keeps_the_data(data_dir: Path) -> None:
    store = make_store(data_dir)
    _add_client(store)
    store.change_passphrase("a new passphrase", CHEAP_KDF)
    store.close()
    with pytest.raises(WrongPassphrase):
        Store.open(data_dir, PASSPHRASE)
    assert _client_names(data_dir, "a new passphrase") == ["Ақжол Union"]


def test_rekey_re_encrypts_under_a_new_data_key(data_dir: Path) -> None:
    store = make_store(data_dir)
    _add_client(store)
    old_key, old_db = store.data_key, store.db_path
    store.rekey("another passphrase", CHEAP_KDF)
    assert store.data_key != old_key
    assert not old_db.exists()
    assert store.db_path.exists()
    store.close()
    assert _client_names(data_dir, "another passphrase") == ["Ақжол Union"]
    assert [p.name for p in data_dir.glob("store-*.db")] == [store.header.database]


def test_passphrase_change_is_refused_while_the_desktop_app_holds_the_store(
    data_dir: Path,
) -> None:
    store = make_store(data_dir)
    # Another open file description stands in for the GUI process's lock.
    with AppLock(store.paths.gui_lock):
        with pytest.raises(StoreBusy, match="desktop app"):
            store.change_passphrase("x" * 10, CHEAP_KDF)
        with pytest.raises(StoreBusy):
            store.rekey("x" * 10, CHEAP_KDF)
    store.change_passphrase("x" * 10, CHEAP_KDF)
    store.close()


class Crash(Exception):
    pass


@pytest.mark.parametrize("point", ["before_rename", "after_rename", "before_dir_fsync"])
def test_a_crash_while_changing_the_passphrase_leaves_old_or_new_working(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, point: str
) -> None:
    store = make_store(data_dir)
    _add_client(store)
    import casefiles.storage.files as files

    real_replace, real_fsync_dir = os.replace, files.fsync_dir

    def replace(src: str, dst: str) -> None:
        if point == "before_rename":
            raise Crash
        real_replace(src, dst)
        if point == "after_rename":
            raise Crash

    def fsync_dir(path: Path) -> None:
        if point == "before_dir_fsync":
            raise Crash
        real_fsync_dir(path)

    monkeypatch.setattr(files.os, "replace", replace)
    monkeypatch.setattr(files, "fsync_dir", fsync_dir)
    with pytest.raises(Crash):
        store.change_passphrase("the new passphrase", CHEAP_KDF)
    monkeypatch.undo()
    store.close()
    opened = []
    for candidate in (PASSPHRASE, "the new passphrase"):
        try:
            opened.append(_client_names(data_dir, candidate))
        except WrongPassphrase:
            pass
    assert opened == [["Ақжол Union"]]
    assert not list(data_dir.glob(".store.header.*"))


REKEY_STEPS = [
    "_create_private_file",
    "connect_raw",
    "_fsync_file",
    "wrap",
    "write",
    "_sweep_orphans",
]


@pytest.mark.parametrize("step", REKEY_STEPS)
def test_a_crash_at_any_step_of_rekey_leaves_the_store_openable(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    import casefiles.storage.store as store_module

    store = make_store(data_dir)
    _add_client(store)
    calls = {"n": 0}
    target: object = store_module
    name = step
    if step in ("wrap",) or step == "write":
        target = KeyHeader
    original = getattr(target, name)

    def crash_on_second(*args: object, **kwargs: object) -> object:
        calls["n"] += 1
        # connect_raw's first call opens the old database; crash on the new one.
        if name == "connect_raw" and calls["n"] == 1:
            return original(*args, **kwargs)
        raise Crash

    if step in ("wrap",):
        monkeypatch.setattr(KeyHeader, "wrap", classmethod(lambda cls, *a, **k: crash_on_second()))
    else:
        monkeypatch.setattr(target, name, crash_on_second)
    with pytest.raises(Crash):
        store.rekey("rekeyed passphrase", CHEAP_KDF)
    monkeypatch.undo()
    store.close()
    results = {}
    for candidate in (PASSPHRASE, "rekeyed passphrase"):
        try:
            results[candidate] = _client_names(data_dir, candidate)
        except WrongPassphrase:
            pass
    assert list(results.values()) == [["Ақжол Union"]]
    # The next open swept whatever the interrupted re-key left behind.
    assert len(list(data_dir.glob("store-*.db"))) == 1


def test_an_interrupted_create_leaves_no_store_and_can_be_retried(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(KeyHeader, "write", lambda self, path: (_ for _ in ()).throw(Crash()))
    with pytest.raises(Crash):
        make_store(data_dir)
    monkeypatch.undo()
    with pytest.raises(StoreNotFound):
        Store.open(data_dir, PASSPHRASE)
    make_store(data_dir).close()
    assert len(list(data_dir.glob("store-*.db"))) == 1


def test_pragmas_are_set_on_every_connection(store: Store) -> None:
    conn = store.raw_connection()
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    finally:
        conn.close()
    with store.read() as s:
        assert s.connection().exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_a_failed_unit_of_work_writes_nothing(store: Store) -> None:
    with pytest.raises(Crash), store.write() as s:
        s.add(m.Client(key="c1", name="A", kind="person"))
        s.flush()
        raise Crash
    with store.read() as s:
        assert s.query(m.Client).count() == 0
