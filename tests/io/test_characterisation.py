"""The import and export paths produce, field by field, what they produced when recorded.

See tests/io/characterise.py: the recording was made before the complexity split of issue
17.6; a difference names the file or case, the record and the field.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.io import characterise

RECORDED: dict[str, Any] = json.loads(characterise.SNAPSHOT.read_text(encoding="utf-8"))


def _same(where: str, recorded: dict[str, Any], now: dict[str, Any]) -> None:
    assert sorted(now) == sorted(recorded), f"{where}: not the same fields"
    for name, value in recorded.items():
        assert now[name] == value, f"{where}, field {name}: recorded {value!r}, now {now[name]!r}"


@pytest.mark.parametrize("name", characterise.SAMPLE_FILES)
def test_real_sample_reads_plans_and_writes_as_recorded(samples: Path, name: str) -> None:
    recorded = RECORDED["samples"][name]
    now = characterise.read_sample(samples / name)
    if isinstance(recorded, str):
        assert now == recorded
        return
    assert isinstance(now, list)
    assert len(now) == len(recorded), f"{name}: {len(now)} items, recorded {len(recorded)}"
    for index, (was, is_now) in enumerate(zip(recorded, now, strict=True)):
        _same(f"{name}, item {index + 1}", was, is_now)


def test_every_kind_of_column_maps_as_recorded() -> None:
    now = characterise.map_rows()
    assert sorted(now) == sorted(RECORDED["rows"])
    for case, fields in RECORDED["rows"].items():
        _same(f"row « {case} »", fields, json.loads(json.dumps(now[case])))


def test_records_plan_as_recorded() -> None:
    now = json.loads(json.dumps(characterise.plan_records()))
    assert sorted(now) == sorted(RECORDED["plans"])
    for case, fields in RECORDED["plans"].items():
        _same(f"plan « {case} »", fields, now[case])


def test_country_evidence_as_recorded() -> None:
    now = json.loads(json.dumps(characterise.countries()))
    for function in ("address_hints", "infer_country"):
        assert sorted(now[function]) == sorted(RECORDED["countries"][function])
        for case, value in RECORDED["countries"][function].items():
            assert now[function][case] == value, f"{function} « {case} »"


def test_the_recording_sees_what_it_is_meant_to() -> None:
    """The synthetic cases reach the branches they are named after (a guard on the recording)."""
    rows = RECORDED["rows"]
    assert rows["extension without a phone"]["notes"] == "déjà là\nPoste\u00a0: 204"
    assert rows["extension on the work phone"]["details"][0][1]["extension"] == "8" * 20
    assert "colonne 36 : sans en-tête" in rows["everything"]["notes"].replace("\u00a0", " ")
    assert RECORDED["plans"]["nothing at all"]["plan"] is None
    assert RECORDED["countries"]["infer_country"]["nothing"]["basis"] == "default"
