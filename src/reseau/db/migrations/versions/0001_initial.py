"""Initial schema: the first-cut data model of ARCHITECTURE.md.

Revision ID: 0001
Revises:
Create Date: 2026-11-25 18:18:25.177762
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "exchange",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("direction", sa.String(length=16), nullable=True),
        sa.Column("description", sa.Text(), server_default="", nullable=False),
        sa.Column("outcome", sa.Text(), server_default="", nullable=False),
        sa.Column("briefing_html", sa.Text(), server_default="", nullable=False),
        sa.Column("learning_goals", sa.Text(), server_default="", nullable=False),
        sa.Column("agreement_status", sa.String(length=16), nullable=True),
        sa.Column("report_due", sa.Date(), nullable=True),
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
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange")),
    )
    with op.batch_alter_table("exchange", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exchange_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_exchange_start_date"), ["start_date"], unique=False)

    op.create_table(
        "organization",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("name_key", sa.String(length=300), nullable=False),
        sa.Column("acronym", sa.String(length=40), nullable=True),
        sa.Column("country", sa.String(length=8), nullable=False),
        sa.Column("level", sa.String(length=16), nullable=True),
        sa.Column("sector", sa.String(length=120), nullable=True),
        sa.Column("region", sa.String(length=120), nullable=True),
        sa.Column("department", sa.String(length=120), nullable=True),
        sa.Column("city", sa.String(length=120), nullable=True),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("website", sa.String(length=300), nullable=True),
        sa.Column("notes", sa.Text(), server_default="", nullable=False),
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
            ["parent_id"],
            ["organization.id"],
            name=op.f("fk_organization_parent_id_organization"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organization")),
    )
    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organization_country"), ["country"], unique=False)
        batch_op.create_index(batch_op.f("ix_organization_name_key"), ["name_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_organization_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "tag",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
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
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tag")),
        sa.UniqueConstraint("name", name=op.f("uq_tag_name")),
    )
    op.create_table(
        "agenda_check_ack",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("exchange_id", sa.Integer(), nullable=False),
        sa.Column("rule", sa.String(length=20), nullable=False),
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
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
            ["exchange_id"],
            ["exchange.id"],
            name=op.f("fk_agenda_check_ack_exchange_id_exchange"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_check_ack")),
        sa.UniqueConstraint(
            "exchange_id", "rule", "key", name=op.f("uq_agenda_check_ack_exchange_id_rule_key")
        ),
    )
    op.create_table(
        "agenda_slot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("exchange_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("half_day", sa.String(length=16), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("end_time", sa.Time(), nullable=True),
        sa.Column("activity", sa.String(length=16), nullable=False),
        sa.Column("title", sa.String(length=300), server_default="", nullable=False),
        sa.Column("place", sa.String(length=300), server_default="", nullable=False),
        sa.Column("city", sa.String(length=120), server_default="", nullable=False),
        sa.Column("host_organization_id", sa.Integer(), nullable=True),
        sa.Column("all_delegates", sa.Boolean(), server_default="1", nullable=False),
        sa.Column("notes", sa.Text(), server_default="", nullable=False),
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
            ["exchange_id"],
            ["exchange.id"],
            name=op.f("fk_agenda_slot_exchange_id_exchange"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["host_organization_id"],
            ["organization.id"],
            name=op.f("fk_agenda_slot_host_organization_id_organization"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_slot")),
    )
    with op.batch_alter_table("agenda_slot", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agenda_slot_exchange_id"), ["exchange_id"], unique=False)

    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("exchange_id", sa.Integer(), nullable=True),
        sa.Column("original_name", sa.String(length=300), nullable=False),
        sa.Column("stored_name", sa.String(length=300), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
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
            ["exchange_id"],
            ["exchange.id"],
            name=op.f("fk_attachment_exchange_id_exchange"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachment_exchange_id"), ["exchange_id"], unique=False)

    op.create_table(
        "exchange_objective",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("exchange_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=10), server_default="", nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("assessment", sa.String(length=24), nullable=False),
        sa.Column("evidence", sa.Text(), server_default="", nullable=False),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
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
            ["exchange_id"],
            ["exchange.id"],
            name=op.f("fk_exchange_objective_exchange_id_exchange"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_objective")),
    )
    with op.batch_alter_table("exchange_objective", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exchange_objective_exchange_id"), ["exchange_id"], unique=False)

    op.create_table(
        "exchange_organization",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("exchange_id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
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
            ["exchange_id"],
            ["exchange.id"],
            name=op.f("fk_exchange_organization_exchange_id_exchange"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_exchange_organization_organization_id_organization"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_organization")),
        sa.UniqueConstraint(
            "exchange_id",
            "organization_id",
            "role",
            name=op.f("uq_exchange_organization_exchange_id_organization_id_role"),
        ),
    )
    with op.batch_alter_table("exchange_organization", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_exchange_organization_exchange_id"), ["exchange_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_exchange_organization_organization_id"),
            ["organization_id"],
            unique=False,
        )

    op.create_table(
        "exchange_status_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("exchange_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
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
            ["exchange_id"],
            ["exchange.id"],
            name=op.f("fk_exchange_status_change_exchange_id_exchange"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_status_change")),
    )
    with op.batch_alter_table("exchange_status_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_exchange_status_change_exchange_id"), ["exchange_id"], unique=False
        )

    op.create_table(
        "interaction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("summary", sa.Text(), server_default="", nullable=False),
        sa.Column("exchange_id", sa.Integer(), nullable=True),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("follow_up_state", sa.String(length=8), nullable=False),
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
            ["exchange_id"],
            ["exchange.id"],
            name=op.f("fk_interaction_exchange_id_exchange"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interaction")),
    )
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_interaction_exchange_id"), ["exchange_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_interaction_follow_up_on"), ["follow_up_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_interaction_occurred_on"), ["occurred_on"], unique=False)

    op.create_table(
        "organization_tag",
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=True,
        ),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_organization_tag_organization_id_organization"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tag.id"], name=op.f("fk_organization_tag_tag_id_tag"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("organization_id", "tag_id", name=op.f("pk_organization_tag")),
    )
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("first_name", sa.String(length=120), server_default="", nullable=False),
        sa.Column("last_name", sa.String(length=120), nullable=False),
        sa.Column("name_key", sa.String(length=250), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=True),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("country", sa.String(length=8), nullable=False),
        sa.Column("sectors", sa.JSON(), nullable=False),
        sa.Column("roles", sa.JSON(), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), server_default="", nullable=False),
        sa.Column("source", sa.String(length=300), server_default="", nullable=False),
        sa.Column("consent_basis", sa.String(length=300), server_default="", nullable=False),
        sa.Column("do_not_contact", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("follow_up_days", sa.Integer(), nullable=True),
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
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_person_organization_id_organization"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_country"), ["country"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_name_key"), ["name_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_organization_id"), ["organization_id"], unique=False)

    op.create_table(
        "agenda_slot_attendee",
        sa.Column("agenda_slot_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=True,
        ),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["agenda_slot_id"],
            ["agenda_slot.id"],
            name=op.f("fk_agenda_slot_attendee_agenda_slot_id_agenda_slot"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_agenda_slot_attendee_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("agenda_slot_id", "person_id", name=op.f("pk_agenda_slot_attendee")),
    )
    op.create_table(
        "agenda_slot_speaker",
        sa.Column("agenda_slot_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=True,
        ),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["agenda_slot_id"],
            ["agenda_slot.id"],
            name=op.f("fk_agenda_slot_speaker_agenda_slot_id_agenda_slot"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_agenda_slot_speaker_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("agenda_slot_id", "person_id", name=op.f("pk_agenda_slot_speaker")),
    )
    op.create_table(
        "contact_point",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("label", sa.String(length=60), server_default="", nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("normalized", sa.String(length=320), server_default="", nullable=False),
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
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_contact_point_organization_id_organization"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_contact_point_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_point")),
    )
    with op.batch_alter_table("contact_point", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_point_normalized"), ["normalized"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_contact_point_organization_id"), ["organization_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_contact_point_person_id"), ["person_id"], unique=False)

    op.create_table(
        "exchange_participant",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("exchange_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
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
            ["exchange_id"],
            ["exchange.id"],
            name=op.f("fk_exchange_participant_exchange_id_exchange"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_exchange_participant_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_participant")),
        sa.UniqueConstraint(
            "exchange_id",
            "person_id",
            "role",
            name=op.f("uq_exchange_participant_exchange_id_person_id_role"),
        ),
    )
    with op.batch_alter_table("exchange_participant", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_exchange_participant_exchange_id"), ["exchange_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_exchange_participant_person_id"), ["person_id"], unique=False)

    op.create_table(
        "interaction_organization",
        sa.Column("interaction_id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=True,
        ),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interaction.id"],
            name=op.f("fk_interaction_organization_interaction_id_interaction"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_interaction_organization_organization_id_organization"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "interaction_id", "organization_id", name=op.f("pk_interaction_organization")
        ),
    )
    op.create_table(
        "interaction_person",
        sa.Column("interaction_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=True,
        ),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interaction.id"],
            name=op.f("fk_interaction_person_interaction_id_interaction"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_interaction_person_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("interaction_id", "person_id", name=op.f("pk_interaction_person")),
    )
    op.create_table(
        "person_tag",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=True,
        ),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_person_tag_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tag.id"], name=op.f("fk_person_tag_tag_id_tag"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("person_id", "tag_id", name=op.f("pk_person_tag")),
    )
    op.create_table(
        "theme",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=10), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), server_default="", nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), server_default="", nullable=False),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
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
            ["owner_id"], ["person.id"], name=op.f("fk_theme_owner_id_person"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_theme")),
        sa.UniqueConstraint("code", name=op.f("uq_theme_code")),
    )
    op.create_table(
        "agenda_slot_theme",
        sa.Column("agenda_slot_id", sa.Integer(), nullable=False),
        sa.Column("theme_id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=True,
        ),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["agenda_slot_id"],
            ["agenda_slot.id"],
            name=op.f("fk_agenda_slot_theme_agenda_slot_id_agenda_slot"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["theme_id"],
            ["theme.id"],
            name=op.f("fk_agenda_slot_theme_theme_id_theme"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("agenda_slot_id", "theme_id", name=op.f("pk_agenda_slot_theme")),
    )
    op.create_table(
        "exchange_theme",
        sa.Column("exchange_id", sa.Integer(), nullable=False),
        sa.Column("theme_id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=True,
        ),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["exchange_id"],
            ["exchange.id"],
            name=op.f("fk_exchange_theme_exchange_id_exchange"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["theme_id"],
            ["theme.id"],
            name=op.f("fk_exchange_theme_theme_id_theme"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("exchange_id", "theme_id", name=op.f("pk_exchange_theme")),
    )
    op.create_table(
        "interaction_theme",
        sa.Column("interaction_id", sa.Integer(), nullable=False),
        sa.Column("theme_id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=True,
        ),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interaction.id"],
            name=op.f("fk_interaction_theme_interaction_id_interaction"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["theme_id"],
            ["theme.id"],
            name=op.f("fk_interaction_theme_theme_id_theme"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("interaction_id", "theme_id", name=op.f("pk_interaction_theme")),
    )
    op.create_table(
        "organization_theme",
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("theme_id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=True,
        ),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_organization_theme_organization_id_organization"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["theme_id"],
            ["theme.id"],
            name=op.f("fk_organization_theme_theme_id_theme"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("organization_id", "theme_id", name=op.f("pk_organization_theme")),
    )
    op.create_table(
        "person_theme",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("theme_id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=True,
        ),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_person_theme_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["theme_id"],
            ["theme.id"],
            name=op.f("fk_person_theme_theme_id_theme"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("person_id", "theme_id", name=op.f("pk_person_theme")),
    )


def downgrade() -> None:

    op.drop_table("person_theme")
    op.drop_table("organization_theme")
    op.drop_table("interaction_theme")
    op.drop_table("exchange_theme")
    op.drop_table("agenda_slot_theme")
    op.drop_table("theme")
    op.drop_table("person_tag")
    op.drop_table("interaction_person")
    op.drop_table("interaction_organization")
    with op.batch_alter_table("exchange_participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_participant_person_id"))
        batch_op.drop_index(batch_op.f("ix_exchange_participant_exchange_id"))

    op.drop_table("exchange_participant")
    with op.batch_alter_table("contact_point", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_point_person_id"))
        batch_op.drop_index(batch_op.f("ix_contact_point_organization_id"))
        batch_op.drop_index(batch_op.f("ix_contact_point_normalized"))

    op.drop_table("contact_point")
    op.drop_table("agenda_slot_speaker")
    op.drop_table("agenda_slot_attendee")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_organization_id"))
        batch_op.drop_index(batch_op.f("ix_person_name_key"))
        batch_op.drop_index(batch_op.f("ix_person_country"))

    op.drop_table("person")
    op.drop_table("organization_tag")
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interaction_occurred_on"))
        batch_op.drop_index(batch_op.f("ix_interaction_follow_up_on"))
        batch_op.drop_index(batch_op.f("ix_interaction_exchange_id"))

    op.drop_table("interaction")
    with op.batch_alter_table("exchange_status_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_status_change_exchange_id"))

    op.drop_table("exchange_status_change")
    with op.batch_alter_table("exchange_organization", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_organization_organization_id"))
        batch_op.drop_index(batch_op.f("ix_exchange_organization_exchange_id"))

    op.drop_table("exchange_organization")
    with op.batch_alter_table("exchange_objective", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_objective_exchange_id"))

    op.drop_table("exchange_objective")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_exchange_id"))

    op.drop_table("attachment")
    with op.batch_alter_table("agenda_slot", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_slot_exchange_id"))

    op.drop_table("agenda_slot")
    op.drop_table("agenda_check_ack")
    op.drop_table("tag")
    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organization_parent_id"))
        batch_op.drop_index(batch_op.f("ix_organization_name_key"))
        batch_op.drop_index(batch_op.f("ix_organization_country"))

    op.drop_table("organization")
    with op.batch_alter_table("exchange", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_start_date"))
        batch_op.drop_index(batch_op.f("ix_exchange_kind"))

    op.drop_table("exchange")
