"""The access-request JSON is UTF-8, readable back, and owner-only from the start."""

from __future__ import annotations

import json
import os
from pathlib import Path

from reseau.core.files import is_owner_only, secure_file
from reseau.io.person_export import write_person_json


def test_json_is_private_and_keeps_accents(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        path = write_person_json({"personne": {"nom": "Massé", "prenom": "Hélène"}}, tmp_path / "p.json")
    finally:
        os.umask(old)
    assert is_owner_only(path)
    assert "Massé" in path.read_text(encoding="utf-8")
    assert json.loads(path.read_text(encoding="utf-8"))["personne"]["prenom"] == "Hélène"


def test_secure_file_tightens_existing_files(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("x")
    path.chmod(0o644)
    assert not is_owner_only(path)
    secure_file(path)
    assert is_owner_only(path)
    secure_file(tmp_path / "absent")  # no error for a file not written yet
