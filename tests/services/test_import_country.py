"""Real-looking files import with each person's country from its evidence, and no column lost.

The files are written the way the programs write them: French Excel (cp1252 or UTF-8 with a
BOM, ``;``), a Québec sheet (Organisme, Remarques, Courriel, Cellulaire), French Outlook,
Google's new format and address books with "Email Home / Work / Other" columns.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from reseau.core.enums import ContactKind, Country
from reseau.db.models import Person
from reseau.db.session import Database
from reseau.io.contacts_file import column_report, open_contacts, read_contacts
from reseau.io.csv_formats import IGNORE, KEEP
from reseau.services.io.import_contacts import ImportOptions, ImportReport, import_records

NBSP = "\u00a0"


def _import(database: Database, path: Path, default: Country = Country.QUEBEC) -> ImportReport:
    source = open_contacts(path)
    with database.begin() as session:
        return import_records(
            session,
            read_contacts(source),
            ImportOptions(default_country=default),
            str(path),
            source.format_label,
        ).value


def _persons(database: Database) -> dict[str, Person]:
    with database.begin() as session:
        persons = session.scalars(
            select(Person).options(selectinload(Person.contact_points), selectinload(Person.organization))
        ).all()
        session.expunge_all()
    return {p.last_name: p for p in persons}


def _values(person: Person, kind: ContactKind) -> set[str]:
    return {c.value for c in person.contact_points if c.kind == kind}


FRENCH_EXCEL = (
    "Prénom;Nom;Organisme;Courriel;Téléphone;Ville\r\n"
    "Jeanne;Dupuis;CAF de la Gironde;jeanne.dupuis@caf.fr;05 56 00 11 22;Bordeaux\r\n"
    "Hélène;Marchal;Mairie de Pessac;h.marchal@mairie-pessac.fr;05 57 93 63 63;Pessac\r\n"
    "Paul;Lefèvre;Conseil départemental;paul@gironde.fr;06 12 34 56 78;Bordeaux\r\n"
    "Inès;Bacri;Pôle emploi;ines@free.fr;;Mérignac\r\n"
    "Yann;Le Goff;Emmaüs;yann@emmaus-france.org;05 56 00 00 00;Bordeaux\r\n"
    "Léa;Roux;Association X;lea@orange.fr;+33 5 56 11 22 33;Talence\r\n"
)


def test_french_excel_sheet_files_everyone_in_france(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    path.write_bytes(FRENCH_EXCEL.encode("cp1252"))
    report = _import(database, path)  # the default stays Québec: the evidence decides
    assert (report.created, report.rejected) == (6, 0)
    persons = _persons(database)
    assert {p.country for p in persons.values()} == {Country.FRANCE}
    jeanne = persons["Dupuis"]
    # The Bordeaux example: a national number read as French, not refused as Québec's.
    assert _values(jeanne, ContactKind.PHONE) == {"+33556001122"}
    assert jeanne.organization is not None and jeanne.organization.name == "CAF de la Gironde"
    # « Ville » is the city of her address (issue 14.4), not a column kept in the notes.
    assert jeanne.notes == ""
    assert _values(jeanne, ContactKind.ADDRESS) == {"Bordeaux"}
    assert _values(persons["Le Goff"], ContactKind.PHONE) == {"+33556000000"}  # phone format
    assert not [line for line in report.lines if "invalide" in str(line.message)]
    # The report says how many were filed where, and on what evidence.
    assert {(c, b): n for c, b, n in report.countries} == {
        (Country.FRANCE, "phone"): 1,  # Léa's +33 comes before her e-mail's domain
        (Country.FRANCE, "email"): 4,
        (Country.FRANCE, "phone_format"): 1,
    }
    assert report.defaulted == 0
    assert [str(m) for m in report.country_lines()] == [
        f"France{NBSP}: 6 (indicatif téléphonique{NBSP}: 1, domaine du courriel{NBSP}: 4, "
        f"format du numéro de téléphone{NBSP}: 1)"
    ]


def test_utf8_bom_sheet_and_the_fallback_is_counted(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    path.write_bytes(
        (
            "Prénom;Nom;Courriel;Téléphone\n"
            "Ana;Silva;ana@example.org;\n"
            "Bob;Martin;bob@example.org;\n"
            "Jeanne;Dupuis;jeanne@caf.fr;05 56 00 11 22\n"
        ).encode("utf-8-sig")
    )
    report = _import(database, path, default=Country.OTHER)
    persons = _persons(database)
    assert persons["Silva"].country == Country.OTHER and persons["Dupuis"].country == Country.FRANCE
    assert report.defaulted == 2
    assert str(report.country_lines()[-1]) == (
        "2 sans indice de pays, classées Autre (pays par défaut choisi)"
    )


QUEBEC_SHEET = (
    "Prénom,Nom,Organisme,Fonction,Courriel,Cellulaire,Remarques,Province\n"
    "Marc,Tremblay,CISSS de la Mauricie,Organisateur communautaire,marc@ssss.gouv.qc.ca,"
    "819 555-0100,Rencontré au colloque,Québec\n"
    "Julie,Gagnon,Centraide,Conseillère,julie@centraide.org,514 555-0199,,QC\n"
)


def test_quebec_sheet_headers_are_recognised_and_nothing_is_lost(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "quebec.csv"
    path.write_bytes(QUEBEC_SHEET.encode("utf-8-sig"))
    report = _import(database, path, default=Country.FRANCE)  # the evidence wins over the default
    assert report.created == 2
    persons = _persons(database)
    marc = persons["Tremblay"]
    assert marc.country == Country.QUEBEC
    assert marc.organization is not None and marc.organization.name == "CISSS de la Mauricie"
    assert marc.title == "Organisateur communautaire"
    assert "Rencontré au colloque" in marc.notes
    assert _values(marc, ContactKind.EMAIL) == {"marc@ssss.gouv.qc.ca"}
    # « Cellulaire » is a typed header (the structured import maps it to a mobile phone); until
    # then it is kept in the notes: either way the number is not lost.
    assert "+18195550100" in _values(marc, ContactKind.PHONE) or "819 555-0100" in marc.notes
    assert persons["Gagnon"].country == Country.QUEBEC
    assert {(c, b) for c, b, _ in report.countries} == {(Country.QUEBEC, "country")}


def test_french_outlook_country_region_files_the_person(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "outlook.csv"
    path.write_bytes(
        (
            "Titre,Prénom,Nom,Société,Rue (bureau),Ville (bureau),Code postal (bureau),"
            "Pays/Région (bureau),Téléphone (bureau),Adresse de messagerie,Critère de diffusion\n"
            "Mme,Claire,Morel,ARS,3 rue X,Lyon,69003,France,04 72 00 00 00,claire@gmail.com,Normal\n"
            "M.,Luc,Roy,CIUSSS,1 rue Y,Montréal,H2X 1Y4,,514 555 0101,luc@gmail.com,Normal\n"
        ).encode("cp1252")
    )
    source = open_contacts(path)
    assert source.csv is not None and source.csv.format_code == "outlook_fr"
    report = _import(database, path, default=Country.OTHER)
    persons = _persons(database)
    claire, luc = persons["Morel"], persons["Roy"]
    assert claire.country == Country.FRANCE and _values(claire, ContactKind.PHONE) == {"+33472000000"}
    assert luc.country == Country.QUEBEC  # from the postal code H2X
    assert {(c, b) for c, b, _ in report.countries} == {
        (Country.FRANCE, "country"),
        (Country.QUEBEC, "postal"),
    }
    # French Outlook's « Titre » is the civility: kept in the notes, not read as the job title.
    assert claire.title in (None, "") and f"Titre{NBSP}: Mme" in claire.notes
    # Its « Critère de diffusion » (always "Normal") is ignored by the preset, and said so.
    fates = {f.header: f for f in column_report(source, None)}
    assert fates["Critère de diffusion"].field == IGNORE
    assert "valeur par défaut du programme" in str(fates["Critère de diffusion"].message)
    assert fates["Titre"].field == KEEP
    assert "Normal" not in claire.notes


def test_every_multi_email_header_variant(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "carnet.csv"
    path.write_bytes(
        b"First Name,Last Name,Email Home,Email Work,Email Other,E-mail 2 Address\n"
        b"Ann,Lee,a@home.org,a@work.org,a@other.org,a2@x.org\n"
    )
    _import(database, path)
    assert _values(_persons(database)["Lee"], ContactKind.EMAIL) == {
        "a@home.org",
        "a@work.org",
        "a@other.org",
        "a2@x.org",
    }


def test_google_new_format_values_and_labels(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "google.csv"
    path.write_bytes(
        b"First Name,Middle Name,Last Name,Labels,E-mail 1 - Label,E-mail 1 - Value,"
        b"E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Birthday\n"
        b"Jo,Q,Bloggs,* myContacts,* Home,jo@home.org,Work,jo@work.fr,Mobile,+33 6 12 34 56 78,1970-01-02\n"
    )
    source = open_contacts(path)
    assert source.csv is not None and source.csv.format_code == "google_new"
    report = _import(database, path)
    jo = _persons(database)["Bloggs"]
    assert _values(jo, ContactKind.EMAIL) == {"jo@home.org", "jo@work.fr"}
    assert jo.country == Country.FRANCE  # +33
    assert report.countries == ((Country.FRANCE, "phone", 1),)
    assert f"Middle Name{NBSP}: Q" in jo.notes and f"Birthday{NBSP}: 1970-01-02" in jo.notes
    assert "Home" not in jo.notes  # the label columns are ignored by the preset, and said so
    fates = {f.header: f for f in column_report(source, None)}
    assert fates["E-mail 1 - Label"].field == IGNORE
    assert set(fates) == {
        "Middle Name",
        "Birthday",
        "E-mail 1 - Label",
        "E-mail 2 - Label",
        "Phone 1 - Label",
    }


def test_the_user_ignores_a_column(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_bytes("Nom;Prénom;Code interne\nRoy;Luc;A1\n".encode())
    source = open_contacts(path)
    kept = [r for r in read_contacts(source)]
    assert kept[0].notes == f"Code interne{NBSP}: A1"  # type: ignore[union-attr]
    ignored = list(read_contacts(source, {"Code interne": ""}))
    assert ignored[0].notes == ""  # type: ignore[union-attr]
    assert [str(f.message) for f in column_report(source, {"Code interne": ""})] == [
        f"«{NBSP}Code interne{NBSP}»{NBSP}: ignorée à votre demande"
    ]


def test_samples_country_and_columns(database: Database, samples: Path) -> None:
    tb = samples / "csv" / "roundcube_tb_plain.csv"
    _import(database, tb)
    person = _persons(database)["Lastname"]
    assert person.country == Country.OTHER  # Home Country: USA
    # Thunderbird's columns without a field (Nickname, Department, Birth Year…) are kept.
    assert f"Nickname{NBSP}: Nick" in person.notes and f"Birth Year{NBSP}: 1970" in person.notes
    gmail = samples / "csv" / "roundcube_gmail.csv"
    fates = column_report(open_contacts(gmail), None)
    assert fates and all(f.header or f.index for f in fates)
    report = _import(database, gmail)
    assert report.rejected == 0


def test_vcard_address_is_evidence(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "carte.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Dupuis;Jeanne;;;\r\nFN:Jeanne Dupuis\r\n"
        b"TEL;TYPE=WORK:05 56 00 11 22\r\n"
        b"ADR;TYPE=WORK:;;12 rue Sainte-Catherine;Bordeaux;;33000;\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Roy;Luc;;;\r\nFN:Luc Roy\r\n"
        b"ADR;TYPE=WORK:;;1 rue Y;Ottawa;Ontario;K1A 0B1;Canada\r\nEND:VCARD\r\n"
    )
    report = _import(database, path)
    persons = _persons(database)
    assert persons["Dupuis"].country == Country.FRANCE
    assert _values(persons["Dupuis"], ContactKind.PHONE) == {"+33556001122"}
    assert persons["Roy"].country == Country.OTHER
    assert {(c, b) for c, b, _ in report.countries} == {
        (Country.FRANCE, "postal"),
        (Country.OTHER, "country"),
    }


def test_excel_workbook_is_read(database: Database, tmp_path: Path) -> None:
    from datetime import date

    from openpyxl import Workbook

    path = tmp_path / "liste.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Prénom", "Nom", "Organisme", "Courriel", "Téléphone", "Arrivée"])
    sheet.append(["Jeanne", "Dupuis", "CAF", "jeanne@caf.fr", "05 56 00 11 22", date(2027, 5, 10)])
    sheet.append([None, None, None, None, None, None])
    sheet.append(["Marc", "Tremblay", "CISSS", "marc@cisss.qc.ca", 5145550100, None])
    workbook.save(path)
    source = open_contacts(path)
    assert source.kind == "xlsx" and source.csv is not None
    report = _import(database, path, default=Country.OTHER)
    assert (report.created, report.rejected) == (2, 0)
    assert report.created_lines == ((2, 4),)  # the sheet's row numbers (3 is blank)
    persons = _persons(database)
    jeanne, marc = persons["Dupuis"], persons["Tremblay"]
    assert (jeanne.country, marc.country) == (Country.FRANCE, Country.QUEBEC)
    assert _values(jeanne, ContactKind.PHONE) == {"+33556001122"}
    assert _values(marc, ContactKind.PHONE) == {"+15145550100"}  # a number cell, read as digits
    assert jeanne.notes == f"Arrivée{NBSP}: 2027-05-10"
    assert jeanne.organization is not None and jeanne.organization.name == "CAF"
