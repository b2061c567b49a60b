"""Schema versions: bring a store to the head revision, refuse one from the future."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from casefiles.domain.errors import StoreTooNew

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def check_version(connection: Connection) -> bool:
    """True when the store needs upgrading; raises when it is newer than this app."""
    current = current_revision(connection)
    if current is not None and current not in known_revisions():
        raise StoreTooNew(
            "this case file was written by a newer version of casefiles; "
            "update casefiles to open it (nothing was changed)"
        )
    return current != head_revision()


def upgrade(connection: Connection) -> None:
    """Run every pending migration inside the caller's transaction."""
    command.upgrade(alembic_config(connection), "head")
