"""The contacts export as a user runs it (issue 19.5): `reseau export contacts --format F -o OUT
--db BIG` in a subprocess, timed from outside, against its floor in the same run.

The floor is a bare script, also in a subprocess: sqlite3 reads the persons (sorted as the export
sorts them), their contact points and tags, and csv.writer writes the same 39 columns. Start-up
is the same command on an empty database (the command's fixed cost: Python, imports, opening
the database), and the floor's start-up the script on that empty database.
"""

from __future__ import annotations

import csv
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from reseau.io.csv_formats import RESEAU_HEADERS
from tests.benchmarks.bench_figures import report

FLOOR = f"""
import csv, sqlite3, sys
HEADERS = {[h for h, _ in RESEAU_HEADERS]!r}
FIELDS = {[f for _, f in RESEAU_HEADERS]!r}
place = {{f: i for i, f in enumerate(FIELDS)}}
connection = sqlite3.connect(sys.argv[1])
points = {{}}
for pid, kind, value, usage in connection.execute(
    "SELECT person_id, kind, value, usage FROM contact_point WHERE person_id IS NOT NULL ORDER BY id"
):
    field = "adr.main.street" if kind == "address" else f"{{kind}}:{{usage}}" if usage else kind
    points.setdefault(pid, []).append((field, value))
tags = {{}}
for pid, name in connection.execute(
    "SELECT pt.person_id, t.name FROM person_tag pt JOIN tag t ON t.id = pt.tag_id"
):
    tags.setdefault(pid, []).append(name)
rows = connection.execute(
    "SELECT p.id, p.first_name, p.last_name, coalesce(p.title, ''), coalesce(o.name, ''),"
    " coalesce(p.department, ''), p.country, coalesce(p.notes, '')"
    " FROM person p LEFT JOIN organization o ON o.id = p.organization_id ORDER BY p.name_key, p.id"
)
scalars = [place[f] for f in ("first_name", "last_name", "title", "organization", "department",
                              "country", "notes")]
tag_place, width = place["tags"], len(FIELDS)
with open(sys.argv[2], "w", encoding="utf-8", newline="") as handle:
    writer = csv.writer(handle, delimiter=";")
    writer.writerow(HEADERS)
    for pid, *values in rows:
        cells = [""] * width
        for i, v in zip(scalars, values):
            cells[i] = v
        for field, value in points.get(pid, ()):
            i = place.get(field)
            if i is not None:
                cells[i] = cells[i] + " ::: " + value if cells[i] else value
        if pid in tags:
            cells[tag_place] = " ::: ".join(sorted(tags[pid]))
        writer.writerow(cells)
"""

ROUNDS = 3


def _reseau() -> list[str]:
    """The command as installed (.venv/bin/reseau), else through the interpreter."""
    script = Path(sys.executable).with_name("reseau")
    return [str(script)] if script.exists() else [sys.executable, "-m", "reseau"]


def _seconds(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, capture_output=True, check=True, timeout=600)
    return time.perf_counter() - started


def _median(command: list[str], rounds: int = ROUNDS) -> float:
    return statistics.median(_seconds(command) for _ in range(rounds))


def _export(fmt: str, db: Path, out: Path) -> list[str]:
    return [
        *_reseau(),
        "export",
        "contacts",
        "--format",
        fmt,
        "-o",
        str(out),
        "--db",
        str(db),
        "--include-do-not-contact",
        "--delimiter",
        ";",
    ]


@pytest.fixture(scope="module")
def empty_db(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    path = tmp_path_factory.mktemp("empty") / "empty.sqlite3"
    shutil.copy(migrated_template, path)
    return path


@pytest.fixture(scope="module")
def floors(tmp_path_factory: pytest.TempPathFactory, big_db_path: Path, empty_db: Path) -> dict[str, float]:
    """The floor script on the big and on the empty database, and the CSV export's start-up."""
    folder = tmp_path_factory.mktemp("floor")
    script = folder / "floor.py"
    script.write_text(FLOOR, encoding="utf-8")
    out = folder / "floor.csv"
    found = {
        "floor": _median([sys.executable, str(script), str(big_db_path), str(out)]),
        "floor start-up": _median([sys.executable, str(script), str(empty_db), str(out)]),
        "start-up": _median(_export("csv", empty_db, folder / "empty.csv")),
    }
    with out.open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle, delimiter=";"))
    assert len(header) == len(RESEAU_HEADERS)  # the same columns as the export
    return found


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "vcf"])
def test_export_whole_process(
    benchmark: BenchmarkFixture, big_db_path: Path, tmp_path: Path, floors: dict[str, float], fmt: str
) -> None:
    out = tmp_path / f"contacts.{fmt}"
    command = _export(fmt, big_db_path, out)
    benchmark.pedantic(lambda: subprocess.run(command, capture_output=True, check=True), rounds=ROUNDS)
    seconds = benchmark.stats.stats.median
    assert out.stat().st_size > 0
    name = {"csv": "CSV", "xlsx": "XLSX", "vcf": "vCard"}[fmt]
    target = {"xlsx": "≤ 3× floor"}.get(fmt, "")
    report(f"{name} export, whole process", seconds * 1000, floors["floor"] * 1000, target=target)
    if fmt == "csv":
        report(
            "CSV export net of start-up",
            (seconds - floors["start-up"]) * 1000,
            (floors["floor"] - floors["floor start-up"]) * 1000,
            target="≤ 2× floor",
        )
        report(
            "export start-up (empty database)",
            floors["start-up"] * 1000,
            floors["floor start-up"] * 1000,
        )
