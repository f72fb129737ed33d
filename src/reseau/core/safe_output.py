"""Where every export, report and copy Réseau writes goes: one place that never clobbers.

* ``-`` is standard output: the bytes go there, nothing is created.
* A character device (a terminal, ``/dev/null``) or a FIFO is written straight through: never
  replaced, never chmod-ed (as root, replacing ``/dev/null`` with a file breaks the system).
* Anything else is a regular file. A symlink is followed to its real target, which is written
  atomically: a temporary file beside the *target* (same folder, so the rename stays on one
  file system), created 0600, synced, renamed over it. The link keeps pointing at its updated
  target. A file that existed is replaced by an owner-only one: personal data is 0600 whatever
  the old file's mode was. A failed or cancelled write leaves the old file untouched.
"""

from __future__ import annotations

import contextlib
import io
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, TextIO

from reseau.core.files import OWNER_ONLY

STDOUT = "-"
PARTIAL_SUFFIX = ".partiel"


def is_stdout(path: str | os.PathLike[str]) -> bool:
    return os.fspath(path) == STDOUT


def is_stream(path: str | os.PathLike[str]) -> bool:
    """True for ``-``, a character device or a FIFO: written through, never replaced."""
    if is_stdout(path):
        return True
    try:
        mode = os.stat(path).st_mode  # follows symlinks: a link to a FIFO is a FIFO
    except OSError:
        return False
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)


def real_target(path: str | os.PathLike[str]) -> Path:
    """The file that writing ``path`` must change: symlinks resolved, even a dangling one."""
    return Path(os.path.realpath(os.fspath(path)))


@contextlib.contextmanager
def open_output(
    path: str | os.PathLike[str], stdout: BinaryIO | None = None, seekable: bool = False
) -> Iterator[BinaryIO]:
    """A binary file to write ``path``'s new content into (see the module docstring).

    The content becomes visible only when the ``with`` block ends without an exception.
    ``stdout`` replaces ``sys.stdout.buffer`` for ``-`` (tests, a GUI that has none).
    ``seekable``: the writer seeks (a ZIP such as XLSX); a pipe or a terminal then gets the
    bytes at the end, from memory.
    """
    if seekable and is_stream(path):
        buffer = io.BytesIO()
        yield buffer
        with open_output(path, stdout) as out:
            out.write(buffer.getvalue())
        return
    if is_stdout(path):
        out = stdout if stdout is not None else sys.stdout.buffer
        yield out
        out.flush()
        return
    if is_stream(path):
        # No O_CREAT: should the FIFO vanish meanwhile, nothing is created in its place; no
        # O_TRUNC either, and O_NOCTTY so that a terminal does not become ours.
        flags = os.O_WRONLY | getattr(os, "O_NOCTTY", 0)
        with os.fdopen(os.open(os.fspath(path), flags), "wb") as stream:
            yield stream
        return
    target = real_target(path)  # its folder must exist: a typo is not a folder to create
    # mkstemp creates the file 0600 from its first byte, in the target's folder.
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=PARTIAL_SUFFIX, dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        if os.name == "posix":
            os.chmod(temporary, OWNER_ONLY)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


@contextlib.contextmanager
def open_text_output(
    path: str | os.PathLike[str],
    encoding: str = "utf-8",
    newline: str | None = "",
    stdout: BinaryIO | None = None,
) -> Iterator[TextIO]:
    """``open_output`` as text (``newline=""`` as the csv module wants)."""
    with open_output(path, stdout) as binary:
        text = io.TextIOWrapper(binary, encoding=encoding, newline=newline, write_through=True)
        try:
            yield text
            text.flush()
        finally:
            text.detach()  # closing the wrapper would close stdout or the device


def write_output(path: str | os.PathLike[str], data: bytes, stdout: BinaryIO | None = None) -> None:
    """Write ``data`` to ``path`` the safe way (see ``open_output``)."""
    with open_output(path, stdout) as out:
        out.write(data)
