"""The PDF answer to an access request: everything Réseau holds about one person.

Built with QTextDocument + QPdfWriter (QtGui only, no widgets), from the export's plain data.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from reseau.core.files import secure_file
from reseau.reports.pdf import render_pdf

PERSON_LABELS = {
    "identifiant": "Identifiant",
    "prenom": "Prénom",
    "nom": "Nom",
    "fonction": "Fonction",
    "organisation": "Organisation",
    "pays": "Pays",
    "secteurs": "Secteurs",
    "roles": "Rôles",
    "langues": "Langues",
    "notes": "Notes",
    "provenance": "Provenance des données",
    "motif_de_conservation": "Motif de conservation",
    "ne_pas_contacter": "Ne pas contacter",
    "relance_jours": "Cadence de relance (jours)",
    "cree_le": "Fiche créée le",
    "modifie_le": "Dernière modification",
}
SECTIONS = [
    ("coordonnees", "Coordonnées"),
    ("etiquettes", "Étiquettes"),
    ("themes", "Thèmes suivis"),
    ("themes_sous_sa_responsabilite", "Thèmes sous sa responsabilité"),
    ("echanges", "Participation aux échanges"),
    ("journal", "Journal des échanges"),
    ("agenda", "Agenda de mission"),
]


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


def _html(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def person_html(data: dict[str, Any], name: str) -> str:
    person = data.get("personne", {})
    rows = "".join(
        f"<tr><td><b>{escape(label)}</b></td><td>{_html(_text(person.get(key)))}</td></tr>"
        for key, label in PERSON_LABELS.items()
    )
    parts = [
        f"<h1>Données détenues sur {escape(name)}</h1>",
        f"<p>Document produit par Réseau le {escape(str(data.get('genere_le', '')))}, "
        "en réponse à une demande d'accès (Loi 25, RGPD).</p>",
        f"<table cellpadding='3'>{rows}</table>",
    ]
    for key, title in SECTIONS:
        items = data.get(key) or []
        parts.append(f"<h2>{escape(title)}</h2>")
        if not items:
            parts.append("<p><i>Aucune donnée.</i></p>")
            continue
        lines = [
            " — ".join(escape(_text(v)) for v in item.values() if _text(v))
            if isinstance(item, dict)
            else escape(_text(item))
            for item in items
        ]
        parts.append(
            "<ul>" + "".join(f"<li>{line.replace(chr(10), '<br>')}</li>" for line in lines) + "</ul>"
        )
    return "".join(parts)


def write_person_pdf(data: dict[str, Any], name: str, path: Path) -> Path:
    render_pdf(path, f"Données détenues sur {name}", person_html(data, name))
    secure_file(path)
    return path
