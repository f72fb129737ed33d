"""The PDF answer to an access request: everything Réseau holds about one person.

Typeset by :mod:`reseau.reports.typeset` from the export's plain data.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from reseau.core.translate import QT_TRANSLATE_NOOP
from reseau.reports.typeset import Running, Story, write_story
from reseau.reports.words import page_words, typeset

PERSON_LABELS = {
    "identifiant": QT_TRANSLATE_NOOP("PersonReport", "Identifiant"),
    "prenom": QT_TRANSLATE_NOOP("PersonReport", "Prénom"),
    "nom": QT_TRANSLATE_NOOP("PersonReport", "Nom"),
    "fonction": QT_TRANSLATE_NOOP("PersonReport", "Fonction"),
    "organisation": QT_TRANSLATE_NOOP("PersonReport", "Organisation"),
    "pays": QT_TRANSLATE_NOOP("PersonReport", "Pays"),
    "secteurs": QT_TRANSLATE_NOOP("PersonReport", "Secteurs"),
    "roles": QT_TRANSLATE_NOOP("PersonReport", "Rôles"),
    "langues": QT_TRANSLATE_NOOP("PersonReport", "Langues"),
    "notes": QT_TRANSLATE_NOOP("PersonReport", "Notes"),
    "provenance": QT_TRANSLATE_NOOP("PersonReport", "Provenance des données"),
    "motif_de_conservation": QT_TRANSLATE_NOOP("PersonReport", "Motif de conservation"),
    "ne_pas_contacter": QT_TRANSLATE_NOOP("PersonReport", "Ne pas contacter"),
    "relance_jours": QT_TRANSLATE_NOOP("PersonReport", "Cadence de relance (jours)"),
    "cree_le": QT_TRANSLATE_NOOP("PersonReport", "Fiche créée le"),
    "modifie_le": QT_TRANSLATE_NOOP("PersonReport", "Dernière modification"),
}
SECTIONS = [
    ("coordonnees", QT_TRANSLATE_NOOP("PersonReport", "Coordonnées")),
    ("etiquettes", QT_TRANSLATE_NOOP("PersonReport", "Étiquettes")),
    ("themes", QT_TRANSLATE_NOOP("PersonReport", "Thèmes suivis")),
    ("themes_sous_sa_responsabilite", QT_TRANSLATE_NOOP("PersonReport", "Thèmes sous sa responsabilité")),
    ("echanges", QT_TRANSLATE_NOOP("PersonReport", "Participation aux échanges")),
    ("journal", QT_TRANSLATE_NOOP("PersonReport", "Journal des échanges")),
    ("agenda", QT_TRANSLATE_NOOP("PersonReport", "Agenda de mission")),
    ("intervenante_enregistree", QT_TRANSLATE_NOOP("PersonReport", "Nom enregistré comme intervenante")),
    ("relance", QT_TRANSLATE_NOOP("PersonReport", "Relance (faite, reportée)")),
    ("pas_des_doublons_de", QT_TRANSLATE_NOOP("PersonReport", "Fiches marquées « pas un doublon »")),
    ("imports_etat_avant", QT_TRANSLATE_NOOP("PersonReport", "État avant un import")),
]


def tr(text: str) -> str:
    """Fixed text in the UI's language; French on the command line (no translator)."""
    return typeset(QCoreApplication.translate("PersonReport", text))


def title(name: str) -> str:
    return tr("Données détenues sur %1").replace("%1", name)


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return tr("oui") if value else tr("non")
    if isinstance(value, list):
        return ", ".join(_text(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k} : {_text(v)}" for k, v in value.items() if _text(v))
    return "" if value is None else str(value)


def person_story(data: dict[str, Any], name: str) -> Story:
    person = data.get("personne", {})
    story = Story()
    produced = tr("Document produit par Réseau le %1, en réponse à une demande d'accès (Loi 25, RGPD).")
    story.cover(tr("Demande d'accès"), title(name), [produced.replace("%1", str(data.get("genere_le", "")))])
    story.fields((tr(label), _text(person.get(key))) for key, label in PERSON_LABELS.items())
    for key, heading in SECTIONS:
        items = data.get(key) or []
        if isinstance(items, dict):  # one record (the follow-up clock): shown when it holds something
            items = [items] if any(v not in (None, "", []) for v in items.values()) else []
        story.heading(tr(heading), 2, contents=False)
        if not items:
            story.paragraph(tr("Aucune donnée."), "empty")
            continue
        story.bullets(
            " — ".join(_text(v) for v in item.values() if _text(v)) if isinstance(item, dict) else _text(item)
            for item in items
        )
    return story


def write_person_pdf(data: dict[str, Any], name: str, path: Path) -> Path:
    heading = title(name)
    # 0600, through core.safe_output (typeset.write_story)
    write_story(path, person_story(data, name), heading, Running(heading, "", page_words()))
    return path
