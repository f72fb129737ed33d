"""The installed wheel works without the source tree: forms compiled in, data files shipped."""

from __future__ import annotations

import os
import site
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_installs_and_starts_offscreen(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=600,
    )
    (wheel,) = dist.glob("reseau-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "reseau/ui/forms/ui_person_dialog.py" in names
    assert "reseau/data/demo_2005.json" in names
    assert "reseau/data/cities_fr_qc.csv" in names  # the travel times need it offline
    assert "reseau/resources/icons/reseau.svg" in names
    assert any(n.startswith("reseau/db/migrations/versions/0001") for n in names)

    # A fresh environment that sees this environment's dependencies but not the source tree.
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    site_packages = next((env_dir / "lib").glob("python3*/site-packages"))
    (site_packages / "deps.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    subprocess.run(
        [str(python), "-m", "pip", "install", "--no-deps", "--no-index", "-q", str(wheel)],
        check=True,
        timeout=300,
    )
    workdir = tmp_path / "elsewhere"
    workdir.mkdir()
    env = {
        "PATH": f"{env_dir / 'bin'}:/usr/bin:/bin",
        "HOME": str(tmp_path),
        "QT_QPA_PLATFORM": "offscreen",
        "RESEAU_QUIT_AFTER_MS": "800",
        "RESEAU_DB": str(tmp_path / "data" / "reseau.sqlite3"),
    }
    version = subprocess.run(
        [str(env_dir / "bin" / "reseau"), "--version"],
        env=env,
        cwd=workdir,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert version.returncode == 0 and version.stdout.startswith("Réseau ")
    demo = subprocess.run(
        [str(env_dir / "bin" / "reseau"), "demo"],
        env=env,
        cwd=workdir,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert demo.returncode == 0, demo.stderr
    gui = subprocess.run(
        [str(env_dir / "bin" / "reseau")],
        env=env,
        cwd=workdir,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert gui.returncode == 0, gui.stderr
    # The package imported is the installed one, not the source tree.
    where = subprocess.run(
        [str(python), "-c", "import reseau; print(reseau.__file__)"],
        env=env,
        cwd=workdir,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert str(ROOT) not in where
    assert os.fspath(env_dir) in where
