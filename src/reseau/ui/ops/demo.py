"""Named operation of Aide › Charger la démonstration."""

from __future__ import annotations

from reseau.core.outcome import Outcome
from reseau.services.demo import load as demo
from reseau.services.demo.load import DemoSummary
from reseau.ui.ops.runner import CommandOp, OpRunner


def load_demo(runner: OpRunner) -> CommandOp[Outcome[DemoSummary]]:
    return CommandOp(runner, lambda s: demo.load_demo(s))
