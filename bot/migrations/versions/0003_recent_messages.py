"""The sealed ids of recent messages in private chats, for "Hapus jejak".

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "recent_message",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("user_pseudonym", sa.String(64), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sealed_message_id", sa.Text(), nullable=False),
    )
    op.create_index("ix_recent_message_user_pseudonym", "recent_message", ["user_pseudonym"])
    op.create_index("ix_recent_message_sent_at", "recent_message", ["sent_at"])


def downgrade() -> None:
    op.drop_table("recent_message")
