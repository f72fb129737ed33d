"""The figures the benchmarks report: a table at the end of the run, and a JSON file that
``scripts/performance-report`` turns into docs/performance.md.

A benchmark calls ``report(name, value, floor, unit=..., target=...)`` once per figure: the
floor is the same work done the plainest way, measured in the same run; the target is the
issue's words (« < 1,000 ms », « ≤ 2× floor », « ≥ 25,000 rows/s »), which ``met`` reads.
A unit ending in « /s » is a rate: higher is better, and its ratio is floor / value.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import asdict, dataclass


@dataclass
class Figure:
    name: str
    value: float
    floor: float | None
    unit: str
    target: str
    source: str = ""  # the test that reported it (pytest node id)

    @property
    def is_rate(self) -> bool:
        return self.unit.endswith("/s")

    @property
    def ratio_value(self) -> float | None:
        """How many times the floor: value / floor, or floor / value for a rate."""
        if not self.floor or not self.value:
            return None
        return self.floor / self.value if self.is_rate else self.value / self.floor

    @property
    def ratio(self) -> str:
        ratio = self.ratio_value
        return "—" if ratio is None else f"{ratio:.1f}×"

    @property
    def met(self) -> bool | None:
        """Whether the target is met; None when there is none or it is no comparison."""
        return target_met(self.target, self.value, self.unit, self.ratio_value)

    def as_json(self) -> dict[str, object]:
        return {**asdict(self), "ratio": self.ratio_value, "met": self.met}


FIGURES: list[Figure] = []
# The pytest node id of the test running (set by conftest), recorded with each figure.
CURRENT_TEST = ""


def report(name: str, value: float, floor: float | None, unit: str = "ms", target: str = "") -> None:
    """Record a figure (and its floor) for the summary table and the JSON of the run."""
    FIGURES.append(Figure(name, value, floor, unit, target, CURRENT_TEST))


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def p95_ms(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))] * 1000


# « < 1,000 ms », « ≤ 2× floor », « ≥ 25 000 rows/s », « < 1.5 s », « < 300 MB »: a comparison,
# a number (thousands separated by a comma or a space), then a unit or « × ».
_TARGET = re.compile(r"^\s*(<=|>=|<|>|≤|≥)\s*(\d[\d\s,\u00a0\u202f]*(?:\.\d+)?)\s*(×|x\b)?\s*(\S*)")
_SCALE = {"ms": 1.0, "s": 1000.0, "min": 60_000.0}


def _number(text: str) -> float:
    return float(re.sub(r"[\s,\u00a0\u202f]", "", text))


def target_met(target: str, value: float, unit: str, ratio: float | None) -> bool | None:
    match = _TARGET.match(target)
    if match is None:
        return None
    operator, number, times, target_unit = match.groups()
    limit = _number(number)
    if times:
        if ratio is None:
            return None
        measured = ratio
    else:
        measured = value
        if target_unit in _SCALE and unit in _SCALE:  # « < 1.5 s » for a figure in ms
            limit = limit * _SCALE[target_unit] / _SCALE[unit]
        elif target_unit and target_unit != unit and not (target_unit.endswith("/s") and unit.endswith("/s")):
            return None  # « ≥ 25,000 rows/s » beside a time in ms: shown, not compared
    return {
        "<": measured < limit,
        "<=": measured <= limit,
        "≤": measured <= limit,
        ">": measured > limit,
        ">=": measured >= limit,
        "≥": measured >= limit,
    }[operator]
