"""Index evidence files by SHA-256 (orphan checks, purge, verify) and evidence
items by kind.

The ``evidence`` table is rebuilt (batch mode, copy-and-move). It is the
parent of ``evidence_files`` with ON DELETE CASCADE: run with foreign keys
ON, dropping the old table would empty ``evidence_files``. caseapp's
migrate.upgrade runs it with foreign keys OFF; tests/storage/test_migrations.py
shows both sides.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 12:40:00
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("evidence_files", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evidence_files_sha256"), ["sha256"], unique=False)
    with op.batch_alter_table("evidence", schema=None, recreate="always") as batch_op:
        batch_op.create_index(batch_op.f("ix_evidence_kind"), ["kind"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("evidence", schema=None, recreate="always") as batch_op:
        batch_op.drop_index(batch_op.f("ix_evidence_kind"))
    with op.batch_alter_table("evidence_files", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evidence_files_sha256"))
