"""Safe outputs: a symlink's target is written, a FIFO or a terminal is written through and never
replaced, every regular file ends 0600, a failed write leaves the old file.

Everything lives in tmp_path; the device case uses a pty from os.openpty(), never /dev/null
(as root, a bug would replace the system's /dev/null)."""

from __future__ import annotations

import io
import os
import stat
import threading
from pathlib import Path

import pytest

from reseau.core.safe_output import (
    is_stream,
    open_output,
    open_text_output,
    real_target,
    write_output,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file kinds and modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_new_file_is_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "contacts.csv"
    with pytest.raises(FileNotFoundError):  # a missing folder is said, not made
        write_output(target, b"a;b\n")
    target.parent.mkdir()
    write_output(target, b"a;b\n")
    assert target.read_bytes() == b"a;b\n"
    if os.name == "posix":
        assert _mode(target) == 0o600
    assert [p.name for p in target.parent.iterdir()] == ["contacts.csv"]  # no temporary left


@posix_only
def test_existing_0644_file_becomes_0600(tmp_path: Path) -> None:
    target = tmp_path / "agenda.ics"
    target.write_bytes(b"old")
    target.chmod(0o644)
    write_output(target, b"new")
    assert target.read_bytes() == b"new"
    assert _mode(target) == 0o600


@posix_only
def test_symlink_keeps_pointing_at_its_updated_target(tmp_path: Path) -> None:
    real_dir = tmp_path / "real"
    real_dir.mkdir()
    target = real_dir / "export.xlsx"
    target.write_bytes(b"old")
    target.chmod(0o644)
    link = tmp_path / "link.xlsx"
    link.symlink_to(target)
    write_output(link, b"new")
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_bytes() == b"new" and _mode(target) == 0o600
    assert real_target(link) == target.resolve()
    # The temporary file was beside the target, and is gone.
    assert sorted(p.name for p in real_dir.iterdir()) == ["export.xlsx"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.xlsx", "real"]


@posix_only
def test_dangling_symlink_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "link.pdf"
    link.symlink_to(tmp_path / "made.pdf")
    write_output(link, b"%PDF")
    assert link.is_symlink() and (tmp_path / "made.pdf").read_bytes() == b"%PDF"


@posix_only
def test_fifo_is_written_through_and_stays_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo, 0o644)
    received: list[bytes] = []

    def read() -> None:
        with fifo.open("rb") as reader:
            received.append(reader.read())

    reader = threading.Thread(target=read)
    reader.start()
    assert is_stream(fifo)
    with open_text_output(fifo) as out:
        out.write("Hélène;Massé\n")
    reader.join(timeout=10)
    assert received == ["Hélène;Massé\n".encode()]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert _mode(fifo) == 0o644  # a pipe is not ours to chmod
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]


@posix_only
def test_symlink_to_a_fifo_is_written_through(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "out.ics"
    link.symlink_to(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    write_output(link, b"BEGIN:VCALENDAR")
    reader.join(timeout=10)
    assert received == [b"BEGIN:VCALENDAR"]
    assert link.is_symlink() and stat.S_ISFIFO(os.stat(link).st_mode)


@posix_only
def test_character_device_is_written_through_never_replaced(tmp_path: Path) -> None:
    main, secondary = os.openpty()
    try:
        device = Path(os.ttyname(secondary))
        before = os.stat(device)
        link = tmp_path / "terminal"
        link.symlink_to(device)
        assert is_stream(link)
        write_output(link, b"ok")
        assert os.read(main, 100).replace(b"\r", b"") == b"ok"
        after = os.stat(device)
        assert stat.S_ISCHR(after.st_mode)
        assert (after.st_ino, stat.S_IMODE(after.st_mode)) == (before.st_ino, stat.S_IMODE(before.st_mode))
        assert link.is_symlink()
    finally:
        os.close(main)
        os.close(secondary)


def test_dash_is_standard_output(tmp_path: Path) -> None:
    out = io.BytesIO()
    write_output("-", b"data", stdout=out)
    assert out.getvalue() == b"data"
    assert not (tmp_path / "-").exists() and not Path("-").exists()


def test_failed_write_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "contacts.csv"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), open_output(target) as out:
        out.write(b"half")
        raise RuntimeError("cancelled")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["contacts.csv"]
