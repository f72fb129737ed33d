"""The faster CSV reader and row planner (issue 19.2) give the very plans of the old ones.

The old reader and planner are kept, frozen, in ``tests/planning_oracle``. Hypothesis writes
CSV files whose columns feed every kind of field (names, notes, kept columns, e-mails, phones,
addresses, webs, tags, typed contacts, address parts of every group, Google's numbered pairs,
the extension, the country) with values that take every branch (valid and invalid e-mails,
national and international phones, extensions, « ::: » lists, quotes our writer adds, short
and long rows); each file is read and planned the old way and the new way (the way the
planner process does it), and the planned rows must be equal: the same lines, the same plans
field by field (the country's evidence included) and the same warnings, in the same order.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reseau.core.enums import Country
from reseau.io.csv_read import CsvInfo, inspect_csv, read_csv
from reseau.io.records import RowProblem
from reseau.services.io import import_pipeline
from reseau.services.io.import_keys import phone_key
from reseau.services.io.import_plan import RowPlanner
from tests.planning_oracle import csv_read as old_csv_read
from tests.planning_oracle import import_plan as old_import_plan

ADDRESS_FIELDS = [
    f"adr.{group}.{part}"
    for group in ("main", "work", "home", "other", "g1")
    for part in ("street", "street2", "pobox", "city", "region", "postal", "country", "type", "formatted")
]
FIELDS: list[str | None] = [
    "first_name", "last_name", "full_name", "title", "organization", "country", "department",
    "notes", "keep", "email", "phone", "address", "web", "tags",
    "email:work", "email:home", "email:other", "phone:work", "phone:home", "phone:cell",
    "phone:fax", "phone:other", "address:work", "address:home", "address:other", "extension",
    "email#1", "email#1.type", "phone#2", "phone#2.type", "not-a-field", None,
    *ADDRESS_FIELDS,
]  # fmt: skip
VALUES = [
    "", " ", "Marie", "Éric", "Côté-Massé", "St-Amand", "Saint Amand", "CLSC de Rimouski",
    "marie@cdc.qc.ca", "eric@caf.fr", "ERIC@CAF.FR", " x@exemple.com ", "pas un courriel",
    "a@b", "jo@gmail.com ::: jo@caf.fr", "élise@exemple.fr", "x@test.test",
    "(418) 555-0142", "05 56 00 11 22", "+33 5 56 00 11 22", "514 555-0199 poste 22",
    "0033556001122", "011 33 5 56 00 11 22", "1 514 555 0100", "+1 416 555 0100", "12",
    "418-555-0100 ::: 05 56 00 11 22", "+44 20 7946 0000", "06 12 34 56 78 #3",
    "Rimouski", "Bordeaux", "Lyon", "Montréal", "G5L 1A1", "33000", "H2X1Y4", "France", "Canada",
    "Québec", "QC", "Ontario", "Bretagne", "travail", "home", "work", "mobile", "22",
    "12 rue A\n33000 Bordeaux\nFrance", "'=1+2", "'-3", "'Texte", "x ::: y", "http://exemple.qc.ca",
    "bénévole ::: CA", "\ufffd",
]  # fmt: skip
# A few values often, so that rows repeat what the caches keep (cities, countries, codes).
FEW = ["", "Rimouski", "Bordeaux", "Canada", "France", "33000", "G5L 1A1", "05 56 00 11 22"]
CELLS = st.sampled_from(FEW) | st.sampled_from(VALUES) | st.text(max_size=10)


def _guess(guess: Any) -> object:
    return None if guess is None else (guess.country, guess.basis, guess.evidence)


def _plain(values: tuple[object, ...] | None) -> object:
    """A plan's values with its guess as plain values (the old planner has its own classes)."""
    if values is None:
        return None
    plain = list(values)
    plain[old_import_plan._FIELDS.index("guess")] = _guess(plain[old_import_plan._FIELDS.index("guess")])
    return plain


def _info(path: Path, columns: int) -> CsvInfo:
    """What the wizard would have found (no sniffing: the generated cells may look binary)."""
    headers = tuple(f"Colonne {i}" for i in range(columns))
    return CsvInfo(path, "utf-8", ";", headers, "generic", "", (), False, path.stat().st_size)


