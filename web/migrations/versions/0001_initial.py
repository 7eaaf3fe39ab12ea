"""The first schema: exchanges, feedback, users, reviews, FAQ changes.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    when = sa.DateTime(timezone=True)
    op.create_table(
        "exchanges",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("conversation_id", sa.String(64), nullable=False, index=True),
        sa.Column("created_at", when, nullable=False, index=True),
        sa.Column("question", sa.Text, nullable=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("reason", sa.String(32), nullable=True),
        sa.Column("source_id", sa.String(300), nullable=True),
        sa.Column("confidence", sa.Float, nullable=False),
    )
    op.create_table(
        "feedback",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("conversation_id", sa.String(64), nullable=False, index=True),
        sa.Column("source_id", sa.String(300), nullable=True),
        sa.Column("helpful", sa.Boolean, nullable=False),
        sa.Column("created_at", when, nullable=False),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(80), nullable=False, unique=True),
        sa.Column("password_hash", sa.String(300), nullable=False),
        sa.Column("is_admin", sa.Boolean, nullable=False),
        sa.Column("disabled", sa.Boolean, nullable=False),
        sa.Column("created_at", when, nullable=False),
    )
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "exchange_id",
            sa.Integer,
            sa.ForeignKey("exchanges.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("verdict", sa.String(16), nullable=False),
        sa.Column("better_source_id", sa.String(300), nullable=True),
        sa.Column("reviewer", sa.String(80), nullable=False),
        sa.Column("created_at", when, nullable=False),
    )
    op.create_table(
        "faq_changes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("entry_id", sa.String(200), nullable=False),
        sa.Column("question", sa.Text, nullable=False),
        sa.Column("answer", sa.Text, nullable=True),
        sa.Column("sources", sa.Text, nullable=True),
        sa.Column("tags", sa.Text, nullable=True),
        sa.Column("approved_by", sa.String(80), nullable=False),
        sa.Column("approved_on", when, nullable=False),
    )


def downgrade() -> None:
    for table in ("faq_changes", "reviews", "users", "feedback", "exchanges"):
        op.drop_table(table)
