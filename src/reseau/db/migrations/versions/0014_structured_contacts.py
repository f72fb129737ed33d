"""Contact points keep their type, a phone its extension, an address its parts; persons a department.

Until now every import flattened an address into one text, dropped the work/home/cell/fax type
of phones and e-mails and the extension, and glued the department to the organization's name.
``contact_point.usage`` (ContactUsage code, NULL when unknown), ``contact_point.extension`` and
``contact_point.address`` (JSON parts; ``value`` stays the text form that searches and lists
read) keep them; ``person.department`` holds the service.

The dialogs used to say the type in the free ``label`` ("travail", "mobile", "autre"): those
labels give the type; the label itself is left as it was (no stored value changes: the
services no longer show a label that only repeats the type). Columns are added with plain
ALTER TABLE (no table copy), so the search triggers on ``contact_point`` and ``person`` stay
as they are.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0011"
branch_labels = None
depends_on = None

# The labels the person and organization dialogs wrote, and the type each one meant.
LABEL_USAGES = {
    "travail": "work",
    "bureau": "work",
    "domicile": "home",
    "mobile": "cell",
    "cellulaire": "cell",
    "télécopieur": "fax",
    "fax": "fax",
    "autre": "other",
}
COLUMNS = ("usage", "extension", "address")


def upgrade() -> None:
    op.add_column("contact_point", sa.Column("usage", sa.String(length=16), nullable=True))
    op.add_column(
        "contact_point", sa.Column("extension", sa.String(length=20), server_default="", nullable=False)
    )
    op.add_column("contact_point", sa.Column("address", sa.JSON(), nullable=True))
    op.add_column("person", sa.Column("department", sa.String(length=200), nullable=True))
    bind = op.get_bind()
    for label, usage in LABEL_USAGES.items():
        bind.execute(
            sa.text("UPDATE contact_point SET usage = :usage WHERE label = :label"),
            {"usage": usage, "label": label},
        )


def downgrade() -> None:
    bind = op.get_bind()
    # The type goes back into the label, as the dialogs wrote it, so nothing said is lost.
    for usage, label in (
        ("work", "travail"),
        ("home", "domicile"),
        ("cell", "mobile"),
        ("fax", "télécopieur"),
    ):
        bind.execute(
            sa.text("UPDATE contact_point SET label = :label WHERE usage = :usage AND label = ''"),
            {"usage": usage, "label": label},
        )
    bind.execute(sa.text("UPDATE contact_point SET label = 'autre' WHERE usage = 'other' AND label = ''"))
    # An extension cannot go back into an E.164 value: it is appended to the label instead.
    bind.execute(
        sa.text(
            "UPDATE contact_point SET label = substr(trim(label || ' poste ' || extension), 1, 60) "
            "WHERE extension != ''"
        )
    )
    # The department goes after the title ("Directeur, Service des loisirs"), not lost.
    bind.execute(
        sa.text(
            "UPDATE person SET title = substr(CASE WHEN title IS NULL OR title = '' THEN department "
            "ELSE title || ', ' || department END, 1, 200) WHERE department IS NOT NULL AND department != ''"
        )
    )
    if bind.dialect.name == "sqlite":
        # Native DROP COLUMN: a batch copy of the table would lose its search triggers.
        for column in COLUMNS:
            op.execute(f'ALTER TABLE contact_point DROP COLUMN "{column}"')
        op.execute('ALTER TABLE person DROP COLUMN "department"')
        return
    for column in COLUMNS:
        op.drop_column("contact_point", column)
    op.drop_column("person", "department")
