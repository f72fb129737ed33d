"""Write a person's data export (access request, Law 25 / GDPR) as a private JSON file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from reseau.core.safe_output import write_output


def write_person_json(data: dict[str, Any], path: Path) -> Path:
    """Write ``data`` (UTF-8, indented) to ``path`` (``-``: standard output), owner-only from
    the first byte, through ``reseau.core.safe_output``."""
    text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    write_output(path, (text + "\n").encode("utf-8"))
    return path
