"""Imported persons are searchable, although the import indexes them in bulk (services.bulk_insert).

The importer drops the INSERT triggers of ``person`` and ``contact_point`` inside its own
transaction (and creates them again from their stored SQL) and writes each chunk's documents
with one INSERT ... SELECT. These tests check
that the index ends up exactly as the triggers (or a rebuild) would have made it, and that the
triggers are live again for every other writer afterwards.
"""

from __future__ import annotations

import pytest
from sqlalchemy import text

from reseau.core.enums import ContactKind
from reseau.core.messages import tr
from reseau.db.session import Database
from reseau.io.records import ContactRecord, RowProblem
from reseau.io.vcard_read import parse_vcards
from reseau.services.io import import_contacts
from reseau.services.io.import_contacts import DuplicatePolicy, ImportAborted, ImportOptions, import_records
from reseau.services.persons.records import ContactInput, PersonInput, add_person
from reseau.services.search import global_search as search

# The FTS5 index and its triggers are SQLite's; PostgreSQL searches folded columns instead.
pytestmark = pytest.mark.sqlite_only


def _records(count: int = 5) -> list[ContactRecord | RowProblem]:
    rows: list[ContactRecord | RowProblem] = [
        ContactRecord(
            line=2,
            first_name="Hélène",
            last_name="Côté-Massé",
            title="Organisatrice communautaire",
            organization="CLSC de Rimouski",
            emails=["helene.cote@clsc-rimouski.qc.ca", "h.cote@exemple.fr"],
            phones=["418 555-0142"],
        ),
        # Matches the seeded person by e-mail: an update, indexed by the update trigger.
        ContactRecord(
            line=3,
            first_name="Denis",
            last_name="St-Amand",
            emails=["denis@aqesss.qc.ca"],
            title="Directeur général",
        ),
    ]
    rows += [
        ContactRecord(line=4 + i, first_name=f"Zoé{i}", last_name="Lévesque", emails=[f"zoe{i}@cisss.qc.ca"])
        for i in range(count)
    ]
    return rows


def _documents(database: Database) -> list[tuple[object, ...]]:
    with database.begin() as session:
        rows = session.execute(text("SELECT rowid, name, other, context FROM search_index ORDER BY rowid"))
        return [tuple(r) for r in rows]


def _seed(database: Database) -> None:
    with database.begin() as session:
        add_person(
            session,
            PersonInput(
                last_name="St-Amand",
                first_name="Denis",
                title="",
                contacts=(ContactInput(ContactKind.EMAIL, "denis@aqesss.qc.ca"),),
            ),
        )


def _titles(database: Database, query: str) -> list[str]:
    with database.begin() as session:
        return [hit.title for hit in search.search(session, query)]


def _triggers(database: Database) -> list[tuple[str, str]]:
    with database.begin() as session:
        rows = session.execute(
            text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
        )
        return [(str(name), str(sql)) for name, sql in rows]


@pytest.mark.parametrize("dry_run", [False, True])
def test_the_insert_triggers_come_back_exactly(database: Database, dry_run: bool) -> None:
    before = _triggers(database)
    assert {"search_person_ai", "search_contact_ai"} <= {name for name, _ in before}
    try:
        with database.begin() as session:
            import_records(session, iter(_records()), ImportOptions(dry_run=dry_run), "t.csv", "csv")
    except ImportAborted:
        assert dry_run
    assert _triggers(database) == before  # same names, same SQL, whether committed or rolled back


