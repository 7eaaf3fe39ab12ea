"""A new FAQ entry's id is approved once: two counsellors approving the same id at
once clash inside the database, and the second is told so.

Rows left by the earlier race (the same new id stored twice) keep their first.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

ONLY_NEW_ENTRIES = sa.text("kind = 'entry'")


def upgrade() -> None:
    op.execute(
        "DELETE FROM faq_changes WHERE kind = 'entry' AND id NOT IN "
        "(SELECT min(id) FROM faq_changes WHERE kind = 'entry' GROUP BY entry_id)"
    )
    op.create_index(
        "uq_faq_changes_new_entry",
        "faq_changes",
        ["entry_id"],
        unique=True,
        sqlite_where=ONLY_NEW_ENTRIES,
        postgresql_where=ONLY_NEW_ENTRIES,
    )


def downgrade() -> None:
    op.drop_index("uq_faq_changes_new_entry", table_name="faq_changes")
