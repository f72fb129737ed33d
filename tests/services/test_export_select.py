"""select_persons (three Core queries) gives what the ORM objects say, for every filter."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from reseau.core.enums import ContactKind, Country
from reseau.core.normalize import format_phone
from reseau.db.models import ContactPoint, ExchangeParticipant, Organization, Person, Tag, Theme
from reseau.db.session import Database
from reseau.io.records import ExportPerson
from reseau.services.io.export_contacts import ExportFilter, select_persons


def _expected(person: Person) -> ExportPerson:
    """The row as the ORM objects describe it (what the exporter used to build)."""

    def values(kind: ContactKind) -> tuple[str, ...]:
        return tuple(p.value for p in sorted(person.contact_points, key=lambda p: p.id) if p.kind == kind)

    org = person.organization
    return ExportPerson(
        first_name=person.first_name,
        last_name=person.last_name,
        title=person.title or "",
        organization=org.name if org else "",
        country=str(person.country),
        notes=person.notes,
        emails=values(ContactKind.EMAIL),
        phones=tuple(format_phone(p) for p in values(ContactKind.PHONE)),
        addresses=values(ContactKind.ADDRESS),
        webs=values(ContactKind.WEB),
        tags=tuple(sorted(t.name for t in person.tags)),
    )


def _check(session: Session, flt: ExportFilter, wanted: list[Person]) -> None:
    got = select_persons(session, flt)
    wanted = sorted(wanted, key=lambda p: (p.name_key, p.id))
    assert [g.id for g in got] == [p.id for p in wanted]
    for exported, person in zip(got, wanted, strict=True):
        assert exported.person == _expected(person)
        org = person.organization
        assert exported.organization_country == (Country(org.country) if org else None)


def test_every_filter_matches_the_orm(demo_database: Database) -> None:
    with demo_database.begin() as session:
        everyone = list(
            session.scalars(
                select(Person).options(
                    selectinload(Person.contact_points),
                    selectinload(Person.tags),
                    selectinload(Person.themes),
                    selectinload(Person.organization),
                )
            )
        )
        assert len(everyone) > 5
        points = [
            (ContactKind.PHONE, "+33556001122"),
            (ContactKind.EMAIL, "b@exemple.fr"),
            (ContactKind.WEB, "https://exemple.fr"),
            (ContactKind.PHONE, "+14185550123"),
            (ContactKind.ADDRESS, "1 rue X\n33000 Bordeaux"),
            (ContactKind.EMAIL, "a@exemple.fr"),
        ]
        for index, person in enumerate(everyone[:4]):
            for kind, value in points[index:]:
                person.contact_points.append(ContactPoint(kind=kind, value=value, normalized=value.lower()))
        # Make sure the do-not-contact filter and the tag filter have something to do.
        everyone[0].do_not_contact = True
        tag = session.scalars(select(Tag)).first() or Tag(name="mission 2005")
        everyone[1].tags.append(tag)
        session.flush()
        contactable = [p for p in everyone if not p.do_not_contact]
        _check(session, ExportFilter(), contactable)
        _check(session, ExportFilter(include_do_not_contact=True), everyone)
        _check(
            session,
            ExportFilter(countries=(Country.QUEBEC,), include_do_not_contact=True),
            [p for p in everyone if p.country == Country.QUEBEC],
        )
        org_id = next(p.organization_id for p in everyone if p.organization_id)
        _check(
            session,
            ExportFilter(organization_ids=(org_id,)),
            [p for p in contactable if p.organization_id == org_id],
        )
        _check(session, ExportFilter(tag=tag.name), [p for p in contactable if tag in p.tags])
        theme = session.scalars(select(Theme)).first()
        if theme is not None:
            _check(
                session, ExportFilter(theme_ids=(theme.id,)), [p for p in contactable if theme in p.themes]
            )
        exchange = session.scalars(select(ExchangeParticipant.exchange_id)).first()
        if exchange is not None:
            members = set(
                session.scalars(
                    select(ExchangeParticipant.person_id).where(ExchangeParticipant.exchange_id == exchange)
                )
            )
            _check(session, ExportFilter(exchange_id=exchange), [p for p in contactable if p.id in members])
        sector = next(o.sector for o in session.scalars(select(Organization)) if o.sector)
        folded = sector.casefold()
        _check(
            session,
            ExportFilter(sector=sector.upper()),
            [
                p
                for p in contactable
                if folded in {s.casefold() for s in p.sectors or ()}
                or (p.organization is not None and (p.organization.sector or "").casefold() == folded)
            ],
        )
        ids = (everyone[2].id, everyone[3].id)
        _check(session, ExportFilter(person_ids=ids), [p for p in contactable if p.id in ids])


def test_contact_details_are_read_on_every_backend(database: Database) -> None:
    """Types, extensions, labels and address parts come back as stored, whether the driver gives
    the JSON address as text (SQLite: one detail per distinct shape, shared) or as a dict
    (PostgreSQL); persons sharing a shape get equal details (issue 19.5)."""
    from reseau.core.addresses import PostalAddress
    from reseau.core.enums import ContactUsage
    from reseau.io.records import ContactDetail

    office = PostalAddress(street="12 rue du Port", city="Bordeaux", postal_code="33000")
    with database.begin() as session:
        for name in ("Aubin", "Bérubé", "Cyr"):
            person = Person(last_name=name, name_key=name.lower(), country=Country.FRANCE)
            person.contact_points = [
                ContactPoint(
                    kind=ContactKind.ADDRESS, value=office.formatted(), usage="work", address=office.to_json()
                ),
                ContactPoint(kind=ContactKind.PHONE, value="+33556001122", usage="cell", extension="12"),
                ContactPoint(kind=ContactKind.EMAIL, value=f"{name}@exemple.fr", label="Bureau"),
                ContactPoint(kind=ContactKind.EMAIL, value=f"{name}2@exemple.fr"),
            ]
            session.add(person)
    with database.begin() as session:
        got = [p.person for p in select_persons(session, ExportFilter(include_do_not_contact=True))]
    assert [p.last_name for p in got] == ["Aubin", "Bérubé", "Cyr"]
    for person in got:
        assert person.details == {
            (ContactKind.ADDRESS, 0): ContactDetail(ContactUsage.WORK, "", "", office),
            (ContactKind.PHONE, 0): ContactDetail(ContactUsage.CELL, "12", "", None),
            (ContactKind.EMAIL, 0): ContactDetail(None, "", "Bureau", None),
        }
        assert person.phones == ("+33 5 56 00 11 22",) and len(person.emails) == 2


def test_the_exports_by_position_agree_on_every_backend(database: Database, tmp_path: Path) -> None:
    """CSV, XLSX and vCard by position (issue 19.5) write what the export through
    ``select_persons`` writes, whether the driver gives the JSON address as text (SQLite) or as
    a dict (PostgreSQL), with the filters that are subqueries (tag, theme, exchange)."""
    from reseau.core.addresses import PostalAddress
    from reseau.core.enums import ExchangeKind, ParticipantRole, ThemeKind
    from reseau.db.models import Exchange
    from reseau.services.io.export_contacts import write_export
    from reseau.services.io.export_rows import select_rows, write_csv_rows, write_xlsx_rows
    from reseau.services.io.export_vcards import select_cards, write_cards_to

    office = PostalAddress(street="12 rue du Port", city="Bordeaux", postal_code="33000")
    with database.begin() as session:
        tag = Tag(name="élus")
        theme = Theme(code="T99", kind=ThemeKind.USER, title="Essai", position=99)
        exchange = Exchange(kind=ExchangeKind.MISSION, title="Mission d'essai")
        session.add_all([tag, theme, exchange])
        for index, name in enumerate(("Aubin", "Bérubé", "Cyr")):
            person = Person(last_name=name, name_key=name.lower(), country=Country.FRANCE)
            person.contact_points = [
                ContactPoint(
                    kind=ContactKind.ADDRESS, value=office.formatted(), usage="work", address=office.to_json()
                ),
                ContactPoint(kind=ContactKind.PHONE, value="+33556001122", usage="cell", extension="12"),
                ContactPoint(kind=ContactKind.EMAIL, value=f"{name}@exemple.fr", label="Bureau"),
                ContactPoint(kind=ContactKind.WEB, value=f"https://{name}.fr", usage="work"),
            ]
            if index != 1:
                person.tags, person.themes = [tag], [theme]
            session.add(person)
        session.flush()
        exchange.participants = [ExchangeParticipant(person_id=person.id, role=ParticipantRole.DELEGATE)]
    with database.begin() as session:
        theme_id, exchange_id = theme.id, exchange.id
        filters = [
            ExportFilter(include_do_not_contact=True),
            ExportFilter(tag="élus"),
            ExportFilter(theme_ids=(theme_id,)),
            ExportFilter(exchange_id=exchange_id),
        ]
        for flt in filters:
            persons = select_persons(session, flt)
            assert persons, flt
            write_export(persons, "csv", tmp_path / "old.csv")
            write_csv_rows(select_rows(session, flt), tmp_path / "new.csv")
            assert (tmp_path / "new.csv").read_bytes() == (tmp_path / "old.csv").read_bytes(), flt
            for fmt in ("vcf", "vcf3"):
                write_export(persons, fmt, tmp_path / "old.vcf")
                write_cards_to(select_cards(session, flt, fmt), tmp_path / "new.vcf")
                assert (tmp_path / "new.vcf").read_bytes() == (tmp_path / "old.vcf").read_bytes(), flt
            write_export(persons, "xlsx", tmp_path / "old.xlsx")
            write_xlsx_rows(select_rows(session, flt), tmp_path / "new.xlsx")
            assert _sheet_xml(tmp_path / "new.xlsx") == _sheet_xml(tmp_path / "old.xlsx"), flt
    assert "Bordeaux" in (tmp_path / "new.csv").read_text(encoding="utf-8-sig")


def _sheet_xml(path: Path) -> bytes:
    import zipfile

    with zipfile.ZipFile(path) as package:
        return package.read("xl/worksheets/sheet1.xml")
