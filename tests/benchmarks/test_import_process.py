"""The import as a user runs it: ``reseau import contacts.csv --db new.sqlite3``, whole process.

Issue 19.2: ≥ 25,000 rows/s, i.e. ≤ 4.0 s for 100,000 distinct people, counted from outside a
subprocess that starts Python, imports Réseau, creates the new file, reads the CSV, plans,
matches and writes every row, builds the search index and exits. The floor is measured in the
same run, the same way (a subprocess): ``csv.reader`` over the same file and bare sqlite3
``executemany`` into one table of the same columns, in a new file. The fixed cost (a one-row
import) is paired with ``python -c pass``.

The file: distinct people (unique names, e-mails and phones), 8 columns with notes, half of
them French and half Québec, phones written the national way (``05 56 …``, ``(418) 5…``) so that
each row's country comes from its city and e-mail domain (issue 14.1).

    pytest tests/benchmarks/test_import_process.py --benchmark-only
    RESEAU_BENCH_IMPORT_300K=1 pytest tests/benchmarks/test_import_process.py --benchmark-only

The 300,000-row run (linearity: rows/s at 300k against 10k) is behind the environment variable.
"""

from __future__ import annotations

import csv
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from tests.benchmarks.bench_figures import report

ROOT = Path(__file__).resolve().parents[2]
# As an installed Réseau runs: with its bytecode compiled (here into the test's own folder, see
# people_files), not recompiling every module at each start.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
ENV.update({"PYTHONPATH": str(ROOT / "src"), "RESEAU_BUSY_LIMIT": "5"})
RESEAU = [sys.executable, "-m", "reseau"]
TARGET = "≥ 25 000 rows/s"
HEADERS = ["Prénom", "Nom", "Courriel", "Téléphone", "Organisme", "Fonction", "Ville", "Remarques"]
SIZES = [10_000, 100_000] + ([300_000] if os.environ.get("RESEAU_BENCH_IMPORT_300K") else [])

FIRST = (
    "Marie", "Éric", "Anne-Sophie", "Réal", "Hélène", "Luc", "Nadia", "François", "Zoé", "Louis",
    "Geneviève", "Stéphane", "Chloé", "Benoît", "Inès", "Jérôme", "Mélanie", "Yves", "Aurélie", "Noël",
)  # fmt: skip
LAST = (
    "Tremblay", "Gagnon", "Côté", "St-Amand", "Boisvert", "Roy", "Bouchard", "Gauthier", "Morin", "Lavoie",
    "Dubois", "Lefèvre", "Moreau", "Girard", "Mercier", "Durand", "Lambert", "Bonnet", "Faure", "Rousseau",
)  # fmt: skip
SYLLABLES = ("ba", "ce", "di", "fo", "gu", "la", "me", "ni", "po", "ru", "sa", "té", "vi", "zo", "ké", "lu")
FUNCTIONS = ("Directrice générale", "Organisateur communautaire", "Chargée de projet", "Agent de liaison")
# (city, e-mail domain, organization stem): the row's country comes from the city and the domain.
QUEBEC = (("Rimouski", "cisss-bsl.gouv.qc.ca", "CLSC de Rimouski"), ("Québec", "ville.quebec.qc.ca", "CDC"))
FRANCE = (("Bordeaux", "caf.fr", "CCAS de Bordeaux"), ("Lyon", "grandlyon.fr", "Mairie de Lyon"))
QUEBEC_AREAS = ("418", "581", "514", "438", "450", "819")


def _word(number: int) -> str:
    """A distinct pronounceable word for each number (base 16 in syllables)."""
    parts = []
    while True:
        number, digit = divmod(number, len(SYLLABLES))
        parts.append(SYLLABLES[digit])
        if not number:
            return "".join(parts).capitalize()


