"""Translations: extract the strings (lupdate), check the English catalog, compile (lrelease).

French is the source language of the code (``self.tr("Enregistrer")``). The catalogs live in
resources/translations/ and are committed; the compiled ``.qm`` files go to
src/reseau/resources/translations/ (git-ignored), where the wheel and the app find them.

    python packaging/build_translations.py            # compile the .qm (the hatch hook does this)
    python packaging/build_translations.py --update   # re-extract strings into the .ts (after a merge)
    python packaging/build_translations.py --check    # list English entries still to translate; exit 1 if any
    python packaging/build_translations.py --fill en.json  # fill unfinished entries from a JSON map

After ``--update``, new strings are ``unfinished`` in reseau_en.ts: translate them with
``pyside6-linguist resources/translations/reseau_en.ts`` (or by editing the XML), then ``--check``.
reseau_fr.ts is filled with the source text automatically (Québec French is the source).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGS = ROOT / "resources" / "translations"
TARGET = ROOT / "src" / "reseau" / "resources" / "translations"
LANGUAGES = {"fr": "fr_CA", "en": "en"}


def catalog(language: str) -> Path:
    return CATALOGS / f"reseau_{language}.ts"


def _tool(name: str) -> list[str]:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(
        f"pyside6-{name}"
    )
    if found:
        return [found]
    return [sys.executable, "-c", f"from PySide6.scripts.pyside_tool import {name}; {name}()"]


def sources() -> list[Path]:
    """Python modules (the compiled forms excluded: lupdate reads the .ui files themselves)."""
    code = [
        p for p in sorted((ROOT / "src" / "reseau").rglob("*.py")) if "forms" not in p.relative_to(ROOT).parts
    ]
    return code + sorted((ROOT / "ui").glob("*.ui"))


def lupdate(ts: Path, locale: str) -> None:
    """Extract every string of the sources into ``ts`` (created or merged, translations kept)."""
    files = [str(p.relative_to(ROOT)) for p in sources()]
    subprocess.run(
        [
            *_tool("lupdate"),
            "-source-language",
            "fr_CA",
            "-target-language",
            locale,
            "-no-obsolete",
            "-locations",
            "none",
            *files,
            "-ts",
            str(ts),
        ],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    _mirror_variable_contexts(ts)


def _mirror_variable_contexts(ts: Path) -> None:
    """Copy the strings of ``view.tr("…")`` / ``window.tr("…")`` calls into the empty context.

    lupdate names their context after the variable ("view"), while at run time Qt asks for the
    object's class ("PersonsView"); the app's translator looks in the empty context second
    (reseau.ui.i18n.FallbackTranslator), so a copy there makes them work. The copies are made
    again after every lupdate, from the variable contexts, which keep the translations.
    """
    tree = ET.parse(ts)
    root = tree.getroot()
    contexts = {c.findtext("name") or "": c for c in root.iter("context")}
    variable = [c for name, c in contexts.items() if name[:1].islower()]
    if not variable:
        return
    empty = contexts.get("")
    if empty is None:
        empty = ET.SubElement(root, "context")
        ET.SubElement(empty, "name").text = ""
    present = {m.findtext("source"): m for m in empty.iter("message")}
    for context in variable:
        for message in context.iter("message"):
            source = message.findtext("source")
            if source in present:
                continue
            copy = ET.fromstring(ET.tostring(message))
            empty.append(copy)
            present[source] = copy
    _write(tree, ts)


def update() -> None:
    """Re-extract every string into both catalogs, keeping the translations already made."""
    CATALOGS.mkdir(parents=True, exist_ok=True)
    for language, locale in LANGUAGES.items():
        lupdate(catalog(language), locale)
    _fill_source_language(catalog("fr"))
    lupdate(catalog("fr"), LANGUAGES["fr"])  # back to lupdate's own layout: small diffs


def messages(ts: Path) -> set[tuple[str, str]]:
    """(context, source) of the live entries of a catalog."""
    out = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") not in {"vanished", "obsolete"}:
                out.add((name, message.findtext("source") or ""))
    return out


def _fill_source_language(path: Path) -> None:
    tree = ET.parse(path)
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or message.get("numerus") == "yes":
            continue
        translation.text = source
        translation.attrib.pop("type", None)
    _write(tree, path)


def _write(tree: ET.ElementTree, path: Path) -> None:
    text = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8")


def unfinished(language: str = "en") -> list[tuple[str, str]]:
    """(context, source) of every live entry without a finished translation."""
    path = catalog(language)
    if not path.exists():
        return [("", f"{path} is missing")]
    missing = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in {"vanished", "obsolete"}:
                continue
            if kind == "unfinished" or translation is None or not (translation.text or list(translation)):
                missing.append((name, message.findtext("source") or ""))
    return missing


def translations(language: str = "en") -> dict[tuple[str, str], str]:
    """(context, source) -> translation, for the finished entries (used by the tests)."""
    out = {}
    for context in ET.parse(catalog(language)).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None and translation.text:
                out[(name, message.findtext("source") or "")] = translation.text
    return out


def fill(mapping: dict[str, str], language: str = "en") -> int:
    """Translate the unfinished entries found in ``mapping``; return how many were filled.

    Keys are a source text, or "Context|source" for a translation that depends on the context
    (French "&Annuler" is "&Cancel" on a dialog button and "&Undo" in the Édition menu).
    """
    path = catalog(language)
    tree = ET.parse(path)
    count = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if translation is None or translation.get("type") != "unfinished":
                continue
            text = mapping.get(f"{name}|{source}", mapping.get(source))
            if not text:
                continue
            if message.get("numerus") == "yes":
                # "one|many": English has two plural forms.
                for form in list(translation):
                    translation.remove(form)
                translation.text = None
                for part in text.split("|"):
                    ET.SubElement(translation, "numerusform").text = part
            else:
                translation.text = text
            translation.attrib.pop("type", None)
            count += 1
    _write(tree, path)
    lupdate(path, LANGUAGES[language])  # back to lupdate's own layout: small diffs
    return count


def build() -> list[Path]:
    """Compile every catalog to .qm next to the package (the wheel ships them from there)."""
    TARGET.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sorted(CATALOGS.glob("reseau_*.ts")):
        output = TARGET / f"{ts.stem}.qm"
        subprocess.run(
            [*_tool("lrelease"), "-silent", str(ts), "-qm", str(output)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        built.append(output)
    return built


def main(argv: list[str]) -> int:
    if "--update" in argv:
        update()
    if "--fill" in argv:
        # --fill FILE.json: {"source": "translation", "Context|source": "translation"}
        import json

        mapping = json.loads(Path(argv[argv.index("--fill") + 1]).read_text(encoding="utf-8"))
        print(f"{fill(mapping)} English entries filled")
    if "--check" in argv:
        missing = unfinished("en")
        for context, source in missing:
            print(f"{context}: {source!r}")
        print(f"{len(missing)} English entr{'y' if len(missing) == 1 else 'ies'} to translate")
        return 1 if missing else 0
    outputs = build()
    print(f"{len(outputs)} translation(s) compiled")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
