"""A case's last message either way, so that a case quiet for HANDOFF_IDLE_DAYS closes by
itself; existing cases count from when they opened.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "handoff_case", sa.Column("last_message_at", sa.DateTime(timezone=True), nullable=True)
    )
    op.execute("UPDATE handoff_case SET last_message_at = opened_at")
    op.create_index("ix_handoff_case_last_message_at", "handoff_case", ["last_message_at"])


def downgrade() -> None:
    op.drop_index("ix_handoff_case_last_message_at", table_name="handoff_case")
    with op.batch_alter_table("handoff_case") as batch:
        batch.drop_column("last_message_at")