def person_row(i: int) -> list[str]:
    """Row ``i``: a distinct person (name, e-mail and phone unique to ``i``)."""
    first, last = FIRST[i % len(FIRST)], f"{LAST[(i // len(FIRST)) % len(LAST)]}-{_word(i)}"
    local = f"{first}.{last}".lower().replace(" ", "")
    local = local.translate(str.maketrans("éèêëàâîïôöûüç", "eeeeaaiioouuc"))
    if i % 2:
        city, domain, org = FRANCE[(i // 2) % len(FRANCE)]
        # 0[1-5] then a 2-9 digit: French geographic numbers, each unique to i.
        digits = f"{2 + (i // 10_000_000) % 8}{i % 10_000_000:07d}"
        phone = f"0{1 + (i // 2) % 5} {digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}"
    else:
        city, domain, org = QUEBEC[(i // 2) % len(QUEBEC)]
        area = QUEBEC_AREAS[(i // 2) % len(QUEBEC_AREAS)]
        phone = f"({area}) {200 + (i // 10_000) % 700:03d}-{i % 10_000:04d}"
    notes = f"Rencontré·e à la mission n° {i % 97} ; suivi « {FUNCTIONS[i % 4].lower()} »"
    return [first, last, f"{local}@{domain}", phone, f"{org} {i % 1000}", FUNCTIONS[i % 4], city, notes]


def write_people(path: Path, rows: int) -> Path:
    """The deterministic CSV of ``rows`` distinct people (``;``-separated, UTF-8)."""
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(HEADERS)
        writer.writerows(person_row(i) for i in range(rows))
    return path


# The floor: what Python and SQLite need at least to store the same cells in a new file.
FLOOR = """
import csv, sqlite3, sys
source, target = sys.argv[1], sys.argv[2]
connection = sqlite3.connect(target)
connection.execute(
    "CREATE TABLE contact (prenom, nom, courriel, telephone, organisme, fonction, ville, remarques)"
)
with open(source, encoding="utf-8", newline="") as handle:
    rows = csv.reader(handle, delimiter=";")
    next(rows)
    connection.executemany("INSERT INTO contact VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
connection.commit()
connection.close()
"""


def timed(args: list[str]) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(args, env=ENV, capture_output=True, text=True, timeout=900, check=False)
    elapsed = time.perf_counter() - started
    assert done.returncode == 0, done.stderr + done.stdout
    return elapsed, done.stdout


def import_once(source: Path, target: Path) -> tuple[float, str]:
    for leftover in target.parent.glob(target.name + "*"):
        leftover.unlink()
    return timed([*RESEAU, "import", str(source), "--db", str(target)])


def floor_once(source: Path, target: Path) -> float:
    target.unlink(missing_ok=True)
    return timed([sys.executable, "-c", FLOOR, str(source), str(target)])[0]


def persons_in(target: Path) -> int:
    connection = sqlite3.connect(target)
    try:
        return int(connection.execute("SELECT count(*) FROM person").fetchone()[0])
    finally:
        connection.close()


@pytest.fixture(scope="module")
def people_files(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Path]:
    folder = tmp_path_factory.mktemp("people")
    ENV["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    ENV["HOME"] = str(folder)  # nothing read or written in the real home
    ENV["RESEAU_SETTINGS"] = str(folder / "settings.json")
    files = {n: write_people(folder / f"people-{n}.csv", n) for n in [1, *SIZES]}
    import_once(files[1], folder / "warm-up.sqlite3")  # compiles the bytecode once
    return files


def test_people_file_is_distinct() -> None:
    """Not timed: the generated rows are distinct in name, e-mail and phone (ids of 300k)."""
    rows = [person_row(i) for i in range(0, 300_000, 7)]
    for column in (1, 2, 3):
        assert len({r[column] for r in rows}) == len(rows)


def test_import_whole_process(
    benchmark: BenchmarkFixture, people_files: dict[int, Path], tmp_path: Path
) -> None:
    rates: dict[int, float] = {}
    target = tmp_path / "new.sqlite3"
    for rows in SIZES:
        source = people_files[rows]
        if rows == SIZES[-1]:  # the largest size is the benchmark's own round
            seconds_box: list[float] = []

            def run(source: Path = source, box: list[float] = seconds_box) -> None:
                box.append(import_once(source, target)[0])

            benchmark.pedantic(run, rounds=1, iterations=1)
            seconds = seconds_box[-1]
        else:
            seconds = import_once(source, target)[0]
        assert persons_in(target) == rows  # every distinct person created
        floor = floor_once(source, tmp_path / "floor.sqlite3")
        rates[rows] = rows / seconds
        label = f"{rows // 1000}k" if rows >= 1000 else str(rows)
        # The target is for 100,000 rows and more; at 10k the fixed cost dominates, so
        # its figures are shown without being judged.
        judged = rows >= 100_000
        report(
            f"import whole process, {label} rows, time",
            seconds * 1000,
            floor * 1000,
            target="≤ 4 000 ms" if rows == 100_000 else "",
        )
        report(
            f"import whole process, {label} rows/s",
            rows / seconds,
            rows / floor,
            unit="rows/s",
            target=TARGET if judged else "",
        )
    largest = max(rates)
    report(
        f"import linearity: rows/s at {largest // 1000}k / at 10k",
        rates[largest] / rates[SIZES[0]],
        None,
        unit="×",
        target="≈ 1 (linear)",
    )


def test_import_fixed_cost(
    benchmark: BenchmarkFixture, people_files: dict[int, Path], tmp_path: Path
) -> None:
    """A one-row import into a new file, against ``python -c pass`` (the same run)."""
    samples: list[float] = []
    benchmark.pedantic(
        lambda: samples.append(import_once(people_files[1], tmp_path / "one.sqlite3")[0]),
        rounds=3,
        iterations=1,
    )
    seconds = min(samples)
    bare = min(timed([sys.executable, "-c", "pass"])[0] for _ in range(3))
    assert persons_in(tmp_path / "one.sqlite3") == 1
    report("import whole process, one row (fixed cost)", seconds * 1000, bare * 1000, target="—")
