"""Fuzz every importer with random bytes, random CSV and random vCard structures.

IMPORTERS is the registry: one ``("module", "function", "csv" | "vcard" | "any", ".suffix")``
for each importer of reseau.io.
"""

from __future__ import annotations

import csv
import importlib
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reseau.core.errors import ReseauError
from tests.io.fuzz_importers import check_importer, csv_documents, random_bytes, vcard_documents

IMPORTERS: list[tuple[str, str, str, str]] = [
    ("reseau.io.contacts_file", "load_contacts", "csv", ".csv"),
    ("reseau.io.contacts_file", "load_contacts", "vcard", ".vcf"),
    ("reseau.io.contacts_file", "load_contacts", "any", ".csv"),
]
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _load(module: str, name: str) -> Callable[[Path], object]:
    try:
        return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]
    except (ImportError, AttributeError):
        pytest.skip(f"{module}.{name} is not in this branch")


@pytest.mark.parametrize(("module", "name", "kind", "suffix"), IMPORTERS)
def test_importer_survives_random_input(module: str, name: str, kind: str, suffix: str) -> None:
    importer = _load(module, name)
    structured = {"csv": csv_documents(), "vcard": vcard_documents()}.get(kind, random_bytes)

    @FUZZ
    @given(data=st.one_of(random_bytes, structured))
    def run(data: bytes) -> None:
        check_importer(importer, data, suffix)

    run()


# --- the harness itself must be able to fail ------------------------------------------------
class LineError(ReseauError):
    pass


def _careful(path: Path) -> int:
    """A toy CSV reader that reports its errors with their line."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LineError(f"{path.name} : encodage illisible (octet {exc.start})") from exc
    count = 0
    for number, row in enumerate(csv.reader(text.splitlines()), start=1):
        if any("\x00" in cell for cell in row):
            raise LineError(f"ligne {number} : caractère nul")
        count += 1
    return count


def _careless(path: Path) -> int:
    return len(path.read_bytes().decode("utf-8").split(",")[3])


@settings(max_examples=100, deadline=None)
@given(data=st.one_of(random_bytes, csv_documents(), vcard_documents()))
def test_harness_accepts_a_careful_importer(data: bytes) -> None:
    check_importer(_careful, data, ".csv")


def test_harness_catches_a_careless_importer() -> None:
    with pytest.raises(AssertionError, match="raised"):
        check_importer(_careless, b"\xff\xfe", ".csv")


def test_harness_catches_a_hang() -> None:
    import time

    with pytest.raises(AssertionError, match="hangs"):
        check_importer(lambda _p: time.sleep(2), b"", ".csv", timeout=0.2)


def test_harness_wants_the_line() -> None:
    def vague(_path: Path) -> None:
        raise LineError("fichier invalide")

    with pytest.raises(AssertionError, match="does not say where"):
        check_importer(vague, b"x", ".csv")
