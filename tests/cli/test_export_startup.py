"""`reseau export contacts` pays only for what an export needs (issue 19.5, its fixed cost): in
a fresh process, a CSV or XLSX export configures no mapper (its queries are of table columns,
see ``services.io.export_contacts``), reads no preferences (``reseau.core.settings`` and the
agenda's rules behind it), and a CSV imports no XLSX writer; the file is written all the same."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
import json, sys
from reseau.cli.main import main
code = main(sys.argv[1:])
from reseau.db.models import Person
print("SEEN=" + json.dumps({
    "code": code,
    "configured": Person.__mapper__.configured,
    "modules": sorted(m for m in sys.modules if m.startswith(("reseau.core.settings", "xlsxwriter",
        "reseau.core.agenda", "openpyxl", "PySide6", "reportlab", "alembic"))),
}))
"""


def _export(fmt: str, tmp_path: Path, *filters: str) -> dict[str, object]:
    tmp_path.mkdir(exist_ok=True)
    out = tmp_path / f"contacts.{fmt}"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "HOME": str(tmp_path)}
    env["RESEAU_SETTINGS"] = str(tmp_path / "settings.json")
    args = ["export", "contacts", "--format", fmt, "-o", str(out), "--db", str(tmp_path / "x.sqlite3")]
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, *args, *filters],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    assert "SEEN=" in done.stdout, done.stderr
    seen: dict[str, object] = json.loads(done.stdout.rpartition("SEEN=")[2])
    assert out.exists() == (seen["code"] == 0)
    return {**seen, "stderr": done.stderr}


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_an_export_configures_no_mapper_and_reads_no_preferences(tmp_path: Path, fmt: str) -> None:
    seen = _export(fmt, tmp_path)
    assert seen["code"] == 0 and seen["configured"] is False
    expected = [] if fmt == "csv" else ["xlsxwriter"]
    assert sorted({m.split(".")[0] if m.startswith("xlsx") else m for m in seen["modules"]}) == expected  # type: ignore[attr-defined]


def test_the_filters_configure_no_mapper_either(tmp_path: Path) -> None:
    """The filters' conditions and ``--organization``'s look-up are of table columns too."""
    seen = _export("csv", tmp_path, "--tag", "élus", "--country", "QC", "--exchange", "1")
    assert seen["code"] == 0 and seen["configured"] is False
    seen = _export("csv", tmp_path / "missing", "--organization", "Nulle part")
    assert seen["code"] == 2 and seen["configured"] is False
    assert "introuvable" in str(seen["stderr"])
