"""Initial schema: cases, records with their canonical JSON, evidence files, journal, meta.

Types are spelled out as SQLite stores them (money as INTEGER fen, instants
and JSON as TEXT) so this revision never changes when the models do.

Revision ID: 0001
Revises:
Create Date: 2026-11-23 12:31:11.652922
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('cases',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('worker', sa.Text(), nullable=False),
    sa.Column('employer', sa.Text(), nullable=False),
    sa.Column('client', sa.Text(), nullable=True),
    sa.Column('start', sa.Date(), nullable=False),
    sa.Column('info', sa.Text(), nullable=False),
    sa.Column('extra', sa.Text(), nullable=False),
    sa.Column('created_at', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_cases')),
    sa.UniqueConstraint('case_id', name=op.f('uq_cases_case_id')),
    sa.UniqueConstraint('uid', name=op.f('uq_cases_uid'))
    )
    op.create_table('meta',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_meta'))
    )
    op.create_table('days',
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('doc', sa.Text(), nullable=False),
    sa.Column('recorded_at', sa.Text(), nullable=True),
    sa.Column('updated_at', sa.Text(), nullable=True),
    sa.Column('origin', sa.String(length=16), nullable=True),
    sa.Column('backfill_basis', sa.Text(), nullable=True),
    sa.Column('case_pk', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_pk'], ['cases.pk'], name=op.f('fk_days_case_pk_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_days')),
    sa.UniqueConstraint('case_pk', 'date', name=op.f('uq_days_case_pk'))
    )
    with op.batch_alter_table('days', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_days_case_pk'), ['case_pk'], unique=False)

    op.create_table('evidence',
    sa.Column('rid', sa.String(length=64), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('doc', sa.Text(), nullable=False),
    sa.Column('recorded_at', sa.Text(), nullable=True),
    sa.Column('updated_at', sa.Text(), nullable=True),
    sa.Column('origin', sa.String(length=16), nullable=True),
    sa.Column('backfill_basis', sa.Text(), nullable=True),
    sa.Column('case_pk', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_pk'], ['cases.pk'], name=op.f('fk_evidence_case_pk_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_evidence')),
    sa.UniqueConstraint('case_pk', 'rid', name=op.f('uq_evidence_case_pk'))
    )
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evidence_case_pk'), ['case_pk'], unique=False)

    op.create_table('incidents',
    sa.Column('rid', sa.String(length=64), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=48), nullable=False),
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('doc', sa.Text(), nullable=False),
    sa.Column('recorded_at', sa.Text(), nullable=True),
    sa.Column('updated_at', sa.Text(), nullable=True),
    sa.Column('origin', sa.String(length=16), nullable=True),
    sa.Column('backfill_basis', sa.Text(), nullable=True),
    sa.Column('case_pk', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_pk'], ['cases.pk'], name=op.f('fk_incidents_case_pk_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_incidents')),
    sa.UniqueConstraint('case_pk', 'rid', name=op.f('uq_incidents_case_pk'))
    )
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incidents_case_pk'), ['case_pk'], unique=False)

    op.create_table('journal',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('case_pk', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('op', sa.String(length=16), nullable=False),
    sa.Column('line', sa.LargeBinary(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['case_pk'], ['cases.pk'], name=op.f('fk_journal_case_pk_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_journal')),
    sa.UniqueConstraint('case_pk', 'seq', name=op.f('uq_journal_case_pk'))
    )
    op.create_table('payments',
    sa.Column('rid', sa.String(length=64), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('period_end', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=True),
    sa.Column('net', sa.Integer(), nullable=True),
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('doc', sa.Text(), nullable=False),
    sa.Column('recorded_at', sa.Text(), nullable=True),
    sa.Column('updated_at', sa.Text(), nullable=True),
    sa.Column('origin', sa.String(length=16), nullable=True),
    sa.Column('backfill_basis', sa.Text(), nullable=True),
    sa.Column('case_pk', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_pk'], ['cases.pk'], name=op.f('fk_payments_case_pk_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_payments')),
    sa.UniqueConstraint('case_pk', 'rid', name=op.f('uq_payments_case_pk'))
    )
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payments_case_pk'), ['case_pk'], unique=False)

    op.create_table('people',
    sa.Column('rid', sa.String(length=64), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('party', sa.String(length=16), nullable=False),
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('doc', sa.Text(), nullable=False),
    sa.Column('recorded_at', sa.Text(), nullable=True),
    sa.Column('updated_at', sa.Text(), nullable=True),
    sa.Column('origin', sa.String(length=16), nullable=True),
    sa.Column('backfill_basis', sa.Text(), nullable=True),
    sa.Column('case_pk', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_pk'], ['cases.pk'], name=op.f('fk_people_case_pk_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_people')),
    sa.UniqueConstraint('case_pk', 'rid', name=op.f('uq_people_case_pk'))
    )
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_people_case_pk'), ['case_pk'], unique=False)

    op.create_table('social_insurance',
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('base', sa.Integer(), nullable=True),
    sa.Column('employee_share_withheld', sa.Integer(), nullable=True),
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('doc', sa.Text(), nullable=False),
    sa.Column('recorded_at', sa.Text(), nullable=True),
    sa.Column('updated_at', sa.Text(), nullable=True),
    sa.Column('origin', sa.String(length=16), nullable=True),
    sa.Column('backfill_basis', sa.Text(), nullable=True),
    sa.Column('case_pk', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_pk'], ['cases.pk'], name=op.f('fk_social_insurance_case_pk_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_social_insurance')),
    sa.UniqueConstraint('case_pk', 'month', name=op.f('uq_social_insurance_case_pk'))
    )
    with op.batch_alter_table('social_insurance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_social_insurance_case_pk'), ['case_pk'], unique=False)

    op.create_table('tasks',
    sa.Column('rid', sa.String(length=64), nullable=False),
    sa.Column('assigned_on', sa.Date(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('doc', sa.Text(), nullable=False),
    sa.Column('recorded_at', sa.Text(), nullable=True),
    sa.Column('updated_at', sa.Text(), nullable=True),
    sa.Column('origin', sa.String(length=16), nullable=True),
    sa.Column('backfill_basis', sa.Text(), nullable=True),
    sa.Column('case_pk', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_pk'], ['cases.pk'], name=op.f('fk_tasks_case_pk_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_tasks')),
    sa.UniqueConstraint('case_pk', 'rid', name=op.f('uq_tasks_case_pk'))
    )
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tasks_case_pk'), ['case_pk'], unique=False)

    op.create_table('evidence_files',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('evidence_pk', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('path', sa.Text(), nullable=False),
    sa.Column('original_name', sa.Text(), nullable=True),
    sa.Column('mtime', sa.Text(), nullable=True),
    sa.Column('imported_at', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['evidence_pk'], ['evidence.pk'], name=op.f('fk_evidence_files_evidence_pk_evidence'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_evidence_files')),
    sa.UniqueConstraint('evidence_pk', 'position', name=op.f('uq_evidence_files_evidence_pk'))
    )
    with op.batch_alter_table('evidence_files', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evidence_files_evidence_pk'), ['evidence_pk'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('evidence_files', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evidence_files_evidence_pk'))

    op.drop_table('evidence_files')
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tasks_case_pk'))

    op.drop_table('tasks')
    with op.batch_alter_table('social_insurance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_social_insurance_case_pk'))

    op.drop_table('social_insurance')
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_people_case_pk'))

    op.drop_table('people')
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payments_case_pk'))

    op.drop_table('payments')
    op.drop_table('journal')
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_incidents_case_pk'))

    op.drop_table('incidents')
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evidence_case_pk'))

    op.drop_table('evidence')
    with op.batch_alter_table('days', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_days_case_pk'))

    op.drop_table('days')
    op.drop_table('meta')
    op.drop_table('cases')
