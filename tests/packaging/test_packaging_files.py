"""Packaging files: valid metainfo and .desktop, icons rendered by Qt, and (slow) the bundle."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"


def test_metainfo_is_well_formed_and_names_the_desktop_file() -> None:
    root = ET.parse(LINUX / "ca.reseau.Reseau.metainfo.xml").getroot()
    assert root.tag == "component" and root.findtext("id") == "ca.reseau.Reseau"
    launchable = root.find("launchable")
    assert launchable is not None and (LINUX / (launchable.text or "")).is_file()


def test_metainfo_has_the_required_tags_screenshots_and_current_release_notes() -> None:
    text = (LINUX / "ca.reseau.Reseau.metainfo.xml").read_text(encoding="utf-8")
    assert "example.org" not in text  # no placeholder address: omitted until the project has one
    root = ET.fromstring(text)
    for tag in ("id", "name", "summary", "description", "metadata_license", "project_license", "launchable"):
        assert root.find(tag) is not None, tag
    images = [node.text or "" for node in root.iter("image")]
    assert len(images) >= 3 and all(image.startswith("docs/screenshots/") for image in images)
    assert all((ROOT / image).is_file() for image in images), images
    release = root.find("releases/release")
    assert release is not None
    version = re.search(r'__version__ = "([^"]+)"', (ROOT / "src" / "reseau" / "__init__.py").read_text())
    assert version is not None and release.get("version") == version.group(1)
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    headings = re.findall(r"^### (.+)$", changelog.split("\n## [", 2)[1], re.MULTILINE)
    notes = [item.text or "" for item in release.iter("li")]
    assert sum(1 for note in notes if note in headings) >= 3, (notes, headings)


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli not installed")
def test_metainfo_passes_appstreamcli() -> None:
    """Every issue but one: AppStream wants web addresses for screenshots, and the project has
    none yet (packaging/build_bundle.sh makes the same exception)."""
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(LINUX / "ca.reseau.Reseau.metainfo.xml")],
        capture_output=True,
        text=True,
    )
    issues = [line for line in done.stdout.splitlines() if line[:2] in ("E:", "W:")]
    unexpected = [line for line in issues if "web-url-expected docs/screenshots/" not in line]
    assert unexpected == [], done.stdout + done.stderr
    assert done.returncode == 0 or issues, done.stdout + done.stderr


def test_desktop_file_opens_the_files_reseau_reads() -> None:
    entry = (LINUX / "ca.reseau.Reseau.desktop").read_text(encoding="utf-8")
    assert "\nExec=reseau %f\n" in entry
    mime = re.search(r"^MimeType=(.+)$", entry, re.MULTILINE)
    assert mime is not None
    assert {"text/vcard", "text/csv", "application/vnd.sqlite3"} <= set(mime.group(1).strip(";").split(";"))


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_file_passes_desktop_file_validate() -> None:
    done = subprocess.run(
        ["desktop-file-validate", str(LINUX / "ca.reseau.Reseau.desktop")], capture_output=True, text=True
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_icons_are_rendered_at_every_size(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """``qapp`` first: make_icons would otherwise create a QGuiApplication, fatal to later widgets."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "packaging" / "make_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "OUT", tmp_path)
    written = module.build()
    from PySide6.QtGui import QImage

    for size in module.SIZES:
        image = QImage(str(tmp_path / "hicolor" / f"{size}x{size}" / "apps" / "ca.reseau.Reseau.png"))
        assert (image.width(), image.height()) == (size, size)
    assert tmp_path / "reseau.ico" in written


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("pyinstaller", path=str(Path(sys.executable).parent)) is None, reason="pip install .[bundle]"
)
def test_linux_bundle_builds_and_starts_offscreen() -> None:
    done = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build_bundle.sh")],
        env={**os.environ, "PYTHON": sys.executable},
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "[bundle] Réseau " in done.stdout
