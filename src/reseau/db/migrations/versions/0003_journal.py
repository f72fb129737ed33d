# ruff: noqa: E501 - the report's theme titles are frozen data, kept one per line.
"""Journal and follow-ups: the per-person follow-up clock, and the built-in themes seeded.

The sixteen follow-up themes (T01–T16) and the eight recommendations (P1–P8) of the 2005 report
are seeded here rather than at first open: a migration runs exactly once per database, for
SQLite files and team servers alike, inside the same transaction as the schema change, and
needs no hook in the open path. A theme whose code already exists (demo loaded before this
migration) is left as it is. The titles are frozen here on purpose: later edits of the demo data
file must not change what an old database gets.

Revision ID: 0003
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy import Connection

revision = "0003"
down_revision = "0001"
branch_labels = None
depends_on = None

BUILT_IN_THEMES: tuple[tuple[str, str, str], ...] = (
    ("T01", "follow_up", "Les diverses formes d'aide aux familles"),
    ("T02", "follow_up", "Les services de garde"),
    ("T03", "follow_up", "Les diverses formes de prestations et les finalités poursuivies"),
    ("T04", "follow_up", "Les outils de gestion mis en place pour administrer adéquatement les prestations"),
    ("T05", "follow_up", "Le soutien aux personnes handicapées"),
    ("T06", "follow_up", "Les politiques et programmes de lutte contre la pauvreté"),
    ("T07", "follow_up", "Les procédures et politiques garantissant l'accès aux droits"),
    ("T08", "follow_up", "Les stratégies déployées pour favoriser la participation des citoyens"),
    (
        "T09",
        "follow_up",
        "L'arrimage entre les directions des programmes des CAF et les résultats de la recherche universitaire française",
    ),
    ("T10", "follow_up", "Les stratégies mises en place pour favoriser la concertation"),
    ("T11", "follow_up", "Les diverses formes de partenariat"),
    (
        "T12",
        "follow_up",
        "Les liens entre l'institutionnel et l'associatif (notamment à l'intérieur des centres sociaux)",
    ),
    ("T13", "follow_up", "Les responsabilités « sociales » des villes"),
    (
        "T14",
        "follow_up",
        "Les travaux de recherche (en matière de soutien aux familles, de développement de l'enfant, etc.)",
    ),
    (
        "T15",
        "follow_up",
        "Les travaux liés à la définition d'indicateurs (seuil de pauvreté, développement social, etc.)",
    ),
    ("T16", "follow_up", "Les travaux en lien avec l'évaluation des interventions"),
    (
        "P1",
        "recommendation",
        "Poursuivre dans cette voie et favoriser les moyens susceptibles de mieux connaître les pratiques françaises.",
    ),
    (
        "P2",
        "recommendation",
        "Explorer et comprendre les actions des autres acteurs, nationaux (DAS, DGAS) ou régionaux, l'apport des autres secteurs (santé, éducation, politique de la Ville) et la place du citoyen.",
    ),
    (
        "P3",
        "recommendation",
        "Développer des avenues de collaboration permettant des échanges de contenus plus soutenus entre organismes-intervenants français et québécois sur des problématiques sectorielles (voir les thèmes de suivi).",
    ),
    (
        "P4",
        "recommendation",
        "Suivre de près les débats sociaux en France sur l'action sociale et le développement social, et échanger avec les collègues français.",
    ),
    (
        "P5",
        "recommendation",
        "Imaginer des modes de collaboration permettant aux participants québécois et à leurs organisations de poursuivre le travail amorcé et de mieux connaître ce qui se fait au Québec.",
    ),
    (
        "P6",
        "recommendation",
        "Se familiariser avec les actions terrain de lutte contre la pauvreté et l'exclusion sociale et échanger sur les pratiques; stages entre ministères; approches territoriales intégrées.",
    ),
    (
        "P7",
        "recommendation",
        "Faire connaître ce qui se fait au Québec en développement social et en soutien aux familles; lancer un chantier sur les indicateurs en développement social impliquant les régions (jugé urgent).",
    ),
    (
        "P8",
        "recommendation",
        "Développer les connaissances sur la contribution des organismes communautaires au développement social et la faire connaître et reconnaître.",
    ),
)


def upgrade() -> None:
    from alembic import op  # here: reseau.db.head_schema reads seed_themes without Alembic

    op.create_table(
        "person_follow_up",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("snoozed_until", sa.Date(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_person_follow_up_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("person_id", name=op.f("pk_person_follow_up")),
    )
    seed_themes(op.get_bind())


def seed_themes(bind: Connection) -> None:
    """The built-in themes, each unless its code is there already (also for a new file created
    at head by reseau.db.head_schema)."""
    insert = sa.text(
        "INSERT INTO theme (code, kind, title, description, status, notes, position, version) "
        "SELECT :code, :kind, :title, '', 'to_start', '', :position, 1 "
        # A second name for the same value: PostgreSQL infers one type per parameter.
        "WHERE NOT EXISTS (SELECT 1 FROM theme WHERE code = :same_code)"
    )
    for position, (code, kind, title) in enumerate(BUILT_IN_THEMES):
        bind.execute(
            insert, {"code": code, "same_code": code, "kind": kind, "title": title, "position": position}
        )


def downgrade() -> None:
    from alembic import op

    # The seeded themes stay: they may carry the user's links and notes by now.
    op.drop_table("person_follow_up")
