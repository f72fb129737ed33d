"""Benchmarks at scale (outside the default run: pyproject's addopts has --benchmark-skip).

    pytest tests/benchmarks --benchmark-only

A database of RESEAU_BENCH_PERSONS persons (100,000 by default), 2 % as many organizations and
20 % as many journal entries is generated once and kept in the pytest cache. Every benchmark
also measures its floor (the same work done with the bare sqlite3 / csv modules) and reports
the ratio; the table of figures is printed at the end of the run.

With RESEAU_BENCH_JSON=FILE, every figure of the run is also written to FILE with the machine
it ran on (CPU, cores, memory, versions, load average before and after, date, git commit):
``scripts/performance-report`` runs the benchmarks that way and writes docs/performance.md.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from reseau.db import migrate
from reseau.db.open import open_sqlite
from reseau.db.session import Database
from reseau.services.demo.generate import generate
from tests.benchmarks import bench_figures
from tests.benchmarks.bench_figures import FIGURES

PERSONS = int(os.environ.get("RESEAU_BENCH_PERSONS", "100000"))
ROOT = Path(__file__).resolve().parents[2]
_STARTED: dict[str, object] = {}
_GENERATED_PAGE = (":!docs/performance.md", ":!docs/performance.json")


def _load_average() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def _first_line(path: str, prefix: str) -> str:
    try:
        with open(path, encoding="utf-8") as handle:
            return next((line.split(":", 1)[1].strip() for line in handle if line.startswith(prefix)), "")
    except OSError:
        return ""


def _version(distribution: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(distribution)
    except PackageNotFoundError:
        return ""


def _git(*args: str) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=20)
    except OSError:
        return ""
    return done.stdout.strip() if done.returncode == 0 else ""


def _postgres_version() -> str:
    url = os.environ.get("RESEAU_TEST_PG_URL")
    if not url:
        return ""
    try:
        from sqlalchemy import create_engine

        engine = create_engine(url)
        with engine.connect() as connection:
            found = str(connection.exec_driver_sql("SHOW server_version").scalar())
        engine.dispose()
        return found
    except Exception as error:
        return f"unknown ({type(error).__name__})"


def machine() -> dict[str, object]:
    """What the figures were measured on."""
    memory_kb = _first_line("/proc/meminfo", "MemTotal")
    return {
        "cpu": _first_line("/proc/cpuinfo", "model name") or platform.processor() or platform.machine(),
        "cores": os.cpu_count(),
        "memory_gb": round(int(memory_kb.split()[0]) / 1024 / 1024, 1) if memory_kb else None,
        "system": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "sqlalchemy": _version("SQLAlchemy"),
        "pyside6": _version("PySide6-Essentials") or _version("PySide6"),
        "postgresql": _postgres_version(),
        "commit": _git("rev-parse", "--short=12", "HEAD"),
        # The page and its JSON are rewritten by every run: not a change to the code measured.
        "uncommitted_changes": bool(
            _git("status", "--porcelain", "--untracked-files=no", "--", ".", *_GENERATED_PAGE)
        ),
    }


def pytest_sessionstart(session: pytest.Session) -> None:
    _STARTED["load_before"] = _load_average()
    _STARTED["started"] = datetime.now(UTC).isoformat(timespec="seconds")


@pytest.fixture(autouse=True)
def _name_the_figures(request: pytest.FixtureRequest) -> Iterator[None]:
    """Each figure remembers the test that reported it (the page groups them by file)."""
    bench_figures.CURRENT_TEST = request.node.nodeid
    yield
    bench_figures.CURRENT_TEST = ""


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    target = os.environ.get("RESEAU_BENCH_JSON")
    if not target:
        return
    run = {
        **machine(),
        "persons": PERSONS,
        "started": _STARTED.get("started"),
        "finished": datetime.now(UTC).isoformat(timespec="seconds"),
        "load_before": _STARTED.get("load_before"),
        "load_after": _load_average(),
        "exit_status": int(exitstatus),
    }
    document = {"run": run, "figures": [figure.as_json() for figure in FIGURES]}
    Path(target).write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not FIGURES:
        return
    write = terminalreporter.write_line
    write("")
    write(f"Réseau figures at {PERSONS:,} persons".replace(",", " "))
    write(f"{'measure':<46} {'value':>11} {'floor':>11} {'ratio':>7}  target")
    for f in FIGURES:
        floor = f"{f.floor:.1f} {f.unit}" if f.floor else "—"
        write(f"{f.name:<46} {f.value:>8.1f} {f.unit:<2} {floor:>11} {f.ratio:>7}  {f.target}")


@pytest.fixture(scope="session")
def big_db_path(request: pytest.FixtureRequest, migrated_template: Path) -> Path:
    """The generated database file (read-only use; copy it to write)."""
    folder = Path(request.config.cache.mkdir("reseau-benchmarks"))  # type: ignore[union-attr]
    # Keyed by the whole chain of migrations: a re-chained 0008 is another schema.
    chain = "-".join(sorted(migrate.known_revisions()))
    path = folder / f"persons-{PERSONS}-{chain}.sqlite3"
    if not path.exists():
        partial = path.with_suffix(".partial")
        shutil.copy(migrated_template, partial)
        database = open_sqlite(partial)
        with database.begin() as session:
            generate(session, PERSONS, max(2, PERSONS // 50), PERSONS // 5)
        with database.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        database.dispose()
        for leftover in folder.glob(f"{partial.name}-*"):  # empty -wal and -shm files
            leftover.unlink()
        partial.rename(path)
    return path


@pytest.fixture(scope="session")
def big_db(big_db_path: Path) -> Iterator[Database]:
    database = open_sqlite(big_db_path)
    yield database
    database.dispose()
