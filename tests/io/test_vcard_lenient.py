"""vCard reading as lenient as KAddressBook (kcontacts), Evolution (EDS) and ez-vcard (issue 14.5).

Every card is written here as bytes, the way the program named beside it writes it: line ends,
folding, quoted-printable, 8-bit text and the X- properties included.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reseau.io.contacts_file import load_contacts, open_contacts
from reseau.io.records import ContactRecord, OrganizationRecord, RowProblem
from reseau.io.vcard_read import HANDLERS, CardDraft, apply_property, guess_encoding, parse_vcards


def _records(data: bytes) -> list[ContactRecord]:
    out = list(parse_vcards(data))
    assert all(isinstance(o, ContactRecord) for o in out), out
    return [o for o in out if isinstance(o, ContactRecord)]


def _one(data: bytes) -> ContactRecord:
    (record,) = _records(data)
    return record


def _fold_bytes(line: bytes, width: int = 75) -> bytes:
    """Fold at ``width`` octets, wherever that falls: RFC 6350 §3.2 notes that "very simple
    implementations" cut multi-octet characters so, and asks readers to restore them."""
    parts = [line[:width]] + [line[i : i + width - 1] for i in range(width, len(line), width - 1)]
    return b"\r\n ".join(parts)


# --- 1. a fold that cuts a UTF-8 character ---------------------------------------------------
def _kaddressbook_card() -> bytes:
    note = "Coordonnatrice des échanges France–Québec, vue à Łódź, à Gdańsk et à Wrocław"
    note_line = _fold_bytes(("NOTE:" + note).encode())
    # The fold falls inside a character: a continuation line starts with a UTF-8 trailing byte.
    assert any(0x80 <= part[0] < 0xC0 for part in note_line.split(b"\r\n ")[1:])
    return (
        b"BEGIN:VCARD\r\n"
        b"VERSION:3.0\r\n"
        b"CLASS:PUBLIC\r\n"
        + _fold_bytes(b"EMAIL;TYPE=PREF:malgorzata.lukasiewicz@example.pl")
        + b"\r\n"
        + "FN:Małgorzata Łukasiewicz\r\n".encode()
        + "N:Łukasiewicz;Małgorzata;;;\r\n".encode()
        + note_line
        + b"\r\n"
        b"UID:7dT2kdmBsK\r\n"
        b"X-KADDRESSBOOK-X-IMAddress:malgosia\r\n"
        b"END:VCARD\r\n"
    )


def test_fold_inside_a_utf8_character_is_undone_before_decoding(tmp_path: Path) -> None:
    data = _kaddressbook_card()
    path = tmp_path / "kaddressbook.vcf"
    path.write_bytes(data)
    # Before: the whole file was refused as "encodage inconnu … enregistrez-le en UTF-8".
    assert open_contacts(path).kind == "vcard"
    (record,) = load_contacts(path)
    assert isinstance(record, ContactRecord)
    assert (record.first_name, record.last_name) == ("Małgorzata", "Łukasiewicz")
    assert record.notes == "Coordonnatrice des échanges France–Québec, vue à Łódź, à Gdańsk et à Wrocław"
    assert record.warnings == []


def test_fold_cuts_a_two_byte_character_between_its_bytes() -> None:
    line = "N:Ł;Józef;;;".encode()
    cut = line.index("Ł".encode()) + 1
    data = b"BEGIN:VCARD\r\nVERSION:3.0\r\n" + line[:cut] + b"\r\n " + line[cut:] + b"\r\nEND:VCARD\r\n"
    assert _one(data).last_name == "Ł"


