"""Header sets of the programs people export contacts from, mapped to Réseau's fields.

A mapping says, for each column of a file, which field it feeds (or nothing). Known headers are
matched on their folded form, so "E-mail Address", "e-mail address" and "E‑mail address" agree.
Address parts ("Business City"...) feed ``adr.<group>.<part>`` and are joined into one address.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from reseau.core.addresses import PostalAddress
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
    # Typed contact fields (issue 14.4): "<kind>:<usage>" keeps what the column says it is for.
    "department": tr("Service"),
    "email:work": tr("Courriel (travail)"),
    "email:home": tr("Courriel (domicile)"),
    "email:other": tr("Courriel (autre)"),
    "phone:work": tr("Téléphone (travail)"),
    "phone:home": tr("Téléphone (domicile)"),
    "phone:cell": tr("Cellulaire"),
    "phone:fax": tr("Télécopieur"),
    "phone:other": tr("Téléphone (autre)"),
    "extension": tr("Poste (téléphone au travail)"),
    "address:work": tr("Adresse (travail)"),
    "address:home": tr("Adresse (domicile)"),
    "address:other": tr("Adresse (autre)"),
}
MULTI_FIELDS = {"email", "phone", "address", "web", "tags"}
ADDRESS_PARTS = ("street", "street2", "street3", "pobox", "city", "region", "postal", "country")
# Address groups of ``adr.<group>.<part>``: Outlook's three, "main" for an untyped address
# (a sheet's Adresse/Ville/Code postal), "gN" for Google's numbered ones (typed by "adr.gN.type").
GROUP_USAGES = {"work": "work", "home": "home", "other": "other", "main": ""}

# Réseau's own export: these exact headers, in this order. They are a file format (the import
# recognises them, mail merges refer to them): French whatever the UI language, never translated.
# Files written before issue 14.4 have only the untyped Courriel/Téléphone/Adresse: still read.
# Phones carry their extension in the cell ("+1 514-555-1234 poste 22"); an address is written
# in parts, several addresses of one type joined by " ::: " in each part's column.
RESEAU_HEADERS: tuple[tuple[str, str], ...] = (
    ("Prénom", "first_name"),
    ("Nom", "last_name"),
    ("Fonction", "title"),
    ("Organisation", "organization"),
    ("Service", "department"),
    ("Pays", "country"),
    ("Courriel", "email"),
    ("Courriel (travail)", "email:work"),
    ("Courriel (domicile)", "email:home"),
    ("Courriel (autre)", "email:other"),
    ("Téléphone", "phone"),
    ("Téléphone (travail)", "phone:work"),
    ("Téléphone (domicile)", "phone:home"),
    ("Cellulaire", "phone:cell"),
    ("Télécopieur", "phone:fax"),
    ("Téléphone (autre)", "phone:other"),
    *(
        (f"{name}{suffix}", f"adr.{group}.{part}")
        for group, suffix in (
            ("main", ""),
            ("work", " (travail)"),
            ("home", " (domicile)"),
            ("other", " (autre)"),
        )
        for name, part in (
            ("Adresse", "street"),
            ("Ville", "city"),
            ("Code postal", "postal"),
            ("Région", "region"),
            ("Pays de l'adresse", "country"),
        )
    ),
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
    _typed_aliases(add)
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


def _typed_aliases(add: Callable[..., None]) -> None:
    """Issue 14.4: columns that say what a phone, e-mail or address is for (Outlook, Google,
    Thunderbird, Québec and French sheets). They win over the untyped aliases above."""
    add("department", "Department", "Service", "Département", "Service/Département", "Direction")
    add("email:home", "Email Home", "E-mail Home", "Courriel (domicile)", "Courriel personnel")
    add("email:work", "Email Work", "E-mail Work", "Courriel (travail)", "Courriel (bureau)")
    add("email:work", "Work Email", "Courriel professionnel")
    add("email:other", "Email Other", "E-mail Other", "Courriel (autre)")
    add("phone:work", "Business Phone", "Business Phone 2", "Work Phone", "Company Main Phone")
    add("phone:work", "Téléphone bureau", "Téléphone travail", "Téléphone (bureau)", "Téléphone 2 (bureau)")
    add("phone:work", "Téléphone (travail)", "Tél. bureau", "Tél. travail", "Téléphone société")
    add("phone:home", "Home Phone", "Home Phone 2", "Téléphone domicile", "Téléphone (domicile)")
    add("phone:home", "Téléphone 2 (domicile)", "Tél. domicile")
    add("phone:cell", "Mobile Phone", "Mobile Number", "Cellulaire", "Cell", "Tél. mobile")
    add("phone:cell", "Téléphone mobile", "Téléphone cellulaire", "Portable", "Mobile")
    add("phone:fax", "Business Fax", "Home Fax", "Other Fax", "Fax Number", "Fax", "Télécopieur")
    add("phone:fax", "Télécopie", "Télécopie (bureau)", "Télécopie (domicile)", "Télécopieur (bureau)")
    add("phone:other", "Other Phone", "Téléphone (autre)")
    add("extension", "Poste", "Extension", "Ext.", "Poste téléphonique")
    add("address:work", "Business Address", "Adresse (bureau)", "Adresse (travail)")
    add("address:home", "Adresse (domicile)")
    add("address:other", "Other Address", "Adresse (autre)")
    # A sheet's untyped address in parts. "Adresse" is its street (a whole address alone in
    # that column is kept as it is); "Pays" stays the person's country (see csv_read).
    add("adr.main.city", "Ville", "City", "Municipalité")
    add("adr.main.postal", "Code postal", "Postal Code", "Zip", "Zip Code", "CP")
    add("adr.main.region", "Province", "Région", "Province/État", "State", "Region")
    for header, field in RESEAU_HEADERS:  # Réseau's own columns say it best
        add(field, header)


ALIASES = _aliases()
# Google's numbered columns: "E-mail 3 - Value", "Phone 12 - Value", "Address 2 - Formatted".
_NUMBERED = (
    (re.compile(r"^e mail (\d+) value$"), "email#{}"),
    (re.compile(r"^e mail (\d+) type$"), "email#{}.type"),
    (re.compile(r"^phone (\d+) value$"), "phone#{}"),
    (re.compile(r"^phone (\d+) type$"), "phone#{}.type"),
    (re.compile(r"^address (\d+) formatted$"), "adr.g{}.formatted"),
    (re.compile(r"^address (\d+) type$"), "adr.g{}.type"),
    (re.compile(r"^address (\d+) street$"), "adr.g{}.street"),
    (re.compile(r"^address (\d+) city$"), "adr.g{}.city"),
    (re.compile(r"^address (\d+) po box$"), "adr.g{}.pobox"),
    (re.compile(r"^address (\d+) region$"), "adr.g{}.region"),
    (re.compile(r"^address (\d+) postal code$"), "adr.g{}.postal"),
    (re.compile(r"^address (\d+) country$"), "adr.g{}.country"),
    (re.compile(r"^address (\d+) extended address$"), "adr.g{}.street2"),
    (re.compile(r"^website \d+ value$"), "web"),
    (re.compile(r"^organization \d+ name$"), "organization"),
    (re.compile(r"^organization \d+ title$"), "title"),
    (re.compile(r"^organization \d+ department$"), "department"),
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
        match = pattern.match(key)
        if match:
            return field.format(*match.groups())
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


def field_name(field: str) -> Message:
    """A field's name for people, including address parts and Google's numbered columns."""
    if field in FIELDS:
        return FIELDS[field]
    if field.startswith("adr."):
        _, group, part = field.split(".", 2)
        usage = GROUP_USAGES.get(group, group)
        return tr("Adresse {usage} : {part}", usage=usage, part=part)
    base, _, rest = field.partition("#")
    number, _, sub = rest.partition(".")
    if base in FIELDS and number:
        if sub == "type":
            return tr("{field} n° {number} : type", field=FIELDS[base], number=number)
        return tr("{field} n° {number}", field=FIELDS[base], number=number)
    return tr("{field}", field=field)


def address_from_parts(parts: dict[str, str]) -> PostalAddress:
    """One address from Outlook's or Google's parts; the street lines first, then the P.O. box
    (the order vCard's ADR prints them in)."""
    street = "\n".join(p for p in (parts.get(k, "") for k in ("street", "street2", "street3", "pobox")) if p)
    return PostalAddress(
        street=street,
        city=parts.get("city", ""),
        region=parts.get("region", ""),
        postal_code=parts.get("postal", ""),
        country=parts.get("country", ""),
    )


def compose_address(parts: dict[str, str]) -> str:
    """One address from Outlook's parts, as text."""
    return address_from_parts(parts).formatted()
