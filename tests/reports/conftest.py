"""The PDF tests reuse the hand-counted dataset of tests/services/indicator_dataset.py."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_PATH = Path(__file__).resolve().parent.parent / "services" / "indicator_dataset.py"
if "indicator_dataset" not in sys.modules:
    _spec = importlib.util.spec_from_file_location("indicator_dataset", _PATH)
    assert _spec is not None and _spec.loader is not None
    _module = importlib.util.module_from_spec(_spec)
    sys.modules["indicator_dataset"] = _module
    _spec.loader.exec_module(_module)