# --- 2. a trailing QP soft break never eats END:VCARD ----------------------------------------
OUTLOOK_21 = (
    b"BEGIN:VCARD\r\n"
    b"VERSION:2.1\r\n"
    b"N;LANGUAGE=fr-ca;CHARSET=Windows-1252:B\xe9langer;Fran\xe7ois\r\n"
    b"FN;CHARSET=Windows-1252:Fran\xe7ois B\xe9langer\r\n"
    b"ORG;CHARSET=Windows-1252:Carrefour jeunesse-emploi de la Capitale\r\n"
    b"TEL;WORK;VOICE:(418) 555-0177\r\n"
    b"LABEL;WORK;PREF;ENCODING=QUOTED-PRINTABLE;CHARSET=Windows-1252:450, boul. Charest Est=0D=0A=\r\n"
    b"Qu=E9bec (Qu=E9bec) G1K 8G3=0D=0ACanada\r\n"
    b"EMAIL;PREF;INTERNET:fbelanger@cje.example.qc.ca\r\n"
    # ez-vcard and Outlook continue a soft break on an indented line; a value that ends on
    # the break leaves a blank continuation.
    b"NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=Windows-1252:Rencontr=E9 au forum de L=E9vis=\r\n"
    b" \r\n"
    b"END:VCARD\r\n"
    b"BEGIN:VCARD\r\n"
    b"VERSION:2.1\r\n"
    b"N:Roy;Anne\r\n"
    b"NOTE;ENCODING=QUOTED-PRINTABLE:=C3=80 rappeler=\r\n"
    b"=\r\n"
    b"END:VCARD\r\n"
)


def test_trailing_qp_soft_break_keeps_the_card_end() -> None:
    first, second = _records(OUTLOOK_21)
    assert (first.first_name, first.last_name) == ("François", "Bélanger")
    assert first.notes == "Rencontré au forum de Lévis"
    assert first.addresses == ["450, boul. Charest Est\r\nQuébec (Québec) G1K 8G3\r\nCanada"]
    assert first.emails == ["fbelanger@cje.example.qc.ca"]
    assert first.warnings == []
    assert (second.last_name, second.notes) == ("Roy", "À rappeler")


def test_ezvcard_qp_folding_with_indented_continuation() -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\n"
        b"N;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Br=C3=\r\n =BCning;Michael\r\n"
        b"END:VCARD\r\n"
    )
    assert _one(data).last_name == "Brüning"


# --- 3. 8-bit cards without CHARSET: a detector, a warning when unsure ------------------------
NOKIA_ISO_8859_2 = "".join(
    f"BEGIN:VCARD\r\nVERSION:2.1\r\n{body}END:VCARD\r\n"
    for body in (
        "N:Wiśniewski;Paweł\r\nTEL;CELL:+48 601 234 567\r\n",
        "N:Dąbrowska;Małgorzata\r\nTEL;PREF;CELL:+48 502 111 222\r\n"
        "ADR;HOME:;;ul. Piłsudskiego 12;Łódź;;90-001;Polska\r\n",
        "N:Koń;Józef\r\nTEL;CELL:+48 603 000 111\r\nNOTE:Spotkanie w Krakowie, środa\r\n",
    )
).encode("iso8859_2")


def test_nokia_iso_8859_2_cards_read_in_iso_8859_2() -> None:
    cards = _records(NOKIA_ISO_8859_2)
    assert [(c.first_name, c.last_name) for c in cards] == [
        ("Paweł", "Wiśniewski"),
        ("Małgorzata", "Dąbrowska"),
        ("Józef", "Koń"),  # not "Koñ" (Windows-1252)
    ]
    assert cards[1].addresses == ["ul. Piłsudskiego 12\n90-001 Łódź\nPolska"]
    assert all(c.warnings == [] for c in cards)  # the file says enough: no doubt left


def test_unsure_8bit_guess_is_warned_with_encoding_line_and_other_reading() -> None:
    data = "BEGIN:VCARD\r\nVERSION:2.1\r\nTEL;CELL:+48 603 000 111\r\nN:Koń;Józef\r\nEND:VCARD\r\n"
    record = _one(data.encode("iso8859_2"))
    (warning,) = record.warnings
    text = str(warning)
    assert "ligne 4" in text  # the N line, not the card's
    # Both readings are shown, whichever was chosen: the user sees which one is right.
    assert "Koń" in text and "Koñ" in text
    assert "Windows-1252" in text and "Windows-1250" in text


