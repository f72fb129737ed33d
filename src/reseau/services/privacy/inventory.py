"""Where a person's data can be, column by column: what the erasure and the export do with it.

Every column of every table (``Base.metadata``) is either handled here or declared not personal
with a reason; ``tests/services/test_privacy_inventory.py`` walks the metadata and fails on a
column that is neither, so a new table or column cannot slip past the erasure unnoticed.

* A column that references ``person.id`` makes its rows hers: they are deleted with her
  (``ROW_DELETED``), except the links that only point at her (``UNLINKED``: set to NULL).
* Free text of a record linked to her is redacted (``REDACTED``); snapshots that copied her
  data are scrubbed (``SCRUBBED``).
* Free text of the other records may mention her: those columns (``MENTION``) are searched and
  the matches listed for review in the erasure report; nothing is changed without the user.
"""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import MetaData

from reseau.core.messages import Message, tr


class Handling(StrEnum):
    ROW_DELETED = "row_deleted"
    UNLINKED = "unlinked"
    REDACTED = "redacted"
    SCRUBBED = "scrubbed"
    MENTION = "mention"


# Present in every table, never about anyone.
GENERIC = {
    "id": "numéro interne de l'enregistrement",
    "created_at": "date technique de création",
    "updated_at": "date technique de modification",
    "version": "compteur de verrouillage optimiste",
}

# Columns that reference person.id: how the erasure treats the rows (default ROW_DELETED).
PERSON_LINKS: dict[tuple[str, str], Handling] = {
    ("theme", "owner_id"): Handling.UNLINKED,
}

HANDLED: dict[tuple[str, str], frozenset[Handling]] = {
    **{
        ("person", column): frozenset({Handling.ROW_DELETED})
        for column in (
            "first_name",
            "last_name",
            "name_key",
            "title",
            "department",
            "organization_id",
            "country",
            "sectors",
            "roles",
            "languages",
            "source",
            "consent_basis",
            "do_not_contact",
            "follow_up_days",
        )
    },
    ("person", "notes"): frozenset({Handling.ROW_DELETED, Handling.MENTION}),
    **{
        ("contact_point", column): frozenset({Handling.ROW_DELETED})
        for column in ("kind", "label", "value", "normalized", "usage", "extension", "address")
    },
    ("exchange_participant", "role"): frozenset({Handling.ROW_DELETED}),
    ("person_follow_up", "done_on"): frozenset({Handling.ROW_DELETED}),
    ("person_follow_up", "snoozed_until"): frozenset({Handling.ROW_DELETED}),
    ("interaction", "summary"): frozenset({Handling.REDACTED, Handling.MENTION}),
    ("agenda_slot", "title"): frozenset({Handling.REDACTED, Handling.MENTION}),
    ("agenda_slot", "notes"): frozenset({Handling.REDACTED, Handling.MENTION}),
    ("agenda_slot", "saved_speakers"): frozenset({Handling.SCRUBBED}),
    ("import_batch_item", "before"): frozenset({Handling.SCRUBBED}),
    ("organization", "notes"): frozenset({Handling.MENTION}),
    ("exchange", "description"): frozenset({Handling.MENTION}),
    ("exchange", "outcome"): frozenset({Handling.MENTION}),
    ("exchange", "briefing_html"): frozenset({Handling.MENTION}),
    ("exchange", "learning_goals"): frozenset({Handling.MENTION}),
    ("exchange_objective", "text"): frozenset({Handling.MENTION}),
    ("exchange_objective", "evidence"): frozenset({Handling.MENTION}),
    ("exchange_status_change", "note"): frozenset({Handling.MENTION}),
    ("agenda_check_ack", "reason"): frozenset({Handling.MENTION}),
    ("theme", "description"): frozenset({Handling.MENTION}),
    ("theme", "notes"): frozenset({Handling.MENTION}),
    ("attachment", "original_name"): frozenset({Handling.MENTION}),
    ("import_batch", "source"): frozenset({Handling.MENTION}),
}

_CODE = "un code ou une valeur de liste fixe"
_KEY = "un lien vers un autre enregistrement, pas vers une personne"
_ORG = "les données d'un organisme, pas d'une personne"

