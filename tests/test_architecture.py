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


# What the window may take from SQLAlchemy: the type of the session an op's function receives.
_SQLALCHEMY_ALLOWED = {("sqlalchemy.orm", "Session")}


def _is_database(module: str) -> bool:
    return module.split(".")[:2] == ["reseau", "db"]


def _database_imports(tree: ast.AST) -> list[str]:
    """Imports of the database layer (``reseau.db`` and its ORM models) and of SQLAlchemy beyond
    the ``Session`` type, anywhere in the module (functions and TYPE_CHECKING blocks too)."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [
                f"line {node.lineno}: import {a.name}"
                for a in node.names
                if _is_database(a.name) or a.name.split(".")[0] == "sqlalchemy"
            ]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            module, names = node.module, [a.name for a in node.names]
            if _is_database(module) or (module == "reseau" and "db" in names):
                found.append(f"line {node.lineno}: from {module} import {', '.join(names)}")
            elif module.split(".")[0] == "sqlalchemy":
                found += [
                    f"line {node.lineno}: from {module} import {n}"
                    for n in names
                    if (module, n) not in _SQLALCHEMY_ALLOWED
                ]
    return found


def test_the_window_never_imports_the_database_layer() -> None:
    """reseau.ui and reseau.app read and write through the services only: no ``reseau.db`` (the
    ORM models, the engine, undo, backups: their service-level names are in
    ``services.database``), and nothing of SQLAlchemy but the ``Session`` type."""
    src = ROOT / "src" / "reseau"
    found = {
        str(path.relative_to(ROOT)): problems
        for path in [*_python_files(src / "ui"), src / "app.py"]
        if (problems := _database_imports(ast.parse(path.read_text())))
    }
    assert found == {}, f"imports of the database layer in the window (go through services): {found}"


def test_the_database_scan_sees_every_way_of_importing_it() -> None:
    code = (
        "from reseau.db.models import Person\n"
        "import reseau.db.session\n"
        "from reseau import db\n"
        "from sqlalchemy import select\n"
        "from sqlalchemy.orm import Session, selectinload\n"
        "def f():\n    from reseau.db.undo import apply\n"
        "from reseau.services.database.store import Database\n"
        "from reseau.dbx import y\n"
    )
    assert _database_imports(ast.parse(code)) == [
        "line 1: from reseau.db.models import Person",
        "line 2: import reseau.db.session",
        "line 3: from reseau import db",
        "line 4: from sqlalchemy import select",
        "line 5: from sqlalchemy.orm import selectinload",
        "line 7: from reseau.db.undo import apply",
    ]


def _annotation_name(returns: ast.expr | None) -> str:
    if isinstance(returns, ast.Name):
        return returns.id
    if isinstance(returns, ast.Constant) and isinstance(returns.value, str):
        return returns.value
    return ""


def _reads_a_page(node: ast.FunctionDef) -> bool:
    """The body (docstring aside) is ``raise ...`` (the base class) or ``return f(...)``
    annotated with a page type."""
    body = [s for s in node.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
    if len(body) != 1:
        return False
    if isinstance(body[0], ast.Raise):
        return True
    one_call = isinstance(body[0], ast.Return) and isinstance(body[0].value, ast.Call)
    return one_call and _annotation_name(node.returns).endswith("Page")


def _detail_loaders_not_reading_a_page(tree: ast.AST) -> list[str]:
    """``load_detail`` methods (run off the GUI thread with a session) that do more than return
    what one service function gives, or whose annotated result is not a page DTO (``...Page``)."""
    return [
        f"line {node.lineno}: load_detail -> {_annotation_name(node.returns) or '?'}"
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef) and node.name == "load_detail" and not _reads_a_page(node)
    ]


def test_detail_panes_render_pages_without_a_session() -> None:
    """Each detail pane reads a page DTO through one service function (services.<area>.page) and
    renders it on the GUI thread (``render_detail``): no HTML is built with a session in hand."""
    ui = ROOT / "src" / "reseau" / "ui"
    found = {
        str(path.relative_to(ROOT)): problems
        for path in _python_files(ui)
        if (problems := _detail_loaders_not_reading_a_page(ast.parse(path.read_text())))
    }
    assert found == {}


def test_the_detail_scan_sees_html_built_with_a_session() -> None:
    code = (
        "class A:\n"
        "    def load_detail(self, session, row) -> str:\n"
        "        d = get(session, row.id)\n        return html(d)\n"
        "class B:\n"
        "    def load_detail(self, session, row) -> BPage:\n        return b_page(session, row.id)\n"
        "class C:\n"
        "    def load_detail(self, session, row) -> str:\n        return render(get(session, row.id))\n"
        "class D:\n"
        "    def load_detail(self, session, row):\n        raise NotImplementedError\n"
    )
    assert _detail_loaders_not_reading_a_page(ast.parse(code)) == [
        "line 2: load_detail -> str",
        "line 9: load_detail -> str",
    ]