def test_guess_encoding_is_sure_on_french_and_polish_text() -> None:
    french = "Hélène Massé, Montréal ; François Bélanger, Lévis ; Œuvres de l'Île".encode("cp1252")
    assert guess_encoding(french).encoding == "cp1252"
    polish = "Paweł Wiśniewski, Łódź ; Małgorzata Dąbrowska, Kraków".encode("iso8859_2")
    assert guess_encoding(polish).encoding == "iso8859_2" and guess_encoding(polish).sure


def test_declared_charset_wins_over_the_guess() -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=ISO-8859-2:Ko\xf1;J\xf3zef\r\n"
        b"FN;CHARSET=UTF-8:J\xc3\xb3zef Ko\xc5\x84\r\nEND:VCARD\r\n"
    )
    record = _one(data)
    assert (record.last_name, record.full_name, record.warnings) == ("Koń", "Józef Koń", [])


# --- 4. no traceback for any byte sequence ---------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        b"FN;CHARSET=a\x00:X",
        b"FN;CHARSET=\x00\x00:X",
        b"FN;CHARSET=\xff\xfe:X",
        b"FN;CHARSET=utf-8\x00;ENCODING=QUOTED-PRINTABLE:X=",
        b"FN;CHARSET=rot13:X",
    ],
)
def test_nul_or_garbage_in_a_parameter(line: bytes) -> None:
    record = _one(b"BEGIN:VCARD\r\nVERSION:2.1\r\n" + line + b"\r\nEND:VCARD\r\n")
    assert record.full_name == "X"


def test_unknown_charset_is_warned() -> None:
    record = _one(b"BEGIN:VCARD\r\nFN;CHARSET=a\x00:X\r\nEND:VCARD\r\n")
    (warning,) = record.warnings
    assert "ligne 2" in str(warning) and "a\\x00" in str(warning)


def test_last_card_without_end_is_imported_with_a_warning() -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Roy;Anne;;;\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Tremblay;Julie;;;\r\nEMAIL:julie@example.org\r\n"
    )
    first, last = _records(data)
    assert first.warnings == []
    assert (last.last_name, last.emails, last.line) == ("Tremblay", ["julie@example.org"], 5)
    (warning,) = last.warnings
    assert "fiche n° 2" in str(warning) and "END:VCARD" in str(warning)


# --- 5. company cards become organizations ---------------------------------------------------
EVOLUTION_COMPANY = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "URL:https://www.ville.quebec.qc.ca\r\n"
    "TEL;TYPE=WORK,VOICE:+1 418 641-6010\r\n"
    "EMAIL;TYPE=WORK:info@ville.quebec.qc.ca\r\n"
    "ADR;TYPE=WORK:;;2 rue des Jardins;Québec;QC;G1R 4S9;Canada\r\n"
    "X-EVOLUTION-FILE-AS:Ville de Québec\r\n"
    "FN:Ville de Québec\r\n"
    "N:;;;;\r\n"
    "ORG:Ville de Québec;\r\n"
    "UID:pas-id-65A1B2C300000001\r\n"
    "REV:2024-03-12T14:02:11Z\r\n"
    "END:VCARD\r\n"
).encode()

MACOS_COMPANY = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "PRODID:-//Apple Inc.//macOS 14.4//EN\r\n"
    "N:Gagnon;Sylvie;;;\r\n"
    "FN:Sylvie Gagnon\r\n"
    "ORG:Centre intégré de santé et de services sociaux;\r\n"
    "TITLE:Organisatrice communautaire\r\n"
    "item1.EMAIL;type=INTERNET;type=pref:accueil@cisss.example.qc.ca\r\n"
    "item1.X-ABLabel:_$!<Other>!$_\r\n"
    "TEL;type=WORK;type=VOICE;type=pref:(514) 555-0142\r\n"
    "item2.ADR;type=WORK;type=pref:;;1000 rue Sherbrooke Ouest;Montréal;QC;H3A 3G4;Canada\r\n"
    "item2.X-ABADR:ca\r\n"
    "X-ABShowAs:COMPANY\r\n"
    "END:VCARD\r\n"
).encode()

