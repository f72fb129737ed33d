"""Header sets of the programs people export contacts from, mapped to Réseau's fields.

A mapping says, for each column of a file, which field it feeds (or nothing). Known headers are
matched on their folded form, so "E-mail Address", "e-mail address" and "E‑mail address" agree.
Address parts ("Business City"...) feed ``adr.<group>.<part>`` and are joined into one address.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reseau.core.messages import Message, tr
from reseau.core.normalize import fold

# Fields a column can feed, with their names for people (the wizard says them in its language).
# Multi-valued ones accept several columns and " ::: " cells.
FIELDS: dict[str, Message] = {
    "first_name": tr("Prénom"),
    "last_name": tr("Nom"),
    "full_name": tr("Nom complet"),
    "title": tr("Fonction"),
    "organization": tr("Organisation"),
    "country": tr("Pays"),
    "email": tr("Courriel"),
    "phone": tr("Téléphone"),
    "address": tr("Adresse"),
    "web": tr("Site web"),
    "notes": tr("Notes"),
    "tags": tr("Étiquettes"),
}
ADDRESS_PARTS = ("street", "street2", "street3", "pobox", "city", "region", "postal", "country")

# Réseau's own export: these exact headers, in this order. They are a file format (the import
# recognises them, mail merges refer to them): French whatever the UI language, never translated.
RESEAU_HEADERS: tuple[tuple[str, str], ...] = (
    ("Prénom", "first_name"),
    ("Nom", "last_name"),
    ("Fonction", "title"),
    ("Organisation", "organization"),
    ("Pays", "country"),
    ("Courriel", "email"),
    ("Téléphone", "phone"),
    ("Adresse", "address"),
    ("Site web", "web"),
    ("Étiquettes", "tags"),
    ("Notes", "notes"),
)


def _aliases() -> dict[str, str]:
    table: dict[str, str] = {}

    def add(field: str, *headers: str) -> None:
        for header in headers:
            table[fold(header)] = field

    for header, field in RESEAU_HEADERS:
        add(field, header)
    # Outlook (English), Thunderbird, Google (new format) share most of these.
    add("first_name", "First Name", "Given Name", "Firstname")
    add("last_name", "Last Name", "Family Name", "Surname", "Lastname")
    add("full_name", "Name", "Display Name", "Full Name", "Nom complet", "Nom d'affichage")
    add("title", "Job Title", "Organization 1 - Title", "Organization Title")
    add("organization", "Company", "Organization", "Organization 1 - Name", "Organization Name")
    add("email", "E-mail Address", "E-mail 2 Address", "E-mail 3 Address", "Primary Email")
    add("email", "Secondary Email", "Email", "E-mail")
    add("phone", "Primary Phone", "Business Phone", "Business Phone 2", "Home Phone", "Home Phone 2")
    add("phone", "Mobile Phone", "Company Main Phone", "Other Phone", "Work Phone", "Mobile Number")
    add("phone", "Phone")
    add("address", "Business Address", "Other Address", "Adresse (bureau)", "Adresse (domicile)")
    add("adr.home.street", "Home Address")  # Thunderbird: the street line, with City beside it
    add("adr.work.street", "Work Address")
    add("web", "Web Page", "Web Page 1", "Web Page 2", "Website", "Personal Web Page")
    add("notes", "Notes", "Note")
    add("tags", "Categories", "Labels", "Group Membership")
    add("country", "Country")
    # Outlook (French).
    add("first_name", "Prénom")
    add("last_name", "Nom de famille")
    add("title", "Fonction", "Titre du poste")
    add("organization", "Société", "Entreprise")
    add("email", "Adresse de messagerie", "Adresse de messagerie 2", "Adresse de messagerie 3")
    add("phone", "Téléphone principal", "Téléphone (bureau)", "Téléphone 2 (bureau)")
    add("phone", "Téléphone (domicile)", "Téléphone 2 (domicile)", "Tél. mobile", "Téléphone mobile")
    add("phone", "Téléphone (autre)", "Téléphone société")
    add("web", "Page Web")
    add("tags", "Catégories")
    # Address parts, English Outlook ("Business Street") and French Outlook ("Rue (bureau)").
    for group, en, fr in (
        ("work", "Business", "bureau"),
        ("home", "Home", "domicile"),
        ("other", "Other", "autre"),
    ):
        add(f"adr.{group}.street", f"{en} Street", f"Rue ({fr})")
        add(f"adr.{group}.street2", f"{en} Street 2", f"Rue ({fr}) 2")
        add(f"adr.{group}.street3", f"{en} Street 3", f"Rue ({fr}) 3")
        add(f"adr.{group}.pobox", f"{en} Address PO Box", f"B.P. ({fr})")
        add(f"adr.{group}.city", f"{en} City", f"Ville ({fr})")
        add(f"adr.{group}.region", f"{en} State", f"Dép/Région ({fr})", f"État/Prov ({fr})")
        add(f"adr.{group}.postal", f"{en} Postal Code", f"{en} ZipCode", f"Code postal ({fr})")
        add(f"adr.{group}.country", f"{en} Country/Region", f"{en} Country", f"Pays/Région ({fr})")
    add("adr.home.street2", "Home Address 2")
    add("adr.work.street2", "Work Address 2")
    add("adr.work.city", "Work City")
    add("adr.work.region", "Work State")
    add("adr.work.country", "Work Country")
    return table


ALIASES = _aliases()
# Google's numbered columns: "E-mail 3 - Value", "Phone 12 - Value", "Address 2 - Formatted".
_NUMBERED = (
    (re.compile(r"^e mail \d+ value$"), "email"),
    (re.compile(r"^phone \d+ value$"), "phone"),
    (re.compile(r"^address \d+ formatted$"), "address"),
    (re.compile(r"^website \d+ value$"), "web"),
    (re.compile(r"^organization \d+ name$"), "organization"),
    (re.compile(r"^organization \d+ title$"), "title"),
)
# The names of the formats for people; the French text (``str``) is what an import batch records.
FORMAT_NAMES: dict[str, Message] = {
    "reseau": tr("Réseau"),
    "outlook_fr": tr("Outlook (français)"),
    "outlook_en": tr("Outlook (anglais)"),
    "google_new": tr("Google Contacts (nouveau format)"),
    "google_old": tr("Google Contacts (ancien format)"),
    "thunderbird": tr("Thunderbird"),
    "generic": tr("CSV générique"),
    "vcard": tr("vCard"),
}
# The headers that tell each program apart (all must be present, folded).
SIGNATURES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("reseau", "Réseau", ("prenom", "nom", "fonction", "organisation", "pays", "etiquettes")),
    ("outlook_fr", "Outlook (français)", ("prenom", "nom", "adresse de messagerie")),
    ("outlook_en", "Outlook (anglais)", ("first name", "last name", "e mail address")),
    ("google_new", "Google Contacts (nouveau format)", ("first name", "last name", "labels")),
    ("google_old", "Google Contacts (ancien format)", ("given name", "family name", "group membership")),
    ("thunderbird", "Thunderbird", ("first name", "last name", "primary email")),
)


def field_for(header: str) -> str | None:
    """The field a column feeds, from its header alone; None when unknown."""
    key = fold(header)
    if key in ALIASES:
        return ALIASES[key]
    for pattern, field in _NUMBERED:
        if pattern.match(key):
            return field
    return None


def detect_format(headers: Sequence[str]) -> tuple[str, str]:
    """(code, label) of the program that wrote these headers, or ("generic", ...)."""
    keys = {fold(h) for h in headers}
    for code, _, needed in SIGNATURES:
        if all(k in keys for k in needed):
            return code, str(FORMAT_NAMES[code])
    return "generic", str(FORMAT_NAMES["generic"])


def default_mapping(headers: Sequence[str]) -> list[str | None]:
    """For each column, the field it feeds by default."""
    return [field_for(h) for h in headers]


def compose_address(parts: dict[str, str]) -> str:
    """One address from Outlook's parts: street lines, "postal city", region, country."""
    lines = [parts.get(k, "") for k in ("pobox", "street", "street2", "street3")]
    city = " ".join(p for p in (parts.get("postal", ""), parts.get("city", "")) if p)
    lines += [city, parts.get("region", ""), parts.get("country", "")]
    return "\n".join(line for line in lines if line)
