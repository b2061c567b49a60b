"""Alembic environment: always run on a connection the store hands in."""

from __future__ import annotations

from alembic import context

from casefiles.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only the store runs migrations
    raise RuntimeError("casefiles migrations run through casefiles.storage.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
