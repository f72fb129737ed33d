"""The figures the benchmarks report, printed as a table at the end of the run (conftest)."""

from __future__ import annotations

import statistics
from dataclasses import dataclass


@dataclass
class Figure:
    name: str
    value: float
    floor: float | None
    unit: str
    target: str

    @property
    def ratio(self) -> str:
        if not self.floor or not self.value:
            return "—"
        # A rate (rows/s) is better when higher: its ratio is floor / value, like the times.
        ratio = self.floor / self.value if self.unit.endswith("/s") else self.value / self.floor
        return f"{ratio:.1f}×"


FIGURES: list[Figure] = []


def report(name: str, value: float, floor: float | None, unit: str = "ms", target: str = "") -> None:
    """Record a figure (and its floor) for the summary table."""
    FIGURES.append(Figure(name, value, floor, unit, target))


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def p95_ms(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))] * 1000
