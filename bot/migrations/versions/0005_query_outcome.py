"""The outcome of each query, stored with its row (bot/outcomes.py), in place of fell_back:
the console's reports read it instead of working "unanswered" out each time.

Rows already in the log get theirs by the rule bot.outcomes.outcome_of_old_row states (kept
here as SQL, since a migration must not change when the code does); tests/bot/test_outcomes.py
checks that the two agree.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# responses is a JSON list of names; as text each name stands in double quotes.
OUTCOME_OF_OLD_ROWS = """
CASE
  WHEN message_kind = 'flood' THEN 'flood_limited'
  WHEN CAST(responses AS TEXT) LIKE '%"bot_rasa_unavailable"%' THEN 'rasa_unavailable'
  WHEN CAST(responses AS TEXT) LIKE '%"bot_please_type"%' THEN 'not_text'
  WHEN fell_back THEN 'fallback'
  WHEN message_kind IN ('text', 'edited')
       AND (intent IS NULL OR confidence IS NULL OR confidence < 0.6) THEN 'low_confidence'
  ELSE 'answered'
END
"""


def upgrade() -> None:
    with op.batch_alter_table("query_log") as batch:
        batch.add_column(sa.Column("outcome", sa.String(16), nullable=True))
    op.execute(f"UPDATE query_log SET outcome = {OUTCOME_OF_OLD_ROWS}")
    with op.batch_alter_table("query_log") as batch:
        batch.alter_column("outcome", existing_type=sa.String(16), nullable=False)
        batch.create_index("ix_query_log_outcome", ["outcome"])
        batch.drop_index("ix_query_log_fell_back")
        batch.drop_column("fell_back")


def downgrade() -> None:
    with op.batch_alter_table("query_log") as batch:
        batch.add_column(sa.Column("fell_back", sa.Boolean(), nullable=True))
    # What fell_back meant: Rasa's fallback, no reply, or Rasa unavailable.
    op.execute(
        "UPDATE query_log SET fell_back = outcome IN ('fallback', 'rasa_unavailable')"
    )
    with op.batch_alter_table("query_log") as batch:
        batch.alter_column("fell_back", existing_type=sa.Boolean(), nullable=False)
        batch.create_index("ix_query_log_fell_back", ["fell_back"])
        batch.drop_index("ix_query_log_outcome")
        batch.drop_column("outcome")
