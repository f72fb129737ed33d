"""Header sets of the programs people export contacts from, mapped to Réseau's fields.

A mapping says, for each column of a file, which field it feeds, :data:`KEEP` (the column is
kept in the person's notes as « En-tête : valeur », the default for a header nobody knows) or
:data:`IGNORE` (the user, or the preset for a column the program always fills with noise, said
so). No column is dropped silently: :func:`column_fates` says what becomes of each one, for the
wizard's report and the command line. Known headers are matched on their folded form, so
"E-mail Address", "e-mail address" and "E‑mail address" agree. Address parts ("Business
City"...) feed ``adr.<group>.<part>`` and are joined into one address.

A *preset* (Outlook, Google, Thunderbird, Réseau…) is detected from the headers and can be
chosen by hand: it decides the few headers whose meaning depends on the program (« Titre » is
a job title in a Québec sheet, the civility in French Outlook) and which columns are noise.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

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
    "keep": tr("Garder dans les notes"),
}
KEEP = "keep"  # kept in the notes as « En-tête : valeur »
IGNORE = ""  # left out, because the user (or the preset) said so
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
    # The untyped headers of French and Québec spreadsheets (typed ones: Téléphone bureau,
    # Cellulaire, Ville, Code postal… belong to the structured import).
    add("organization", "Organisme", "Organisation", "Employeur", "Organisme employeur", "Nom de l'organisme")
    add("organization", "Établissement", "Etablissement", "Institution", "Structure", "Société/Organisme")
    add("notes", "Remarques", "Remarque", "Commentaires", "Commentaire", "Observations", "Comments")
    add("email", "Courriel", "Adresse courriel", "Adresse de courriel", "Adresse électronique", "Mél", "Mail")
    add("email", "Adresse e-mail", "Adresse email", "E-mail Address 1", "Email Address", "Courriel 1")
    add("title", "Fonction", "Titre", "Poste", "Titre du poste")
    add("web", "Site Web", "Site internet", "URL")
    add("country", "Pays", "Pays/Région", "Pays/région", "Country/Region")
    add("adr.work.region", "Province", "Province/État", "État/Province", "State/Province")
    # Every multi-e-mail header: Outlook (EN, FR), Thunderbird (EN, FR), Roundcube, Google
    # (numbered ones are in _NUMBERED), and the "Email Home / Work / Other" of other address books.
    add("email", "E-mail 2", "E-mail 3", "Email 2", "Email 3", "Other Email", "Home Email", "Work Email")
    add("email", "Email Home", "Email Work", "Email Other", "Email (Home)", "Email (Work)", "Email (Other)")
    add("email", "E-mail Home", "E-mail Work", "E-mail Other", "Personal Email", "Business Email")
    add("email", "Adresse électronique principale", "Adresse électronique secondaire")
    add("email", "Courriel principal", "Courriel secondaire", "Autre courriel", "Courriel 2", "Courriel 3")
    add("email", "Adresse de messagerie 1", "Adresse e-mail 2", "Adresse e-mail 3")
    add("email", "Email Address 2", "Email Address 3", "E-mail Address 2", "E-mail Address 3")
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
    (re.compile(r"^e ?mail \d+ value$"), "email"),
    (re.compile(r"^(?:e ?mail|courriel|adresse courriel) \d+$"), "email"),
    (re.compile(r"^phone \d+ value$"), "phone"),
    (re.compile(r"^address \d+ formatted$"), "address"),
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


def _field_for_key(key: str) -> str | None:
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


# The columns each program fills on every row with what is no contact data (Outlook's
# "Priority: Normal"), or that repeat another column: ignored by its preset, with the reason.
_NOISE = tr("valeur par défaut du programme, sans information")
_TYPE = tr("type de la valeur de la colonne voisine")
_DUPLICATE = tr("répète une autre colonne")
_OUTLOOK_NOISE = {
    "sensitivity": _NOISE, "priority": _NOISE, "private": _NOISE, "gender": _NOISE,
    "critere de diffusion": _NOISE, "priorite": _NOISE, "prive": _NOISE, "sexe": _NOISE,
    "e mail type": _TYPE, "e mail 2 type": _TYPE, "e mail 3 type": _TYPE,
    "type de messagerie": _TYPE, "type de messagerie 2": _TYPE, "type de messagerie 3": _TYPE,
    "e mail display name": _DUPLICATE, "e mail 2 display name": _DUPLICATE,
    "e mail 3 display name": _DUPLICATE, "nom complet de l adresse de messagerie": _DUPLICATE,
    "nom complet de l adresse de messagerie 2": _DUPLICATE,
    "nom complet de l adresse de messagerie 3": _DUPLICATE,
}  # fmt: skip
_GOOGLE_COMPANIONS = (
    re.compile(
        r"^(?:e mail|phone|address|website|relation|event|im|custom field|organization) \d+ (?:type|label)$"
    ),
    re.compile(r"^address \d+ (?:street|city|po box|region|postal code|country|extended address)$"),
)
# code -> (header overrides: folded header -> field, ignored: folded header -> reason)
PRESETS: dict[str, tuple[dict[str, str], dict[str, Message]]] = {
    "reseau": ({}, {}),
    "outlook_fr": ({"titre": KEEP}, _OUTLOOK_NOISE),  # French Outlook's « Titre » is M., Mme
    "outlook_en": ({"title": KEEP}, _OUTLOOK_NOISE),
    "google_new": ({"name": "full_name"}, {"file as": _DUPLICATE}),
    "google_old": ({"name": "full_name"}, {}),
    "thunderbird": ({}, {}),
    "generic": ({}, {}),
}


def preset_ignores(preset: str, header: str) -> Message | None:
    """Why ``preset`` leaves this column out, or None if it does not."""
    key = fold(header)
    _, ignored = PRESETS.get(preset, ({}, {}))
    if key in ignored:
        return ignored[key]
    if preset.startswith("google") and any(p.match(key) for p in _GOOGLE_COMPANIONS):
        return _TYPE if key.endswith(("type", "label")) else _DUPLICATE
    return None


def preset_field(preset: str, header: str) -> str:
    """The field, :data:`KEEP` or :data:`IGNORE` for a column, by ``preset``'s reading."""
    key = fold(header)
    overrides, _ = PRESETS.get(preset, ({}, {}))
    if key in overrides:
        return overrides[key]
    # A column Réseau reads (Google's "E-mail 1 - Type", "Address 1 - City") is read, even
    # where the preset once called it noise; the preset ignores only what nothing reads.
    field = _field_for_key(key)
    if field:
        return field
    if preset_ignores(preset, header) is not None:
        return IGNORE
    return KEEP