def _old(path: Path, mapping: list[str | None]) -> list[tuple[object, ...]]:
    phones: dict[tuple[str, Country], str | None] = {}

    def phone(raw: str, country: Country) -> str | None:
        if (raw, country) not in phones:
            phones[raw, country] = phone_key(raw, country)
        return phones[raw, country]

    rows: list[tuple[object, ...]] = []
    info = _info(path, len(mapping))
    for record in old_csv_read.read_csv(path, info, mapping):
        if isinstance(record, RowProblem):
            rows.append((record.line, record.message, None, []))
            continue
        plan, messages = old_import_plan.plan_record(record, Country.FRANCE, phone)
        values = None if plan is None else old_import_plan.plan_values(plan)  # type: ignore[arg-type]
        rows.append((record.line, None, _plain(values), messages))
    return rows


def _new(path: Path, mapping: list[str | None]) -> list[tuple[object, ...]]:
    """As the planner process plans: ``_planned_rows`` with the importer's planner."""
    planner = RowPlanner(Country.FRANCE)
    rows: list[tuple[object, ...]] = []
    records = read_csv(path, _info(path, len(mapping)), mapping)
    for chunk in import_pipeline._planned_rows(records, planner):
        for sent, values, messages in chunk:
            if isinstance(sent, RowProblem):
                rows.append((sent.line, sent.message, None, []))
            else:
                line = sent if isinstance(sent, int) else sent.line
                rows.append((line, None, _plain(values), messages))
    return rows


def _write(path: Path, rows: Iterable[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out, delimiter=";").writerows(rows)


@st.composite
def files(
    draw: st.DrawFn, fields: list[str | None], cells: st.SearchStrategy[str]
) -> tuple[list[str | None], list[list[str]]]:
    """A mapping and rows: most of them as wide as the mapping, some shorter or longer."""
    mapping = draw(st.lists(st.sampled_from(fields), min_size=2, max_size=9))
    width = len(mapping)
    sizes = st.sampled_from([width] * 6 + [max(0, width - 1), width + 1, 0])
    rows = draw(
        st.lists(sizes.flatmap(lambda n: st.lists(cells, min_size=n, max_size=n)), min_size=1, max_size=20)
    )
    return mapping, rows


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(files(FIELDS, CELLS))
def test_new_reader_and_planner_give_the_old_plans(
    tmp_path: Path, file: tuple[list[str | None], list[list[str]]]
) -> None:
    mapping, rows = file
    path = tmp_path / "contacts.csv"
    headers = [f"Colonne {i}" for i in range(len(mapping))]
    _write(path, [headers, *rows])
    assert _new(path, mapping) == _old(path, mapping)


# The columns whose values the planner keeps between rows (address parts, the country that is
# also the address's, phones and e-mails that are evidence), with the few values that repeat.
EVIDENCE_FIELDS: list[str | None] = [
    "last_name", "country", "email", "phone", "adr.main.city", "adr.main.postal", "adr.main.country",
    "adr.work.city",
]  # fmt: skip
REPEATED = ["", "Rimouski", "Bordeaux", "Canada", "France", "G5L 1A1"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(files(EVIDENCE_FIELDS, st.sampled_from(REPEATED)))
def test_values_that_repeat_are_planned_as_before(
    tmp_path: Path, file: tuple[list[str | None], list[list[str]]]
) -> None:
    mapping, rows = file
    path = tmp_path / "contacts.csv"
    _write(path, [[f"Colonne {i}" for i in range(len(mapping))], *rows])
    assert _new(path, mapping) == _old(path, mapping)


def test_the_benchmark_file_is_planned_as_before(tmp_path: Path) -> None:
    """The benchmark's rows (tests/benchmarks/test_import_process.py): its very headers."""
    from tests.benchmarks.test_import_process import write_people

    path = write_people(tmp_path / "people.csv", 3000)
    info = inspect_csv(path)
    mapping = old_csv_read.default_mapping(info.headers, info.format_code)
    assert "adr.main.city" in mapping  # its Ville column: the address parts' path
    new = _new(path, mapping)
    assert len(new) == 3000
    assert new == _old(path, mapping)