VCARD4_KIND_ORG = (
    b"BEGIN:VCARD\nVERSION:4.0\nKIND:org\nFN:Communaut\xc3\xa9 de communes du Pays de Lourdes\n"
    b"ORG:Communaut\xc3\xa9 de communes du Pays de Lourdes\nTEL;VALUE=uri;TYPE=work:tel:+33-5-62-42-00-00\n"
    b"END:VCARD\n"
)


def test_evolution_company_card_is_an_organization() -> None:
    record = _one(EVOLUTION_COMPANY)
    assert isinstance(record, OrganizationRecord)
    assert (record.organization, record.first_name, record.last_name) == ("Ville de Québec", "", "")
    assert record.phones == ["+1 418 641-6010"]
    assert record.emails == ["info@ville.quebec.qc.ca"]
    assert record.addresses == ["2 rue des Jardins\nQuébec (QC)  G1R 4S9\nCanada"]  # Canada Post's layout
    assert (record.city, record.postal_codes, record.address_country) == ("Québec", ["G1R 4S9"], "Canada")
    assert record.webs == ["https://www.ville.quebec.qc.ca"]


def test_macos_company_card_gives_the_organization_and_its_contact_person() -> None:
    company, person = _records(MACOS_COMPANY)
    assert isinstance(company, OrganizationRecord)
    assert company.organization == "Centre intégré de santé et de services sociaux"
    assert company.emails == ["accueil@cisss.example.qc.ca"] and company.phones == ["(514) 555-0142"]
    assert not isinstance(person, OrganizationRecord)
    assert (person.first_name, person.last_name, person.title) == (
        "Sylvie",
        "Gagnon",
        "Organisatrice communautaire",
    )
    assert person.organization == company.organization and person.phones == []


def test_vcard4_kind_org() -> None:
    record = _one(VCARD4_KIND_ORG)
    assert isinstance(record, OrganizationRecord)
    assert record.phones == ["+33-5-62-42-00-00"]


def test_person_with_an_organization_stays_a_person() -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:Julie Tremblay\r\n"
        b"ORG:Ville de Qu\xc3\xa9bec\r\nEND:VCARD\r\n"
    )
    record = _one(data)
    assert not isinstance(record, OrganizationRecord) and record.full_name == "Julie Tremblay"


# --- the seam for structured values (import-structured) ---------------------------------------
def test_apply_property_is_the_one_seam() -> None:
    draft = CardDraft(ContactRecord(line=1))
    apply_property(draft, "TEL", {"TYPE": ["WORK", "VOICE"]}, "+1 418 555-0101")
    apply_property(draft, "X-UNKNOWN", {}, "ignored")
    assert draft.record.phones == ["+1 418 555-0101"]
    assert {"N", "FN", "ORG", "TEL", "EMAIL", "ADR"} <= set(HANDLERS)


def test_bare_21_types_are_in_type_param() -> None:
    seen: list[tuple[str, dict[str, list[str]], str]] = []
    original = HANDLERS["TEL"]
    HANDLERS["TEL"] = lambda draft, params, text: seen.append(("TEL", params, text))
    try:
        _records(b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Roy;Anne\r\nTEL;CELL;pref:555\r\nEND:VCARD\r\n")
    finally:
        HANDLERS["TEL"] = original
    assert seen == [("TEL", {"TYPE": ["CELL", "PREF"]}, "555")]


def test_problem_cards_still_reported() -> None:
    out = list(parse_vcards(b"BEGIN:VCARD\r\nNOTE:rien\r\nEND:VCARD\r\n"))
    assert isinstance(out[0], RowProblem) and out[0].line == 1
