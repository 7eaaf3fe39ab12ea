"""Options parents chose from a "did you mean": their original words, suggested to
counsellors as an alternate wording of the entry they chose.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    when = sa.DateTime(timezone=True)
    op.create_table(
        "option_choices",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("conversation_id", sa.String(64), nullable=False, index=True),
        sa.Column("created_at", when, nullable=False, index=True),
        sa.Column("question", sa.Text, nullable=False),
        sa.Column("source_id", sa.String(300), nullable=False),
        sa.Column("decision", sa.String(16), nullable=True),
        sa.Column("decided_by", sa.String(80), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("option_choices")
