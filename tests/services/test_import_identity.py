"""The import follows the identity rule (core.identity): homonyms and switchboards stay apart,
spellings of one person with one e-mail become one, and Outils › Doublons finds the same pairs."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from reseau.core.enums import ContactKind
from reseau.core.identity import EVIDENCE_LABELS, Evidence
from reseau.core.messages import Message
from reseau.db.models import ContactPoint, Person
from reseau.db.session import Database
from reseau.io.records import ContactRecord, RowProblem
from reseau.services.io.import_contacts import (
    DuplicatePolicy,
    ImportAborted,
    ImportOptions,
    ImportReport,
    import_records,
)
from reseau.services.persons.duplicates import find_duplicates
from reseau.services.persons.records import ContactInput, PersonInput, add_person

SWITCHBOARD = "418 555-0100"


def _import(
    database: Database, rows: list[ContactRecord], policy: DuplicatePolicy = DuplicatePolicy.SKIP
) -> ImportReport:
    records: list[ContactRecord | RowProblem] = list(rows)
    with database.begin() as session:
        return import_records(session, iter(records), ImportOptions(policy=policy), "test.csv", "csv").value


def _count(database: Database) -> int:
    with database.begin() as session:
        return int(session.scalar(select(func.count()).select_from(Person)) or 0)


def _evidence(message: Message | None) -> Evidence:
    assert message is not None
    why = message.values["why"]
    return next(e for e, words in EVIDENCE_LABELS.items() if words == why)


def _homonyms() -> list[ContactRecord]:
    return [
        ContactRecord(
            line=2,
            first_name="Marie",
            last_name="Tremblay",
            organization="CISSS de la Capitale-Nationale",
            emails=["marie.tremblay@cisss.qc.ca"],
            phones=[SWITCHBOARD],
        ),
        ContactRecord(
            line=3,
            first_name="Marie",
            last_name="Tremblay",
            organization="Caisse d'allocations familiales de la Gironde",
            emails=["marie.tremblay@caf.fr"],
            phones=["05 56 00 11 22"],
            country="France",
        ),
        ContactRecord(
            line=4,
            first_name="Julie",
            last_name="Roy",
            organization="CISSS de la Capitale-Nationale",
            emails=["julie.roy@cisss.qc.ca"],
            phones=[SWITCHBOARD],
        ),
    ]


def test_homonyms_and_a_shared_switchboard_are_three_persons(database: Database) -> None:
    report = _import(database, _homonyms())
    assert (report.created, report.updated, report.skipped, report.possible) == (3, 0, 0, 2)
    assert _count(database) == 3
    possible = {(line.line, _evidence(line.message)) for line in report.lines if line.status == "possible"}
    assert possible == {(3, Evidence.NAME_ONLY), (4, Evidence.PHONE_ONLY)}
    # The report names whom to compare with: the line, and the person's name.
    line3 = next(line for line in report.lines if line.line == 3)
    assert "la ligne 2 («\u00a0Marie Tremblay\u00a0»)" in str(line3.message)
    assert report.created_lines == ((2, 4),)
    assert "dont 2 doublons possibles" in str(report.summary())


@pytest.mark.parametrize("policy", [DuplicatePolicy.SKIP, DuplicatePolicy.UPDATE, DuplicatePolicy.FILL])
def test_homonyms_against_the_database_are_reported_by_name_and_organization(
    database: Database, policy: DuplicatePolicy
) -> None:
    first, *others = _homonyms()
    _import(database, [first])
    with database.begin() as session:
        before = [
            (p.id, p.title, p.organization_id, len(p.contact_points)) for p in session.scalars(select(Person))
        ]
    report = _import(database, others, policy)
    # Never merged, never skipped, whatever the policy: created and listed.
    assert (report.created, report.updated, report.skipped, report.possible) == (2, 0, 0, 2)
    with database.begin() as session:
        after = [
            (p.id, p.title, p.organization_id, len(p.contact_points))
            for p in session.scalars(select(Person).where(Person.id == before[0][0]))
        ]
    assert after == before
    texts = [str(line.message) for line in report.lines if line.status == "possible"]
    assert len(texts) == 2
    assert all("«\u00a0Marie Tremblay\u00a0» (CISSS de la Capitale-Nationale)" in t for t in texts), texts
    assert not any("n° " in t for t in texts)
    assert _count(database) == 3


def test_one_person_spelled_differently_with_one_email_is_one(database: Database) -> None:
    email = "eric.sam@dsp.ca"
    rows = [
        ContactRecord(line=2, first_name="Éric", last_name="St-Amand-Massé", emails=[email]),
        ContactRecord(line=3, first_name="Eric", last_name="Saint Amand Masse", emails=[email.upper()]),
        ContactRecord(line=4, first_name="ÉRIC", last_name="Saint-Amand-Massé", emails=["Eric.Sam@DSP.ca"]),
        # No e-mail at all, but the same organization: corroborated too.
        ContactRecord(line=5, first_name="Éric", last_name="St Amand Masse", organization="DSP"),
        ContactRecord(line=6, first_name="Eric", last_name="Saint-Amand-Massé", organization="dsp"),
    ]
    report = _import(database, rows[:3])
    assert (report.created, report.skipped, report.possible) == (1, 2, 0)
    assert {_evidence(line.message) for line in report.lines if line.status == "skipped"} == {Evidence.EMAIL}
    report = _import(database, rows[3:], DuplicatePolicy.FILL)
    # Line 5 only shares the name with the person in the database (no organization yet): possible.
    assert (report.created, report.updated, report.possible) == (1, 1, 1)
    assert [_evidence(line.message) for line in report.lines if line.status == "updated"] == [
        Evidence.NAME_ORGANIZATION
    ]
    assert _count(database) == 2


def test_distinct_people_sharing_phones_are_all_created(database: Database) -> None:
    """10,000 distinct colleagues sharing 1,000 switchboards (ten per organization)."""
    rows = [
        ContactRecord(
            line=i + 2,
            first_name=f"Prénom{i}",
            last_name=f"Nom{i}",
            organization=f"Organisme {i // 10}",
            emails=[f"p{i}@org{i // 10}.qc.ca"],
            phones=[f"418 555-{i // 10:04d}"],
        )
        for i in range(10_000)
    ]
    report = _import(database, rows)
    assert (report.created, report.updated, report.skipped, report.possible) == (10_000, 0, 0, 9_000)
    assert _count(database) == 10_000
    with database.begin() as session:
        phones = session.scalar(
            select(func.count(func.distinct(ContactPoint.normalized))).where(
                ContactPoint.kind == ContactKind.PHONE
            )
        )
    assert phones == 1_000
    # Importing the same file again: every row is the same person as before (same e-mail).
    again = _import(database, rows)
    assert (again.created, again.skipped) == (0, 10_000) and _count(database) == 10_000


def test_policies_apply_to_corroborated_matches(database: Database) -> None:
    with database.begin() as session:
        pid = add_person(
            session,
            PersonInput(
                last_name="Tremblay",
                first_name="Marie",
                title="Agente",
                contacts=(ContactInput(ContactKind.PHONE, "418 555-0123"),),
            ),
        ).value
    same_phone = ContactRecord(
        line=2, first_name="Marie", last_name="TREMBLAY", title="Directrice", phones=["+1 418 555 0123"]
    )
    report = _import(database, [same_phone], DuplicatePolicy.SKIP)
    assert report.skipped == 1 and _evidence(report.lines[0].message) == Evidence.NAME_PHONE
    report = _import(database, [same_phone], DuplicatePolicy.FILL)
    assert report.updated == 1
    with database.begin() as session:
        assert session.get_one(Person, pid).title == "Agente"  # fill keeps what is there
    report = _import(database, [same_phone], DuplicatePolicy.UPDATE)
    with database.begin() as session:
        assert session.get_one(Person, pid).title == "Directrice"
    report = _import(database, [same_phone], DuplicatePolicy.CREATE)
    assert report.created == 1 and _count(database) == 2


def _rows_for_pairs() -> list[ContactRecord]:
    """Rows in pairs, each pair alike in one way; ``title`` names the row."""
    spec = [
        ("Anne", "Roy", "CLSC Limoilou", ["anne.roy@clsc.qc.ca"], []),
        ("Anne-Marie", "Roy", "", ["ANNE.ROY@clsc.qc.ca"], []),  # same e-mail, other name
        ("Luc", "Côté", "Ville de Québec", [], []),
        ("LUC", "Cote", "Ville de Quebec", [], []),  # same name and organization
        ("Réal", "Boisvert", "", [], ["819 555-0100"]),
        ("Real", "Boisvert", "Agence", [], ["819 555-0100"]),  # same name and phone
        ("Nadia", "Gagnon", "", ["ngagnon@mrc.qc.ca"], []),
        ("Nadia", "Gagnon", "", ["nadia.gagnon@mrc.qc.ca"], []),  # same name and domain
        ("Paul", "Martin", "Mairie de Pessac", [], []),
        ("Paul", "Martin", "CAF", [], []),  # name only
        ("Hélène", "Dubé", "CIUSSS", [], ["418 555-0199"]),
        ("Louise", "Paré", "CIUSSS Nord", [], ["418 555-0199"]),  # phone only
        ("Zoé", "Unique", "", ["zoe@x.org"], []),  # alone
    ]
    return [
        ContactRecord(
            line=i + 2,
            first_name=first,
            last_name=last,
            organization=org,
            emails=emails,
            phones=phones,
            title=f"L{i + 2}",
        )
        for i, (first, last, org, emails, phones) in enumerate(spec)
    ]


def test_doublons_finds_the_pairs_the_import_would(database: Database) -> None:
    """The rows checked by a dry run with ``skip`` give the duplicates (same person) and the
    possible duplicates; imported with ``create`` (every row a person), Outils › Doublons lists
    exactly those pairs, with the same evidence."""
    rows = _rows_for_pairs()
    records: list[ContactRecord | RowProblem] = list(rows)
    with pytest.raises(ImportAborted) as caught, database.begin() as session:
        import_records(session, iter(records), ImportOptions(dry_run=True), "test.csv", "csv")
    from_import = set()
    for line in caught.value.report.lines:
        if line.status in ("skipped", "possible"):
            assert line.message is not None
            earlier = line.message.values["who"].values["line"]
            from_import.add((earlier, line.line, _evidence(line.message), line.status == "skipped"))
    _import(database, rows, DuplicatePolicy.CREATE)
    with database.begin() as session:
        pairs = find_duplicates(session)
    found = {(int(p.a.title[1:]), int(p.b.title[1:]), p.evidence[0], p.same_person) for p in pairs}
    assert found == from_import
    assert found == {
        (2, 3, Evidence.EMAIL, True),
        (4, 5, Evidence.NAME_ORGANIZATION, True),
        (6, 7, Evidence.NAME_PHONE, True),
        (8, 9, Evidence.NAME_DOMAIN, True),
        (10, 11, Evidence.NAME_ONLY, False),
        (12, 13, Evidence.PHONE_ONLY, False),
    }
