"""Alembic environment for caseapp. Run only through caseapp.storage.migrate,
which passes an open connection in ``config.attributes["connection"]``."""

from __future__ import annotations

from alembic import context

from caseapp.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - offline use is not supported
    raise RuntimeError("caseapp migrations need a connection (caseapp.storage.migrate)")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite: ALTER via copy-and-move (foreign keys are OFF then)
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
