"""The hand-off's cases and their messages in the officers' chat (no personal data but the
sealed chat link, kept only while a case is open).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "handoff_case",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("status", sa.String(8), nullable=False),
        sa.Column("user_pseudonym", sa.String(64), nullable=True),
        sa.Column("sealed_chat", sa.Text(), nullable=True),
        sa.Column("district", sa.String(64), nullable=True),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("officers_chat_id", sa.BigInteger(), nullable=False),
        sa.Column("topic_id", sa.Integer(), nullable=True),
        sa.Column("opening_message_id", sa.Integer(), nullable=True),
        sa.Column("phone_shared", sa.Boolean(), nullable=False),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("first_reply_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("outcome", sa.String(24), nullable=True),
        sa.Column("reply_due_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("purge_due_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("officers_messages_deleted", sa.Boolean(), nullable=False),
    )
    for column in ("status", "user_pseudonym", "opened_at", "closed_at", "outcome"):
        op.create_index(f"ix_handoff_case_{column}", "handoff_case", [column])
    op.create_index("ix_handoff_case_reply_due_at", "handoff_case", ["reply_due_at"])
    op.create_index("ix_handoff_case_purge_due_at", "handoff_case", ["purge_due_at"])
    # One open case per villager, whichever replica opens it.
    op.create_index(
        "ix_handoff_case_one_open",
        "handoff_case",
        ["user_pseudonym"],
        unique=True,
        sqlite_where=sa.text("status = 'open'"),
        postgresql_where=sa.text("status = 'open'"),
    )
    op.create_table(
        "handoff_message",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "case_id",
            sa.Integer(),
            sa.ForeignKey("handoff_case.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("officers_message_id", sa.Integer(), nullable=False),
    )
    op.create_index("ix_handoff_message_case_id", "handoff_message", ["case_id"])
    op.create_index(
        "ix_handoff_message_officers_message_id", "handoff_message", ["officers_message_id"]
    )


def downgrade() -> None:
    op.drop_table("handoff_message")
    op.drop_table("handoff_case")
