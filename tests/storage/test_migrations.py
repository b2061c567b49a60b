from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from casefiles.domain.errors import StoreTooNew
from casefiles.services.interchange import export_document
from casefiles.storage import migrate
from casefiles.storage.models import Base
from casefiles.storage.store import Store
from tests.factories import DATA, PASSPHRASE, example_document, make_store

FIXTURE = DATA / "store-v0001"
FIXTURE_PASSPHRASE = "fixture passphrase"


def test_a_new_store_is_created_at_head(store: Store) -> None:
    with store.read() as s:
        assert migrate.current_revision(s.connection()) == migrate.head_revision()


def test_the_migrations_build_exactly_the_models(store: Store) -> None:
    with store.read() as s:
        diff = compare_metadata(MigrationContext.configure(s.connection()), Base.metadata)
    assert diff == []


def test_a_store_of_the_first_schema_upgrades_and_keeps_its_records(tmp_path: Path) -> None:
    copy = tmp_path / "old store"
    shutil.copytree(FIXTURE, copy)
    with Store.open(copy, FIXTURE_PASSPHRASE) as store:
        with store.read() as s:
            assert migrate.current_revision(s.connection()) == migrate.head_revision()
        doc = export_document(store)
    assert doc == {**example_document(), **{"cases": doc["cases"]}}
    assert doc["cases"][0]["motions"] == example_document()["cases"][0]["motions"]
    # The fixture itself is untouched and still at the first revision.
    assert sorted(p.name for p in FIXTURE.iterdir()) == sorted(
        p.name for p in FIXTURE.iterdir() if not p.name.endswith(".lock")
    )


def test_a_store_from_a_newer_version_is_refused_and_left_alone(data_dir: Path) -> None:
    store = make_store(data_dir)
    with store.write() as s:
        s.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    store.close()
    with pytest.raises(StoreTooNew, match="newer version of casefiles"):
        Store.open(data_dir, PASSPHRASE)
    with pytest.raises(StoreTooNew):
        Store.open(data_dir, PASSPHRASE)


def test_each_migration_runs_inside_one_transaction(data_dir: Path) -> None:
    store = make_store(data_dir)
    with store.write() as s:
        s.execute(text("UPDATE alembic_version SET version_num = '0001'"))
        # 0002 will create drafts, then fail on settings, which is still there.
        s.execute(text("DROP TABLE drafts"))
    store.close()
    with pytest.raises(Exception):  # noqa: B017, PT011 - any failure will do
        Store.open(data_dir, PASSPHRASE)
    with _raw(data_dir) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    assert "drafts" not in tables  # created, then rolled back with the failed migration
    assert version == "0001"


class _raw:
    """A keyed raw connection without running migrations."""

    def __init__(self, data_dir: Path) -> None:
        from casefiles.storage.engine import connect_raw
        from casefiles.storage.keyfile import KeyHeader

        header = KeyHeader.read(data_dir / "store.header")
        self.conn = connect_raw(data_dir / header.database, header.unwrap(PASSPHRASE))

    def __enter__(self):  # type: ignore[no-untyped-def]
        return self.conn

    def __exit__(self, *exc: object) -> None:
        self.conn.close()
