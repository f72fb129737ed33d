"""Fuzzing the bad-input paths of this area: random bytes as a restore file or as the database
file never raise anything but the expected, worded errors, and never hang."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reseau.core.data_errors import RestoreError
from reseau.core.errors import DatabaseOpenError
from reseau.db import backup
from reseau.db.open import open_sqlite

HEADER = b"SQLite format 3\x00"
garbage = st.one_of(st.binary(max_size=4096), st.binary(max_size=4096).map(lambda b: HEADER + b))


@settings(max_examples=60, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(data=garbage)
def test_random_restore_files_are_refused_with_a_message(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.sqlite3"
        path.write_bytes(data)
        try:
            backup.check_restorable(path)
        except RestoreError as exc:
            assert str(path) in str(exc)
        else:  # pragma: no cover - random bytes are never a Réseau database
            raise AssertionError("random bytes accepted as a Réseau database")


@settings(max_examples=40, deadline=3000, suppress_health_check=[HealthCheck.too_slow])
@given(data=garbage)
def test_random_database_files_are_refused_and_kept(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "reseau.sqlite3"
        path.write_bytes(data)
        try:
            open_sqlite(path).dispose()
        except DatabaseOpenError as exc:
            assert "reseau.sqlite3" in str(exc)
            kept = list(Path(folder).glob("reseau.sqlite3*"))
            assert any(p.read_bytes() == data for p in kept), "the bad file was altered or lost"
