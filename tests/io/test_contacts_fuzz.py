"""Random bytes and broken CSV/vCard text: the reader returns, or says which file and why.

(Issue 7's harness, tests/io/test_fuzz_importers.py on main, should also list
``("reseau.io.contacts_file", "load_contacts", "csv" | "vcard", suffix)``.)
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reseau.core.errors import ReseauError
from reseau.io.contacts_file import load_contacts

_cell = st.one_of(st.text(max_size=12), st.sampled_from(['"', '""', "Massé", "=1+1", "\x00", "\r", "a@b.c"]))
_csv = st.builds(
    lambda sep, header, rows, enc: (sep.join(header) + "\n" + "\n".join(sep.join(r) for r in rows)).encode(
        enc, errors="replace"
    ),
    st.sampled_from([",", ";", "\t"]),
    st.lists(st.sampled_from(["Nom", "Prénom", "Courriel", "First Name", "E-mail Address", ""]), max_size=6),
    st.lists(st.lists(_cell, max_size=8), max_size=8),
    st.sampled_from(["utf-8", "cp1252", "utf-16"]),
)
_prop = st.builds(
    lambda name, params, value, fold: f"{name}{params}:{value}" + ("=\r\n " if fold else ""),
    st.sampled_from(["N", "FN", "EMAIL", "TEL", "ADR", "ORG", "NOTE", "CATEGORIES", "PHOTO"]),
    st.sampled_from(["", ";CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE", ";TYPE=WORK", ";=", ";CHARSET=x-bogus"]),
    _cell,
    st.booleans(),
)
_vcard = st.builds(
    lambda props, begin, end: "\r\n".join(
        (["BEGIN:VCARD"] if begin else []) + props + (["END:VCARD"] if end else [])
    ).encode("utf-8", errors="replace"),
    st.lists(_prop, max_size=8),
    st.booleans(),
    st.booleans(),
)


@settings(max_examples=300, deadline=None)
@given(data=st.one_of(st.binary(max_size=1024), _csv, _vcard), suffix=st.sampled_from([".csv", ".vcf"]))
def test_reader_returns_or_says_where(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"entree{suffix}"
        path.write_bytes(data)
        try:
            load_contacts(path)
        except ReseauError as exc:
            assert path.name in str(exc) or "ligne" in str(exc), str(exc)
