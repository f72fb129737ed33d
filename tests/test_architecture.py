"""The layering rules of ARCHITECTURE.md, checked so that they cannot rot."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import reseau

ROOT = Path(__file__).resolve().parent.parent
QT_FREE = ("reseau.core", "reseau.db", "reseau.services", "reseau.io")


def _modules(prefix: str) -> list[str]:
    package = __import__(prefix, fromlist=["_"])
    names = [prefix]
    for info in pkgutil.walk_packages(package.__path__, prefix + "."):
        if ".migrations.versions." in info.name or info.name.endswith("migrations.env"):
            continue
        names.append(info.name)
    return names


def test_core_db_services_io_never_load_qt() -> None:
    """Import every module of the Qt-free layers in a fresh interpreter; Qt must not load."""
    modules = [m for prefix in QT_FREE for m in _modules(prefix)]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(Path(reseau.__file__).parent.parent), "PATH": "/usr/bin:/bin"},
    )
    assert result.stdout.strip() == "", f"Qt loaded by the core layers: {result.stdout}"


def test_generated_forms_are_not_older_than_their_ui_source() -> None:
    sources = sorted((ROOT / "ui").glob("*.ui"))
    assert sources, "no Designer forms found"
    forms = ROOT / "src" / "reseau" / "ui" / "forms"
    stale = []
    for source in sources:
        built = forms / f"ui_{source.stem}.py"
        if not built.exists() or built.stat().st_mtime < source.stat().st_mtime:
            stale.append(source.name)
    assert stale == [], f"forms older than their .ui source: {stale}; run `python packaging/build_forms.py`"


def test_generated_forms_are_ignored_by_git() -> None:
    result = subprocess.run(
        ["git", "check-ignore", "src/reseau/ui/forms/ui_person_dialog.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if result.returncode == 128:  # not a git checkout (an sdist)
        return
    assert result.returncode == 0


def _python_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.py") if "forms" not in p.relative_to(folder).parts)


def _op_constructions(tree: ast.AST) -> list[int]:
    """Lines where ``CommandOp(...)``, ``QueryOp(...)`` or ``FileOp(...)`` is called."""
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = (
                func.id
                if isinstance(func, ast.Name)
                else func.attr
                if isinstance(func, ast.Attribute)
                else ""
            )
            if name in ("CommandOp", "QueryOp", "FileOp"):
                lines.append(node.lineno)
    return sorted(lines)


def test_views_use_named_operations_only() -> None:
    """No view builds a CommandOp or QueryOp: each area's operations live in reseau.ui.ops.<area>
    (with their undo description), so that every write and read goes through one place."""
    ui = ROOT / "src" / "reseau" / "ui"
    found = []
    for path in _python_files(ui):
        if path.relative_to(ui).parts[0] == "ops":
            continue
        found += [
            f"{path.relative_to(ROOT)}:{line}" for line in _op_constructions(ast.parse(path.read_text()))
        ]
    assert found == [], f"ops built outside reseau.ui.ops (add a named operation there): {found}"


def test_the_architecture_scan_sees_an_op_built_in_a_view() -> None:
    code = (
        "def f(self):\n    ops.QueryOp(self.runner, load).run()\n    CommandOp(runner, fn, description='x')\n"
    )
    assert _op_constructions(ast.parse(code)) == [2, 3]


_MUTATORS = {"append", "extend", "insert", "pop", "popitem", "remove", "clear", "update", "add", "discard",
             "setdefault", "sort", "reverse"}  # fmt: skip
_MUTABLE_CALLS = {"list", "dict", "set", "defaultdict", "OrderedDict", "Counter", "deque", "bytearray"}


def _module_state_problems(tree: ast.Module) -> list[str]:
    """``global`` statements, and module-level lists, dicts and sets that the module mutates."""
    problems = [
        f"line {n.lineno}: global {', '.join(n.names)}" for n in ast.walk(tree) if isinstance(n, ast.Global)
    ]
    mutable: set[str] = set()
    for node in tree.body:
        targets = (
            node.targets
            if isinstance(node, ast.Assign)
            else [node.target]
            if isinstance(node, ast.AnnAssign)
            else []
        )
        value = getattr(node, "value", None)
        is_mutable = isinstance(
            value, ast.List | ast.Dict | ast.Set | ast.ListComp | ast.DictComp | ast.SetComp
        ) or (
            isinstance(value, ast.Call)
            and isinstance(value.func, ast.Name | ast.Attribute)
            and (value.func.id if isinstance(value.func, ast.Name) else value.func.attr) in _MUTABLE_CALLS
        )
        if is_mutable:
            mutable.update(t.id for t in targets if isinstance(t, ast.Name))
    for node in ast.walk(tree):
        target = None
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in _MUTATORS
        ):
            target = node.func.value
        elif isinstance(node, ast.Assign | ast.AugAssign | ast.Delete):
            for t in node.targets if isinstance(node, ast.Assign | ast.Delete) else [node.target]:
                if isinstance(t, ast.Subscript):
                    target = t.value
        if isinstance(target, ast.Name) and target.id in mutable:
            problems.append(f"line {node.lineno}: {target.id} mutated")
    return problems


def test_core_keeps_no_module_level_state() -> None:
    """Settings and the language are passed as arguments: no module of reseau.core holds state
    that someone sets (the agenda thresholds and the labels' language used to)."""
    core = ROOT / "src" / "reseau" / "core"
    found = {
        str(path.relative_to(ROOT)): problems
        for path in _python_files(core)
        if (problems := _module_state_problems(ast.parse(path.read_text())))
    }
    assert found == {}


def test_the_state_scan_sees_globals_and_mutated_module_dicts() -> None:
    code = (
        "_cache = {}\nFIXED = {'a': 1}\n_language = 'fr'\n"
        "def set_language(lang):\n    global _language\n    _language = lang\n"
        "def remember(k, v):\n    _cache[k] = v\n"
    )
    assert _module_state_problems(ast.parse(code)) == ["line 5: global _language", "line 8: _cache mutated"]
