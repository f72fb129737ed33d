"""Small helpers to build the detail panes' HTML safely (every value escaped)."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape


def heading(text: str, sub: str = "") -> str:
    return f"<h2>{escape(text)}</h2>" + (f"<p><i>{escape(sub)}</i></p>" if sub else "")


def _lines(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def fields(pairs: Iterable[tuple[str, str]]) -> str:
    """A two-column table of the non-empty values; a value's lines (an address) stay lines."""
    rows = "".join(
        f"<tr><td style='color:#555;padding-right:12px'>{escape(k)}</td><td>{_lines(v)}</td></tr>"
        for k, v in pairs
        if v
    )
    return f"<table>{rows}</table>" if rows else ""


def link(href: str, text: str) -> str:
    return f"<a href='{escape(href)}'>{escape(text)}</a>"


def section(title: str, items: Iterable[str], empty: str = "") -> str:
    """A titled list; ``items`` are already HTML (use :func:`link` or escape them)."""
    body = "".join(f"<li>{item}</li>" for item in items)
    if not body:
        return f"<h3>{escape(title)}</h3><p style='color:#777'>{escape(empty)}</p>" if empty else ""
    return f"<h3>{escape(title)}</h3><ul>{body}</ul>"
