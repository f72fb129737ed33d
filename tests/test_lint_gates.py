"""The lint gates can fail: the complexity gate names a too complex function (and has no
allow-list left to hide one), and every name in vulture's whitelist still hides something
vulture reports (a stale entry would hide a dead function of the same name)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _needs(tool: str) -> Path:
    path = BIN / tool
    if not path.exists():
        pytest.skip(f"{tool} is not installed (scripts/venv test lint)")
    return path


def _tangled(branches: int) -> str:
    tests = "".join(f"    if x == {i}:\n        return {i}\n" for i in range(branches))
    return f"def tangled(x: int) -> int:\n{tests}    return -1\n"


def _gate(folder: Path) -> subprocess.CompletedProcess[str]:
    _needs("radon")
    return subprocess.run(
        [str(ROOT / "scripts" / "complexity"), str(folder)], capture_output=True, text=True, check=False
    )


def test_the_complexity_gate_names_a_function_above_grade_c(tmp_path: Path) -> None:
    (tmp_path / "module.py").write_text(_tangled(20), encoding="utf-8")  # complexity 21: grade D
    result = _gate(tmp_path)
    assert result.returncode == 1
    assert re.search(r"module\.py F 1:0 tangled - D \(21\)", result.stdout), result.stdout


def test_the_complexity_gate_passes_grade_c_and_skips_generated_forms(tmp_path: Path) -> None:
    (tmp_path / "module.py").write_text(_tangled(19), encoding="utf-8")  # complexity 20: grade C
    forms = tmp_path / "ui" / "forms"
    forms.mkdir(parents=True)
    (forms / "ui_generated.py").write_text(_tangled(40), encoding="utf-8")
    result = _gate(tmp_path)
    assert result.returncode == 0, result.stdout
    assert "no function above grade C" in result.stdout


def test_the_complexity_gate_has_no_allow_list() -> None:
    script = (ROOT / "scripts" / "complexity").read_text(encoding="utf-8")
    assert "ALLOWED" not in script and "grep -Ev" not in script


def _whitelisted() -> list[str]:
    names = []
    for line in (ROOT / "vulture_whitelist.py").read_text(encoding="utf-8").splitlines():
        code = line.split("#", 1)[0].strip()
        if re.fullmatch(r"(_\.)?\w+", code):
            names.append(code.removeprefix("_."))
    return names


def test_every_vulture_whitelist_entry_is_still_needed() -> None:
    vulture = _needs("vulture")
    result = subprocess.run(
        [str(vulture), "src/reseau", "packaging", "scripts", "--exclude", "src/reseau/ui/forms/"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    reported = set(re.findall(r"unused [\w ]+? '(\w+)'", result.stdout))
    assert reported, result.stdout + result.stderr
    stale = [name for name in _whitelisted() if name not in reported]
    assert not stale, f"vulture_whitelist.py: nothing is reported under these names any more: {stale}"


def test_ci_and_pre_commit_run_both_gates() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    hooks = (ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    for command in ("scripts/complexity", ".venv/bin/vulture"):
        assert command in ci, f".ci/run does not run {command}"
        assert f"entry: {command}\n" in hooks, f"pre-commit does not run {command}"
