"""Write a person's data export (access request, Law 25 / GDPR) as a private JSON file."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from reseau.core.files import secure_file


def write_person_json(data: dict[str, Any], path: Path) -> Path:
    """Write ``data`` (UTF-8, indented) to ``path``, owner-only from the first byte."""
    text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    # Create with 0600 so the data is never readable by others, even for an instant.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text + "\n")
    secure_file(path)
    return path