NOT_PERSONAL: dict[tuple[str, str], str] = {
    **{("organization", c): _ORG for c in ("name", "name_key", "acronym", "level", "sector", "website")},
    **{("organization", c): _ORG for c in ("region", "department", "city", "country", "parent_id")},
    ("contact_point", "organization_id"): _KEY,
    **{("exchange", c): "le cadre d'un échange (titre, dates, état)" for c in ("title", "start_date")},
    **{("exchange", c): _CODE for c in ("kind", "status", "direction", "agreement_status")},
    ("exchange", "end_date"): "une date de l'échange",
    ("exchange", "report_due"): "une date de l'échange",
    **{("exchange_objective", c): _CODE for c in ("code", "assessment", "position")},
    ("exchange_objective", "exchange_id"): _KEY,
    **{("exchange_organization", c): _KEY for c in ("exchange_id", "organization_id")},
    ("exchange_organization", "role"): _CODE,
    ("exchange_participant", "exchange_id"): _KEY,
    **{("exchange_status_change", c): _CODE for c in ("status", "changed_at")},
    ("exchange_status_change", "exchange_id"): _KEY,
    ("attachment", "exchange_id"): _KEY,
    ("attachment", "stored_name"): "un nom de fichier tiré au hasard",
    ("attachment", "sha256"): "une empreinte du fichier",
    ("attachment", "size"): "une taille en octets",
    **{("agenda_slot", c): _CODE for c in ("day", "half_day", "start_time", "end_time", "activity")},
    **{("agenda_slot", c): "un lieu de rencontre, pas une adresse personnelle" for c in ("place", "city")},
    ("agenda_slot", "exchange_id"): _KEY,
    ("agenda_slot", "host_organization_id"): _KEY,
    ("agenda_slot", "all_delegates"): _CODE,
    ("agenda_slot", "time_zone"): "le fuseau horaire d'un lieu de rencontre",
    **{("agenda_check_ack", c): _CODE for c in ("rule", "key")},
    ("agenda_check_ack", "exchange_id"): _KEY,
    **{
        ("agenda_settings", c): "un réglage des vérifications de l'agenda"
        for c in ("exchange_id", "exchange_ratio", "required_sectors", "debrief_every_days")
    },
    ("agenda_settings", "time_zone"): "le fuseau horaire de la mission",
    ("agenda_settings", "known_times"): "des temps de trajet entre villes",
    **{("interaction", c): _CODE for c in ("occurred_on", "kind", "follow_up_on", "follow_up_state")},
    ("interaction", "exchange_id"): _KEY,
    **{("theme", c): _CODE for c in ("code", "kind", "status", "position")},
    ("theme", "title"): "le titre d'un thème de suivi",
    ("tag", "name"): "un mot-clé partagé par plusieurs fiches",
    **{("import_batch", c): _CODE for c in ("file_format", "policy", "undone_at")},
    **{
        ("import_batch", c): "un compte de lignes"
        for c in ("created_count", "updated_count", "skipped_count", "rejected_count")
    },
    ("import_batch_item", "batch_id"): _KEY,
    ("import_batch_item", "entity"): _CODE,
    ("import_batch_item", "action"): _CODE,
    ("import_batch_item", "entity_id"): "un numéro de fiche ; ses lignes « modifiée » sont supprimées",
    ("import_batch_item", "last_entity_id"): "un numéro de fiche (fin d'une série créée)",
    ("import_mapping", "name"): "le nom d'une correspondance de colonnes",
    ("import_mapping", "columns"): "des en-têtes de colonnes et des noms de champs",
    ("erasure_record", "reference"): "une référence tirée au hasard",
    ("erasure_record", "erased_at"): "la date d'un effacement",
    ("erasure_record", "rows_touched"): "un compte de lignes",
    ("setting", "key"): "un réglage de l'application",
    ("setting", "value"): "un réglage de l'application",
}

# How the erasure report names a record that mentions her: a word and a column to show.
RECORD_WORDS: dict[str, tuple[Message, tuple[str, ...]]] = {
    "person": (tr("Fiche de personne"), ("first_name", "last_name")),
    "organization": (tr("Organisme"), ("name",)),
    "interaction": (tr("Entrée du journal"), ("occurred_on",)),
    "exchange": (tr("Échange"), ("title",)),
    "exchange_objective": (tr("Objectif d'échange"), ("code",)),
    "exchange_status_change": (tr("Historique d'un échange"), ("changed_at",)),
    "agenda_slot": (tr("Activité de l'agenda"), ("day",)),
    "agenda_check_ack": (tr("Avertissement accepté de l'agenda"), ("rule",)),
    "theme": (tr("Thème"), ("title",)),
    "attachment": (tr("Document joint"), ()),
    "import_batch": (tr("Import"), ("created_at",)),
}


def mention_columns() -> list[tuple[str, str]]:
    """The (table, column) pairs searched for mentions of an erased person."""
    return sorted(key for key, how in HANDLED.items() if Handling.MENTION in how)


def unclassified(metadata: MetaData) -> list[str]:
    """``table.column`` for each column of ``metadata`` that nothing here accounts for."""
    missing: list[str] = []
    for table in metadata.sorted_tables:
        person_table = table.name == "person" or any(
            fk.column.table.name == "person" for column in table.columns for fk in column.foreign_keys
        )
        keys_only = all(column.foreign_keys for column in table.columns if column.name not in GENERIC)
        for column in table.columns:
            key = (table.name, column.name)
            if (
                column.name in GENERIC
                or key in HANDLED
                or key in NOT_PERSONAL
                # Her rows are deleted (services.privacy.rights.person_links): the keys go too.
                or (person_table and column.foreign_keys)
                or keys_only  # a link table between two records, none of them a person
            ):
                continue
            missing.append(f"{table.name}.{column.name}")
    return missing