def default_mapping(headers: Sequence[str], preset: str | None = None) -> list[str | None]:
    """For each column, the field it feeds by default (unknown headers: :data:`KEEP`)."""
    chosen = preset or detect_format(headers)[0]
    return [preset_field(chosen, h) or None for h in headers]


@dataclass(frozen=True)
class ColumnFate:
    """What becomes of a column that feeds no field: kept in the notes, or ignored and why."""

    index: int
    header: str
    field: str  # KEEP or IGNORE
    reason: Message

    @property
    def message(self) -> Message:
        return tr("« {header} » : {fate}", header=self.header or column_name(self.index), fate=self.reason)


def column_name(index: int) -> str:
    """The name of a column without a header: « colonne 7 » (1-based, as a spreadsheet counts)."""
    return f"colonne {index + 1}"


def column_fates(headers: Sequence[str], mapping: Sequence[str | None], preset: str) -> list[ColumnFate]:
    """The columns that feed no field, each with what becomes of it (for reports)."""
    fates: list[ColumnFate] = []
    for index, (header, field) in enumerate(zip(headers, mapping, strict=False)):
        if field == KEEP:
            fates.append(ColumnFate(index, header, KEEP, tr("gardée dans les notes")))
        elif not field:
            why = preset_ignores(preset, header)
            reason = tr("ignorée ({why})", why=why) if why is not None else tr("ignorée à votre demande")
            fates.append(ColumnFate(index, header, IGNORE, reason))
    return fates


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
