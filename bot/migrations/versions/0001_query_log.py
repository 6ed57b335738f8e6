"""Create the query log.

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "query_log",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_pseudonym", sa.String(64), nullable=False),
        sa.Column("event_code", sa.String(64), nullable=True),
        sa.Column("kabupaten", sa.String(64), nullable=True),
        sa.Column("message_kind", sa.String(16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("intent", sa.String(64), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=True),
        sa.Column("responses", sa.JSON(), nullable=False),
        sa.Column("fell_back", sa.Boolean(), nullable=False),
        sa.Column("latency_ms", sa.Integer(), nullable=False),
    )
    for column in ("created_at", "user_pseudonym", "event_code", "kabupaten", "intent",
                   "fell_back"):
        op.create_index(f"ix_query_log_{column}", "query_log", [column])


def downgrade() -> None:
    op.drop_table("query_log")
