"""Fuzz harness for the importers (issue 7, point 8): strategies and the robustness check.

An importer is ``f(path) -> anything``. Fed random bytes, random CSV structures or random vCard
structures, it must return or raise a ``ReseauError`` whose message says where (a line number
or the file name) — no other exception, and no hang. Register each importer in
``tests/io/test_fuzz_importers.py`` (``IMPORTERS``), one line each.
"""

from __future__ import annotations

import re
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from reseau.core.errors import ReseauError

WHERE = re.compile(r"ligne|line|\bl\.\s*\d|:\d+", re.IGNORECASE)

_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",), max_codepoint=0x2FFF), max_size=40)
_field = st.one_of(
    _text,
    st.sampled_from(["", '"', '""', "Massé", "Hélène", "+1 418 555-0199", "a@b.c", "=1+1", "\x00", "\r"]),
)
HEADERS = [
    "Nom",
    "Prénom",
    "Courriel",
    "Téléphone",
    "Organisation",
    "Pays",
    "Fonction",
    "Notes",
    "Last Name",
    "First Name",
    "E-mail Address",
    "Mobile Phone",
    "Company",
    "",
]


@st.composite
def csv_documents(draw: Any) -> bytes:
    """Plausible-looking CSV: a header from real exports, ragged rows, odd quoting and encodings."""
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
    header = draw(st.lists(st.sampled_from(HEADERS), min_size=0, max_size=8))
    rows = draw(st.lists(st.lists(_field, max_size=10), max_size=12))

    def cell(value: str) -> str:
        if draw(st.booleans()):
            return '"' + value.replace('"', '""') + '"'
        return value

    lines = [delimiter.join(header)] + [delimiter.join(cell(v) for v in row) for row in rows]
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    text = newline.join(lines)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16"]))
    data = text.encode(encoding, errors="replace")
    if draw(st.booleans()):  # truncated mid-file
        data = data[: draw(st.integers(0, len(data)))]
    return data


_VCARD_PROPS = ["FN", "N", "EMAIL", "TEL", "ORG", "TITLE", "ADR", "NOTE", "X-CUSTOM", "PHOTO", "BDAY", "KIND"]
_VCARD_PARAMS = [
    "",
    ";TYPE=WORK",
    ";CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE",
    ";ENCODING=QUOTED-PRINTABLE",
    ";ENCODING=BASE64",
    ";=",
    ";;;",
    ";CHARSET=a\x00",
    ";CHARSET=\x00",
    ';TYPE="\x00',
    ";CHARSET=rot13",
    ";CHARSET=ISO-8859-2",
    ";\x00=\x00",
]
_QP_PIECES = [b"=C3=A9", b"=E9", b"=0D=0A", b"=", b"=\r\n", b"=\r\n ", b"=\r\n=", b"=Z", b" "]
_8BIT = ["utf-8", "cp1252", "iso8859_2", "mac_roman"]


def _qp(draw: Any) -> bytes:
    """Random quoted-printable: escapes (some broken), soft breaks, blank or '=' continuations."""
    pieces = draw(
        st.lists(
            st.one_of(
                st.sampled_from(_QP_PIECES),
                st.binary(max_size=6),
            ),
            max_size=8,
        )
    )
    return b"".join(pieces)


def _cut_utf8(draw: Any, value: bytes) -> bytes:
    """A fold anywhere in the value's bytes, in the middle of a character or not."""
    if not value:
        return value
    at = draw(st.integers(0, len(value)))
    return value[:at] + b"\r\n " + value[at:]


@st.composite
def vcard_documents(draw: Any) -> bytes:
    """vCard 2.1/3.0/4.0-like bytes: missing END, folds cutting characters, random QP, NUL
    bytes in parameters, 8-bit text in several encodings, whole-file UTF-16."""
    encoding = draw(st.sampled_from([*_8BIT, "utf-16"]))
    cards: list[bytes] = []
    for _ in range(draw(st.integers(0, 4))):
        lines: list[bytes] = []
        if draw(st.integers(0, 9)):
            lines.append(b"BEGIN:VCARD")
        lines.append(b"VERSION:" + draw(st.sampled_from([b"2.1", b"3.0", b"4.0", b"9", b""])))
        for _ in range(draw(st.integers(0, 8))):
            prop = draw(st.sampled_from(_VCARD_PROPS)).encode()
            params = draw(st.sampled_from(_VCARD_PARAMS)).encode("latin-1")
            text = draw(_field)
            value = text.encode(draw(st.sampled_from(_8BIT)) if encoding != "utf-16" else "utf-8", "replace")
            kind = draw(st.integers(0, 3))
            if kind == 1:
                value = value + b"=\r\n " + draw(_field).encode("utf-8", "replace")  # soft break / folding
            elif kind == 2:
                value = _qp(draw)
            elif kind == 3:
                value = _cut_utf8(draw, value)
            lines.append(prop + params + b":" + value)
        if draw(st.integers(0, 9)):
            lines.append(b"END:VCARD")
        cards.append(b"\r\n".join(lines))
    data = b"\r\n".join(cards)
    if encoding == "utf-16":
        return data.decode("utf-8", "replace").encode("utf-16")
    return data


random_bytes = st.binary(max_size=2048)


def check_importer(fn: Callable[[Path], object], data: bytes, suffix: str, timeout: float = 10.0) -> None:
    """Run ``fn`` on ``data`` written to a file; fail on a hang or on an unworded error."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"entree{suffix}"
        path.write_bytes(data)
        outcome: list[BaseException | None] = []

        def run() -> None:
            try:
                fn(path)
                outcome.append(None)
            except BaseException as exc:
                outcome.append(exc)

        worker = threading.Thread(target=run, daemon=True)
        worker.start()
        worker.join(timeout)
        if worker.is_alive():
            raise AssertionError(f"{fn.__qualname__} hangs (> {timeout} s) on {data[:80]!r}")
        error = outcome[0]
        if error is None:
            return
        if not isinstance(error, ReseauError):
            raise AssertionError(
                f"{fn.__qualname__} raised {type(error).__name__}: {error} on {data[:80]!r}"
            ) from error
        message = str(error)
        if not (WHERE.search(message) or path.name in message):
            raise AssertionError(f"{fn.__qualname__}: the error does not say where: {message!r}")