@pytest.mark.parametrize("chunk", [2, 2000])
def test_imported_persons_are_indexed_like_the_triggers_would(
    database: Database, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    monkeypatch.setattr(import_contacts, "CHUNK", chunk)  # several chunks, or one
    _seed(database)
    triggers = _triggers(database)
    with database.begin() as session:
        report = import_records(
            session, iter(_records()), ImportOptions(policy=DuplicatePolicy.UPDATE), "t.csv", "csv"
        ).value
    assert report.created == 6 and report.updated == 1
    indexed = _documents(database)
    with database.begin() as session:
        search.rebuild_index(session)
    assert indexed == _documents(database)  # same documents, same rowids, nothing missing
    assert _triggers(database) == triggers  # the triggers dropped for the bulk insert are back
    assert "Hélène Côté-Massé" in _titles(database, "masse helene")
    assert "Hélène Côté-Massé" in _titles(database, "h.cote")  # second e-mail, bulk-indexed
    assert "Hélène Côté-Massé" in _titles(database, "rimouski organisatrice")
    assert "Zoé3 Lévesque" in _titles(database, "zoe3")


def test_triggers_are_live_again_after_an_import(database: Database) -> None:
    with database.begin() as session:
        import_records(session, iter(_records(1)), ImportOptions(), "t.csv", "csv")
    with database.begin() as session:
        add_person(
            session,
            PersonInput(
                last_name="Gagnon",
                first_name="Médérik",
                title="",
                contacts=(ContactInput(ContactKind.EMAIL, "mederik@exemple.qc.ca"),),
            ),
        )
    assert _titles(database, "mederik@exemple") == ["Médérik Gagnon"]


def test_dry_run_leaves_neither_documents_nor_pause(database: Database) -> None:
    before = _documents(database)
    triggers = _triggers(database)
    with pytest.raises(ImportAborted), database.begin() as session:
        import_records(session, iter(_records()), ImportOptions(dry_run=True), "t.csv", "csv")
    assert _documents(database) == before
    assert _triggers(database) == triggers
    assert _titles(database, "masse") == []


def _mixed() -> list[ContactRecord | RowProblem]:
    """Every shape a document can take: with and without title, organization (new, existing
    with an acronym), e-mails (none, several), notes; a duplicate inside the file merged into
    the first row; rows that match persons of an earlier chunk (updated through the ORM, so
    indexed by the update triggers); a rejected row."""
    rows: list[ContactRecord | RowProblem] = []
    for i in range(12):
        rows.append(
            ContactRecord(
                line=2 + i,
                first_name=["Élise", "", "Marc-André"][i % 3],
                last_name=f"Bélanger-{i}",
                title=["", "Agente de liaison", "  "][i % 3],
                organization=["", "Centre intégré de santé", "CCAS de Bordeaux", "Nouvel organisme"][i % 4],
                emails=[[], [f"e{i}@cisss.qc.ca"], [f"a{i}@caf.fr", f"b{i}@caf.fr"]][i % 3],
                phones=["05 56 00 11 2" + str(i % 10)] if i % 2 else [],
                notes=["", f"Rencontrée en 2005 ; « suivi » n° {i}"][i % 2],
            )
        )
    rows.append(  # the same e-mail as line 4: merged into it (inside the same chunk or not)
        ContactRecord(line=20, first_name="Marc", last_name="Bélanger-2", emails=["b2@caf.fr"], notes="ajout")
    )
    rows.append(  # the same e-mail as line 3, far after: an update of a person of this import
        ContactRecord(
            line=21, first_name="Élise", last_name="Bélanger-1", emails=["e1@cisss.qc.ca", "x@y.fr"]
        )
    )
    rows.append(RowProblem(22, tr("ligne illisible")))
    return rows


@pytest.mark.parametrize("policy", [DuplicatePolicy.SKIP, DuplicatePolicy.UPDATE, DuplicatePolicy.CREATE])
@pytest.mark.parametrize("chunk", [3, 2000])
def test_a_mixed_import_indexes_exactly_what_the_views_say(
    database: Database, monkeypatch: pytest.MonkeyPatch, policy: DuplicatePolicy, chunk: int
) -> None:
    """The documents the import computes in Python (bulk_insert.person_document) are, row for
    row, what ``services.search.rebuild_index()`` makes from the views."""
    monkeypatch.setattr(import_contacts, "CHUNK", chunk)
    with database.begin() as session:  # an organization of the database, with an acronym
        session.execute(
            text(
                "INSERT INTO organization (name, name_key, acronym, country, notes) "
                "VALUES ('Centre intégré de santé', 'centre integre de sante', 'CISSS', 'QC', '')"
            )
        )
    with database.begin() as session:
        report = import_records(session, iter(_mixed()), ImportOptions(policy=policy), "t.csv", "csv").value
    assert report.created >= 12 and report.rejected == 1
    indexed = _documents(database)
    with database.begin() as session:
        search.rebuild_index(session)
    assert indexed == _documents(database)
    assert any("CISSS" in str(context) for *_, context in indexed)  # the acronym is in context


def _schema_objects(database: Database) -> list[tuple[str, str, str]]:
    with database.begin() as session:
        rows = session.execute(text("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"))
        return [(str(kind), str(name), str(sql)) for kind, name, sql in rows]


@pytest.mark.parametrize("dry_run", [False, True])
def test_an_import_into_an_empty_database_leaves_every_index_as_it_was(
    database: Database, dry_run: bool
) -> None:
    """The indexes built after the rows (bulk_insert.indexes_built_after) are back, the same,
    committed or rolled back; and they index every row (integrity_check reads them all)."""
    before = _schema_objects(database)
    assert "ix_contact_point_normalized" in {name for _, name, _ in before}
    try:
        with database.begin() as session:
            import_records(session, iter(_mixed()), ImportOptions(dry_run=dry_run), "t.csv", "csv")
    except ImportAborted:
        assert dry_run
    assert _schema_objects(database) == before
    with database.begin() as session:
        assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        config = {k: v for k, v in session.execute(text("SELECT k, v FROM search_index_config"))}
        assert config.get("hashsize", 1 << 20) == 1 << 20  # the bulk-load buffer size is set back


def _cards_and_persons() -> list[ContactRecord | RowProblem]:
    """Persons naming new organizations, then a company card (an organization with an e-mail,
    written through the organizations' search triggers), then more persons, one of them in
    the card's organization and one in an organization created earlier from a row."""
    rows: list[ContactRecord | RowProblem] = [
        ContactRecord(line=2 + i, first_name="Lou", last_name=f"Roy-{i}", organization=f"Organisme {i % 3}")
        for i in range(6)
    ]
    rows += parse_vcards(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ville de Rimouski\r\nN:;;;;\r\nORG:Ville de Rimouski;\r\n"
        b"EMAIL;TYPE=WORK:info@ville.rimouski.qc.ca\r\nX-ABShowAs:COMPANY\r\nEND:VCARD\r\n"
    )
    rows[-1].line = 8
    rows += [
        ContactRecord(line=9, first_name="Ana", last_name="Pion", organization="Ville de Rimouski"),
        ContactRecord(
            line=10, first_name="Léa", last_name="Huot", organization="Organisme 1", emails=["l@h.fr"]
        ),
        ContactRecord(line=11, first_name="Max", last_name="Dion", organization="Organisme neuf"),
    ]
    return rows


@pytest.mark.parametrize("chunk", [2, 2000])
def test_new_organizations_and_company_cards_are_indexed_like_the_views_say(
    database: Database, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    """Into an empty database the organizations created from rows are indexed without their
    trigger (bulk_insert.new_organization_document) while ``contact_point.organization_id``'s
    index is built after the rows; a company card asks for that index first and goes through
    the triggers. The index holds what ``rebuild_index()`` makes from the views, and the
    schema is back as it was."""
    monkeypatch.setattr(import_contacts, "CHUNK", chunk)
    before = _schema_objects(database)
    with database.begin() as session:
        report = import_records(session, iter(_cards_and_persons()), ImportOptions(), "t.vcf", "vCard").value
    assert report.created == 9 and report.organizations_created == 1 and report.rejected == 0
    indexed = _documents(database)
    assert len([rowid for rowid, *_ in indexed if int(str(rowid)) >= 2 * 10**12]) == 5  # organizations
    with database.begin() as session:
        search.rebuild_index(session)
    assert indexed == _documents(database)
    assert _schema_objects(database) == before
    assert _titles(database, "info@ville.rimouski") == ["Ville de Rimouski"]
    assert "Organisme neuf" in _titles(database, "organisme neuf")
