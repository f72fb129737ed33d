"""PDFs go through core.safe_output: an existing 0644 file ends 0600, a symlink keeps pointing
at its updated target, a terminal (a pty from os.openpty, never /dev/null) gets the bytes."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from reseau.reports.typeset import Running, Story, write_story

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file kinds and modes")


def test_pdf_over_a_symlinked_0644_file(tmp_path: Path) -> None:
    target = tmp_path / "bilan.pdf"
    target.write_bytes(b"old")
    target.chmod(0o644)
    link = tmp_path / "dernier-bilan.pdf"
    link.symlink_to(target)
    write_story(link, Story().paragraph("Bonjour"), "Bilan", Running("Bilan"))
    assert link.is_symlink() and target.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bilan.pdf", "dernier-bilan.pdf"]


def test_pdf_to_a_terminal_is_written_through(tmp_path: Path) -> None:
    main, secondary = os.openpty()
    try:
        os.set_blocking(main, False)
        device = Path(os.ttyname(secondary))
        inode = os.stat(device).st_ino
        link = tmp_path / "tty"
        link.symlink_to(device)
        chunks: list[bytes] = []
        import threading

        done = threading.Event()

        def drain() -> None:  # a pty's buffer is small: read while the PDF is written
            while not done.is_set() or not chunks or chunks[-1]:
                try:
                    chunks.append(os.read(main, 65536))
                except BlockingIOError:
                    if done.is_set():
                        break
                    done.wait(0.01)

        reader = threading.Thread(target=drain)
        reader.start()
        write_story(link, Story().paragraph("Bonjour"), "Bilan", Running("Bilan"))
        done.set()
        reader.join(timeout=10)
        assert b"%PDF" in b"".join(chunks)
        assert stat.S_ISCHR(os.stat(device).st_mode) and os.stat(device).st_ino == inode
    finally:
        os.close(main)
        os.close(secondary)
