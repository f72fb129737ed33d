"""Characterisation of the import and export paths: what they produce today, recorded.

Recorded before the complexity split of issue 17.6 (``scripts/complexity``'s allow-list), so
that splitting the readers, the planner and the writer into small functions provably changed
nothing: tests/io/test_characterisation.py compares, field by field, what the code produces now
with ``snapshots/contacts_paths.json``.

What is recorded:

* every real-world sample file (``../shared/samples``) read by ``read_contacts``, each record
  planned by ``plan_record`` and written back by ``card_lines`` (vCard 3.0 and 4.0). These
  files belong to other projects (their README: do not copy them), so their values are kept as
  short digests, field by field: a change names the file, the record and the field;
* synthetic rows through ``RowMapper`` (every kind of column), synthetic records through
  ``plan_record`` and synthetic texts through ``address_hints``/``infer_country``: our own
  made-up data, kept in clear.

Regenerate (only when a change of behaviour is meant, and say why in the commit):
``.venv/bin/python -m tests.io.characterise``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Any

from reseau.core.addresses import PostalAddress
from reseau.core.country_evidence import address_hints, infer_country
from reseau.core.enums import ContactKind, ContactUsage, Country
from reseau.core.messages import Message
from reseau.io.contacts_file import open_contacts, read_contacts
from reseau.io.csv_read import RowMapper
from reseau.io.records import ContactDetail, ContactRecord, ExportPerson, NotAContactsFile, RowProblem
from reseau.io.vcard_write import card_lines
from reseau.services.io.import_keys import phone_key
from reseau.services.io.import_plan import plan_record

SNAPSHOT = Path(__file__).with_name("snapshots") / "contacts_paths.json"
SAMPLE_FILES = (
    "csv/roundcube_gmail.csv",
    "csv/roundcube_tb_plain.csv",
    "csv/thunderbird_csv_semicolon.csv",
    "vcard/eds_libebook_12.vcf",
    "vcard/ezvcard_John_Doe_ANDROID.vcf",
    "vcard/ezvcard_John_Doe_IPHONE.vcf",
    "vcard/ezvcard_John_Doe_MS_OUTLOOK.vcf",
    "vcard/ezvcard_gmail-single2.vcf",
    "vcard/ezvcard_rfc6350-example.vcf",
    "vcard/kcontacts_vcard10.vcf",
    "vcard/kcontacts_vcard4.vcf",
    "vcard/roundcube_johndoe.vcf",
    "vcard/vcard4android_allfields-vcard3.vcf",
)


def plain(value: Any) -> Any:
    """A JSON value for anything the paths produce (messages in French, enums as codes)."""
    if isinstance(value, Message):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple) and hasattr(value, "_fields"):  # NamedTuple
        return {name: plain(getattr(value, name)) for name in value._fields}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return sorted([plain(k), plain(v)] for k, v in value.items())
    return value


def digest(value: Any) -> str:
    text = json.dumps(plain(value), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _phone(raw: str, country: Country) -> str | None:
    return phone_key(raw, country)


def _export_person(record: ContactRecord) -> ExportPerson:
    return ExportPerson(
        record.first_name,
        record.last_name,
        record.title,
        record.organization,
        record.country,
        record.notes,
        tuple(record.emails),
        tuple(record.phones),
        tuple(record.addresses),
        tuple(record.webs),
        tuple(record.tags),
        record.department,
        dict(record.details),
    )


def _one(item: ContactRecord | RowProblem, with_writers: bool = True) -> dict[str, Any]:
    """Everything one read item leads to: the record, its plan, its vCards."""
    if isinstance(item, RowProblem):
        return {"problem": plain(item)}
    shown: dict[str, Any] = {"class": type(item).__name__, **plain(item)}
    plan, warnings = plan_record(item, Country.QUEBEC, _phone)
    shown["plan"] = plain(plan)
    shown["plan_warnings"] = plain(warnings)
    if with_writers:
        person = _export_person(item)
        shown["vcard3"] = card_lines(person, "3.0")
        shown["vcard4"] = card_lines(person, "4.0")
    return shown


def read_sample(path: Path) -> list[dict[str, Any]] | str:
    """Every item of one sample file, each field as a digest; the message if it is refused."""
    try:
        items = list(read_contacts(open_contacts(path)))
    except NotAContactsFile as exc:
        return f"refused: {exc}"
    return [{name: digest(value) for name, value in _one(item).items()} for item in items]


# --- synthetic rows: every kind of column RowMapper knows ----------------------------------------

ROW_HEADERS = (
    "Prénom", "Nom", "Nom complet", "Fonction", "Organisation", "Pays", "Notes", "Service",
    "Courriel", "Téléphone", "Adresse", "Site", "Étiquettes", "Courriel travail", "Tél. travail",
    "Cellulaire", "Adresse domicile", "Rue bureau", "Ville bureau", "Province bureau",
    "CP bureau", "Pays bureau", "Rue", "Ville", "Code postal", "Poste", "E-mail 1 - Type",
    "E-mail 1 - Value", "Phone 1 - Type", "Phone 1 - Value", "Address 1 - Type",
    "Address 1 - Formatted", "Address 2 - Street", "Address 2 - City", "Inconnue", "",
    "Notes 2", "Rue bureau 2", "Web 2",
)  # fmt: skip
ROW_MAPPING: tuple[str | None, ...] = (
    "first_name", "last_name", "full_name", "title", "organization", "country", "notes",
    "department", "email", "phone", "address", "web", "tags", "email:work", "phone:work",
    "phone:cell", "address:home", "adr.work.street", "adr.work.city", "adr.work.region",
    "adr.work.postal", "adr.work.country", "adr.main.street", "adr.main.city",
    "adr.main.postal", "extension", "email#1.type", "email#1", "phone#1.type", "phone#1",
    "adr.g1.type", "adr.g1.formatted", "adr.g2.street", "adr.g2.city", "keep", "keep", "notes",
    "adr.work.street", None,
)  # fmt: skip
_FULL = (
    "Lucie", "Tremblay", "Lucie Tremblay", "Agente", "CDC Rimouski", "Canada", "Première note",
    "Animation", "lucie@example.org ::: l.t@example.org", "418 555-0100", "1 rue Haute, Rimouski",
    "https://cdc.example.org", "Rimouski ::: CDC", "lt@cdc.example.qc.ca", "418 555-0101 poste 4",
    "418 555-0199", "12 rang 3\nSaint-Anaclet", "100 rue de la Cathédrale", "Rimouski", "QC",
    "G5L 5J1", "", "22 av. Ouest ::: 24 av. Ouest", "Rimouski ::: Mont-Joli", "G5L 1A1 ::: G5H 2B2",
    "12", "Work", "lucie@travail.example", "Mobile", "+1 418 555 0177", "Home",
    "5 chemin du Lac, Bic", "7 rue Sud", "Matane", "valeur gardée", "sans en-tête", "Deuxième note",
    "bureau 210", "ignorée",
)  # fmt: skip


def _row(**cells: str) -> list[str]:
    row = [""] * len(ROW_HEADERS)
    for header, value in cells.items():
        row[ROW_HEADERS.index(header.replace("_", " "))] = value
    return row


ROWS: dict[str, tuple[tuple[str | None, ...], list[str]]] = {
    "everything": (ROW_MAPPING, list(_FULL)),
    "blank": (ROW_MAPPING, [" "] * len(ROW_HEADERS)),
    "short row": (ROW_MAPPING, list(_FULL[:10])),
    "neutralised cells": (
        ROW_MAPPING,
        _row(Prénom="'=Lucie", Nom="'+Tremblay", Notes="'-2", Fonction="'Agente", Organisation="''"),
    ),
    "extension without a phone": (ROW_MAPPING, _row(Nom="Gagnon", Poste="204", Notes="déjà là")),
    "extension without a note": (ROW_MAPPING, _row(Nom="Gagnon", Poste="205")),
    "extension on the first phone": (ROW_MAPPING, _row(Nom="Roy", Téléphone="514 555-0102", Poste="7")),
    "extension on the work phone": (
        ROW_MAPPING,
        _row(Nom="Roy", Téléphone="514 555-0102", **{"Tél. travail": "514 555-0103"}, Poste="8" * 30),
    ),
    "country into the main address": (
        ROW_MAPPING,
        _row(Nom="Roy", Pays="France", Rue="3 quai Louis XVIII", Ville="Bordeaux", Code_postal="33000"),
    ),
    "no country into the main address without one": (
        ROW_MAPPING,
        _row(Nom="Roy", Rue="3 quai Louis XVIII", Ville="Bordeaux", Code_postal="33000"),
    ),
    "main address with its own country": (
        (*ROW_MAPPING[:-1], "adr.main.country"),
        _row(Nom="Roy", Pays="France", Rue="3 quai", Ville="Bordeaux", Web_2="Belgique"),
    ),
    "google numbered without type": (
        ROW_MAPPING,
        _row(Nom="Roy", **{"E-mail 1 - Value": "a@example.org ::: b@example.org"}),
    ),
    "google numbered custom type": (
        ROW_MAPPING,
        _row(Nom="Roy", **{"Phone 1 - Type": "Assistante", "Phone 1 - Value": "+33 5 56 00 11 22"}),
    ),
    "google type without value": (ROW_MAPPING, _row(Nom="Roy", **{"E-mail 1 - Type": "Work"})),
    "formatted address only": (
        ROW_MAPPING,
        _row(Nom="Roy", **{"Address 1 - Formatted": "1 rue A ::: 2 rue B", "Address 1 - Type": "Other"}),
    ),
    "address parts of unequal counts": (
        ROW_MAPPING,
        _row(Nom="Roy", Rue_bureau="1 rue A ::: 2 rue B ::: 3 rue C", Ville_bureau="Québec ::: Lévis"),
    ),
    "region only": (ROW_MAPPING, _row(Nom="Roy", Province_bureau="Ontario")),
}


def map_rows() -> dict[str, Any]:
    shown: dict[str, Any] = {}
    for name, (mapping, cells) in ROWS.items():
        record = RowMapper(mapping, ROW_HEADERS)(7, cells)
        shown[name] = _one(record)
    return shown


# --- synthetic records through plan_record -------------------------------------------------------


def _record(**fields: Any) -> ContactRecord:
    details = fields.pop("details", {})
    record = ContactRecord(line=3, **fields)
    record.details.update(details)
    return record


RECORDS: dict[str, Callable[[], ContactRecord]] = {
    "full name, two words": lambda: _record(full_name="Lucie Tremblay"),
    "full name, three words": lambda: _record(full_name=" Marie Ève  Gagnon "),
    "full name, one word": lambda: _record(full_name="Cher"),
    "full name with a first name": lambda: _record(first_name="Lucie", full_name="Tremblay Roy"),
    "last name wins over full name": lambda: _record(last_name="Roy", full_name="Lucie Tremblay"),
    "no name, organization": lambda: _record(organization=" CDC Rimouski ", emails=["a@example.org"]),
    "no name, e-mail": lambda: _record(emails=["not an e-mail", "a@example.org"]),
    "no name, phone": lambda: _record(phones=["05 56 00 11 22"]),
    "nothing valid": lambda: _record(emails=["nope"], phones=["12"], warnings=[]),
    "nothing at all": lambda: _record(),
    "duplicates and details": lambda: _record(
        last_name="Roy",
        emails=["A@Example.org", "a@example.org", "b@example.org"],
        phones=["418 555-0100", "+1 418 555 0100", "418 555-0101 poste 22", "418 555-0102 #9", "x"],
        addresses=["1 rue A", " 1 RUE A ", "  ", "2 rue B"],
        webs=["https://a.example", "HTTPS://A.EXAMPLE", " ", "https://b.example"],
        details={
            (ContactKind.EMAIL, 2): ContactDetail(ContactUsage.WORK, "", "Bureau"),
            (ContactKind.PHONE, 2): ContactDetail(ContactUsage.WORK, "", "Ligne"),
            (ContactKind.PHONE, 3): ContactDetail(None, "44"),
            (ContactKind.ADDRESS, 3): ContactDetail(
                ContactUsage.HOME, "", "Chalet", PostalAddress("2 rue B", "Québec", "QC", "G1R 1A1")
            ),
        },
    ),
    "french phone with a france address": lambda: _record(
        last_name="Roy", phones=["05 56 00 11 22"], addresses=["3 quai\n33000 Bordeaux\nFrance"]
    ),
    "long and spaced fields": lambda: _record(
        first_name=" Lucie ",
        last_name="R" * 130,
        title=" Agente ",
        department=" " + "S" * 210,
        notes=" note ",
        tags=[" b ", "a", "  ", "b", "T" * 90],
        warnings=[Message("avertissement de lecture")],
    ),
}


def plan_records() -> dict[str, Any]:
    shown: dict[str, Any] = {}
    for name, make in RECORDS.items():
        plan, warnings = plan_record(make(), Country.QUEBEC, _phone)
        shown[name] = {"plan": plain(plan), "warnings": plain(warnings)}
    return shown


# --- synthetic texts through the country evidence --------------------------------------------------

ADDRESSES: dict[str, list[str]] = {
    "empty": [],
    "blank lines": ["  \n \n"],
    "french": ["3 quai Louis XVIII\n33000 Bordeaux\nFrance"],
    "french with F-": ["3 quai\nF-33000 Bordeaux"],
    "quebec": ["100 rue\nRimouski QC G5L 5J1\nCanada"],
    "ontario": ["1 Yonge St\nToronto\nOntario\nCanada"],
    "region then country": ["1 rue\nBretagne\nFrance", "2 rue\nQuébec\nCanada"],
    "quebec as country then region": ["1 rue\nQuébec"],
    "two addresses": ["1 rue\n75001 Paris", "2 rue\nH2X 1Y4 Montréal\nQuébec"],
    "province in first line only": ["Ontario\n1 rue"],
    "nothing known": ["1 Main St\nSpringfield"],
}
COUNTRIES: dict[str, dict[str, Any]] = {
    "nothing": {},
    "country france": {"country_text": "France"},
    "country canada, quebec phone": {"country_text": "Canada", "phones": ["+1 418 555 0100"]},
    "country canada, french phone": {"country_text": "Canada", "phones": ["+33 5 56 00 11 22"]},
    "country canada, french postal then quebec": {
        "country_text": "Canada", "postal_codes": ["33000", "G5L 5J1"]
    },
    "country canada, ontario postal": {"country_text": "Canada", "postal_codes": ["M5V 1A1"]},
    "country canada alone": {"country_text": "Canada", "emails": ["a@example.fr"]},
    "country other": {"country_text": "Belgique"},
    "region": {"region": "Bretagne", "phones": ["+1 418 555 0100"]},
    "unknown region": {"region": "Nulle part", "city": "Bordeaux"},
    "phone shape then email": {"phones": ["05 56 00 11 22"], "emails": ["a@example.qc.ca"]},
    "phone shape only": {"phones": ["05 56 00 11 22", "418 555 0100"]},
    "bad phone then city": {"phones": ["abc", "12"], "city": "Montréal"},
    "unknown city": {"city": "Springfield", "default": Country.FRANCE},
    "postal": {"postal_codes": ["nope", "H2X 1Y4"]},
    "email .gouv.fr": {"emails": ["nope", "a@x.gouv.fr"]},
    "international": {"phones": ["0033 5 56 00 11 22"]},
}  # fmt: skip


def countries() -> dict[str, Any]:
    hints = {name: plain(address_hints(addresses)) for name, addresses in ADDRESSES.items()}
    guesses = {name: plain(infer_country(**arguments)) for name, arguments in COUNTRIES.items()}
    return {"address_hints": hints, "infer_country": guesses}


def everything(samples: Path) -> dict[str, Any]:
    return {
        "samples": {name: read_sample(samples / name) for name in SAMPLE_FILES},
        "rows": map_rows(),
        "plans": plan_records(),
        "countries": countries(),
    }


if __name__ == "__main__":
    from tests.conftest import SAMPLES

    SNAPSHOT.parent.mkdir(exist_ok=True)
    SNAPSHOT.write_text(
        json.dumps(everything(SAMPLES), ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(f"written: {SNAPSHOT}")
