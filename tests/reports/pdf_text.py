"""The words of a PDF as one line, for the tests that read a report back."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from pypdf import PdfReader


def pdf_text(path: Path) -> str:
    reader = PdfReader(path)
    # Collapse whitespace: extraction breaks lines wherever the layout wrapped them.
    text = unicodedata.normalize("NFKC", " ".join(page.extract_text() for page in reader.pages))
    return " ".join(text.split())
