"""docs/performance.md is generated (issue 19.1): its figures are docs/performance.json rendered by
scripts/performance_report.py, never typed by hand."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.benchmarks import bench_figures
from tests.benchmarks.bench_figures import Figure, target_met

ROOT = Path(__file__).resolve().parents[1]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "performance_report", ROOT / "scripts" / "performance_report.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


performance_report = _script()

RUN = {
    "cpu": "Test CPU 3000",
    "cores": 2,
    "memory_gb": 7.5,
    "system": "Linux 6.1",
    "python": "3.11.7",
    "sqlite": "3.40.1",
    "sqlalchemy": "2.0.30",
    "pyside6": "6.11.3",
    "postgresql": "15.4",
    "commit": "abcdef123456",
    "uncommitted_changes": False,
    "persons": 100_000,
    "started": "2026-12-03T08:10:00+00:00",
    "finished": "2026-12-03T08:40:00+00:00",
    "load_before": [0.4, 0.5, 0.6],
    "load_after": [1.1, 0.9, 0.7],
}


def _figure(
    name: str, value: float, floor: float | None, unit: str, target: str, file: str
) -> dict[str, Any]:
    path = f"tests/benchmarks/{file}"
    return {**Figure(name, value, floor, unit, target, f"{path}::test_x").as_json(), "file": path}


FIGURES = [
    _figure("XLSX export, whole process", 4_321.5, 1_500.0, "ms", "≤ 3× floor", "test_b.py"),
    _figure("CSV import, rows per second", 30_000.0, 300_000.0, "rows/s", "≥ 25,000 rows/s", "test_a.py"),
    _figure("search, median", 2.44, 0.1, "ms", "< 20 ms", "test_b.py"),
    _figure("peak memory", 146.94, 49.3, "MB", "< 300 MB", "test_a.py"),
    _figure("open Indicateurs, every year", 1_250.0, None, "ms", "< 1 s", "test_b.py"),
    _figure("Réseau tab | Tout", 168.0, None, "ms", "", "test_c.py"),
]


def _rows(page: str) -> list[list[str]]:
    return [
        [cell.strip() for cell in line.strip("|").split(" | ")]
        for line in page.splitlines()
        if line.startswith("| ") and not line.startswith("| measure") and "---" not in line
    ]


def test_the_page_is_the_json_rendered_then_the_template() -> None:
    document = {"run": {**RUN, "quick": False, "command": "scripts/performance-report"}, "figures": FIGURES}
    page = performance_report.render(document, "## How it works\n\nProse kept by hand.\n")
    assert page.startswith(performance_report.GENERATED)
    assert "# Performance: Réseau at 100,000 persons" in page and "Quick run" not in page
    rows = _rows(page)
    assert ["XLSX export, whole process", "4,322 ms", "1,500 ms", "2.9×", "≤ 3× floor", "yes"] in rows
    # A rate: higher is better, its ratio is floor ÷ value.
    assert [
        "CSV import, rows per second",
        "30,000 rows/s",
        "300,000 rows/s",
        "10.0×",
        "≥ 25,000 rows/s",
        "yes",
    ] in rows
    assert ["search, median", "2.4 ms", "0.1 ms", "24.4×", "< 20 ms", "yes"] in rows
    assert ["peak memory", "146.9 MB", "49.3 MB", "3.0×", "< 300 MB", "yes"] in rows
    assert ["open Indicateurs, every year", "1,250 ms", "—", "—", "< 1 s", "**no**"] in rows
    assert ["Réseau tab \\| Tout", "168 ms", "—", "—", "—", "—"] in rows
    # Grouped by benchmark file, in the run's order.
    assert page.index("`tests/benchmarks/test_b.py`") < page.index("`tests/benchmarks/test_a.py`")
    assert page.index("`tests/benchmarks/test_a.py`") < page.index("`tests/benchmarks/test_c.py`")
    assert "Targets met: 4 of 5 figures that have one." in page
    for machine in (
        "Test CPU 3000, 2 cores",
        "7.5 GB",
        "| PostgreSQL | 15.4 |",
        "0.4, 0.5, 0.6 → 1.1, 0.9, 0.7",
    ):
        assert machine in page
    assert "`abcdef123456`" in page and "scripts/performance-report --quick" in page
    assert page.endswith("## How it works\n\nProse kept by hand.\n")


def test_a_quick_run_says_so_on_the_page() -> None:
    run = {**RUN, "persons": 10_000, "quick": True, "command": "scripts/performance-report --quick"}
    page = performance_report.render({"run": run, "figures": FIGURES[:1]}, "")
    assert "**Quick run (10,000 persons, `--quick`): these are not the figures of record.**" in page
    assert "# Performance: Réseau at 10,000 persons" in page


def test_merge_keeps_the_files_order_and_says_which_failed(tmp_path: Path) -> None:
    root = performance_report.ROOT
    files = [root / "tests" / "benchmarks" / f"test_{n}.py" for n in ("a", "b", "c")]
    fragments = []
    for index, (path, status) in enumerate(zip(files, (0, 1, 2), strict=True)):
        fragment = tmp_path / f"{index}.json"
        if index < 2:  # the third file's pytest died before writing anything
            run = {
                **RUN,
                "load_before": [index, 0, 0],
                "load_after": [index + 10, 0, 0],
                "exit_status": status,
            }
            figures = [f for f in FIGURES if f["file"] == str(path.relative_to(root))]
            fragment.write_text(json.dumps({"run": run, "figures": figures}), encoding="utf-8")
        fragments.append((path, fragment, status))
    merged = performance_report.merge(fragments, quick=True, command="scripts/performance-report --quick")
    assert [f["name"] for f in merged["figures"]] == [
        "CSV import, rows per second",
        "peak memory",
        "XLSX export, whole process",
        "search, median",
        "open Indicateurs, every year",
    ]
    assert merged["run"]["load_before"] == [0, 0, 0] and merged["run"]["load_after"] == [11, 0, 0]
    assert merged["run"]["quick"] is True and "exit_status" not in merged["run"]
    assert merged["problems"] == [
        {"file": "tests/benchmarks/test_b.py", "exit_status": 1, "figures": 3},
        {"file": "tests/benchmarks/test_c.py", "exit_status": 2, "figures": 0},
    ]
    page = performance_report.render(merged, "")
    assert "- `tests/benchmarks/test_c.py`: pytest exit status 2, 0 figures recorded" in page


def test_the_committed_page_is_its_json_rendered() -> None:
    """Change a figure in docs/performance.md by hand, or the JSON without rendering it, and
    this fails: rerun ``scripts/performance-report`` (or ``--render`` after editing the
    template)."""
    document = json.loads((ROOT / "docs" / "performance.json").read_text(encoding="utf-8"))
    template = (ROOT / "docs" / "templates" / "performance.md").read_text(encoding="utf-8")
    page = (ROOT / "docs" / "performance.md").read_text(encoding="utf-8")
    assert page == performance_report.render(document, template)
    assert document["figures"], "a run with no figure"
    if document["run"]["persons"] < performance_report.FULL_PERSONS:
        assert document["run"]["quick"] and "these are not the figures of record" in page


@pytest.mark.parametrize(
    ("target", "value", "unit", "ratio", "met"),
    [
        ("< 1,000 ms", 999.0, "ms", None, True),
        ("< 1,000 ms", 1000.0, "ms", None, False),
        ("< 1.5 s", 1400.0, "ms", None, True),
        ("< 1500 ms", 1600.0, "ms", None, False),
        ("≤ 2× floor", 5.0, "ms", 2.0, True),
        ("≤ 3× the CSV floor", 5.0, "ms", 3.1, False),
        ("≥ 25 000 rows/s", 25_000.0, "rows/s", 9.0, True),
        ("≥ 25,000", 24_999.0, "/s", 9.0, False),
        ("≥ 25 000 rows/s", 3_940.0, "ms", 9.0, None),  # a time beside a rate target
        ("< 300 MB", 146.9, "MB", 3.0, True),
        ("opens at once", 59.0, "ms", None, None),
        ("", 59.0, "ms", None, None),
        ("≤ 2× floor", 59.0, "ms", None, None),  # no floor: no ratio to compare
    ],
)
def test_targets_are_read_from_the_issue_words(
    target: str, value: float, unit: str, ratio: float | None, met: bool | None
) -> None:
    assert target_met(target, value, unit, ratio) is met


def test_report_records_the_test_that_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bench_figures, "FIGURES", [])
    monkeypatch.setattr(bench_figures, "CURRENT_TEST", "tests/benchmarks/test_x.py::test_y")
    bench_figures.report("import", 20_000.0, 200_000.0, unit="rows/s", target="≥ 25,000 rows/s")
    (figure,) = bench_figures.FIGURES
    assert figure.as_json() == {
        "name": "import",
        "value": 20_000.0,
        "floor": 200_000.0,
        "unit": "rows/s",
        "target": "≥ 25,000 rows/s",
        "source": "tests/benchmarks/test_x.py::test_y",
        "ratio": 10.0,
        "met": False,
    }
