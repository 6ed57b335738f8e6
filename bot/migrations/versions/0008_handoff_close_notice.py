"""When a closed case's notice to the villager is due: a case closed by an officer or by the
sweeper keeps its sealed chat link until the notice went (leased like the other due times),
so a crash between the close and the notice no longer leaves the villager waiting. Cases
closed before this have no notice due.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-08
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "handoff_case",
        sa.Column("close_notice_due_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_handoff_case_close_notice_due_at", "handoff_case", ["close_notice_due_at"])


def downgrade() -> None:
    op.drop_index("ix_handoff_case_close_notice_due_at", table_name="handoff_case")
    # Without the column, a link kept for a notice would outlive its case's close.
    op.execute(
        "UPDATE handoff_case SET sealed_chat = NULL "
        "WHERE status = 'closed' AND close_notice_due_at IS NOT NULL"
    )
    with op.batch_alter_table("handoff_case") as batch:
        batch.drop_column("close_notice_due_at")
